import { useEffect, useState } from "react";
import type { Lang } from "../model/diagnostics.ts";
import { initialLanguage, LANGUAGE_STORAGE_KEY } from "./language.ts";

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The UI language, remembered across reloads and mirrored on <html lang> for screen readers. */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(() => initialLanguage(storage(), navigator.languages ?? []));
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      storage()?.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Storage full or blocked: the choice simply isn't remembered.
    }
  }, [lang]);
  return [lang, setLang];
}
