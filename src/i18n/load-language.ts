// The page's way to get a UI language's strings (issue #14, initial JS): English is always here;
// Korean is a chunk of its own, fetched before the first picture when the UI starts in Korean
// (App.tsx) and when the user switches to it (use-language.ts). The CLI and the workers have both
// at once (both-languages.ts).

import { languageLoaded, provideKorean } from "./strings.ts";
import type { Lang } from "./text.ts";

let koreanLoading: Promise<void> | undefined;

/** Settles once t(lang, …) works; a failed fetch (offline) rejects, and the next call tries again. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (languageLoaded(lang)) return Promise.resolve();
  koreanLoading ??= import("./strings-ko.ts").then(
    (m) => provideKorean(m.ko),
    (error: unknown) => {
      koreanLoading = undefined;
      throw error;
    },
  );
  return koreanLoading;
}
