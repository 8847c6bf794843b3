import { useCallback, useEffect, useState } from "react";
import { languageComplete, loadLanguage } from "../i18n/load-language.ts";
import { languageLoaded } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { initialLanguage, LANGUAGE_STORAGE_KEY } from "./language.ts";

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The language the page starts in: the user's last choice, else the browser's. */
export function startLanguage(): Lang {
  return initialLanguage(storage(), navigator.languages ?? []);
}

/**
 * The UI language, remembered across reloads and mirrored on <html lang> for screen readers. The
 * app loads the start language's strings before its first render (App.tsx); a switch to a language
 * not loaded yet happens once its strings are here (a failed fetch leaves the language as it was,
 * and the next switch tries again).
 */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(() => {
    const wanted = startLanguage();
    return languageLoaded(wanted) ? wanted : "en";
  });
  const switchTo = useCallback((next: Lang) => {
    if (languageComplete(next)) setLang(next);
    else
      loadLanguage(next).then(
        () => setLang(next),
        () => {},
      );
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      storage()?.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Storage full or blocked: the choice simply isn't remembered.
    }
  }, [lang]);
  return [lang, switchTo];
}
