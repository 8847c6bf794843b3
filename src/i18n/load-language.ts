// The page's way to get a UI language's strings (issue #14, initial JS): each language but the
// words of English accessible names (strings.ts EN_NAMES) is a chunk of its own, fetched before the
// first picture for the UI's start language (App.tsx), when the user switches (use-language.ts),
// and, for English on a Korean page, once the first picture is painted. The CLI and the workers
// have both at once (both-languages.ts).

import { languageLoaded, provideStrings } from "./strings.ts";
import type { Lang } from "./text.ts";

const loading: Partial<Record<Lang, Promise<void>>> = {};

const fetchers: Record<Lang, () => Promise<void>> = {
  en: () => import("./strings-en.ts").then((m) => provideStrings("en", m.EN_REST)),
  ko: () => import("./strings-ko.ts").then((m) => provideStrings("ko", m.ko)),
};

/** Settles once t(lang, …) works; a failed fetch (offline) rejects, and the next call tries again. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (languageLoaded(lang)) return Promise.resolve();
  loading[lang] ??= fetchers[lang]().catch((error: unknown) => {
    loading[lang] = undefined;
    throw error;
  });
  return loading[lang];
}
