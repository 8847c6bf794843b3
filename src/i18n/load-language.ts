// The page's way to get a UI language's strings (issue #14, initial JS). Each language but the words
// of English accessible names (strings.ts EN_NAMES) comes in two chunks: the first picture's words,
// fetched before the first picture for the UI's start language (App.tsx), and the later words
// (panels, forms, dialogs, import and export), fetched with the code that shows them once the picture
// is painted (withLaterWords). A switch to another language fetches both parts before it switches
// (use-language.ts), and a Korean page fetches English once its first picture is painted. The CLI and
// the workers have every part at once (both-languages.ts).

import { languageLoaded, type Part, provideStrings } from "./strings.ts";
import type { Lang } from "./text.ts";

type PagePart = Exclude<Part, "cli">;

const fetchers: Record<Lang, Record<PagePart, () => Promise<void>>> = {
  en: {
    first: () => import("./strings-en.ts").then((m) => provideStrings("en", "first", m.EN_FIRST)),
    later: () => import("./strings-en-later.ts").then((m) => provideStrings("en", "later", m.EN_LATER)),
  },
  ko: {
    first: () => import("./strings-ko.ts").then((m) => provideStrings("ko", "first", m.KO_FIRST)),
    later: () => import("./strings-ko-later.ts").then((m) => provideStrings("ko", "later", m.KO_LATER)),
  },
};

const loading: Record<Lang, Partial<Record<PagePart, Promise<void>>>> = { en: {}, ko: {} };

/** Settles once `part` of `lang` is here; a failed fetch (offline) rejects, and the next call tries again. */
function loadPart(lang: Lang, part: PagePart): Promise<void> {
  if (languageLoaded(lang, part)) return Promise.resolve();
  loading[lang][part] ??= fetchers[lang][part]().catch((error: unknown) => {
    loading[lang][part] = undefined;
    throw error;
  });
  return loading[lang][part];
}

/** The words the first picture shows, in `lang` (before the first render). */
export function loadFirstWords(lang: Lang): Promise<void> {
  return loadPart(lang, "first");
}

/** Whether the page can show anything in `lang`: both its parts are here. */
export function languageComplete(lang: Lang): boolean {
  return languageLoaded(lang, "first") && languageLoaded(lang, "later");
}

/** Settles once every word the page shows in `lang` is here (a language switch waits for it). */
export function loadLanguage(lang: Lang): Promise<void> {
  return Promise.all([loadPart(lang, "first"), loadPart(lang, "later")]).then(() => {});
}

/**
 * The later words of every language whose first words are here or on their way (the UI's language
 * among them: a page starts in a language once its first words are here).
 */
export function loadLaterWords(): Promise<void> {
  const langs = (["en", "ko"] as const).filter(
    (lang) => languageLoaded(lang, "first") || loading[lang].first !== undefined,
  );
  return Promise.all(langs.map((lang) => loadPart(lang, "first").then(() => loadPart(lang, "later")))).then(
    () => {},
  );
}

/**
 * `load` (a lazy module's import) that settles once the later words are here too: code that shows
 * them never runs before them. Fetched side by side, so a first click waits for neither twice.
 */
export function withLaterWords<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadLaterWords()]).then(([m]) => m);
}
