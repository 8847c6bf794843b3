// UI language: the user's last choice if any, else the browser's preference (Korean or English).
import type { Lang } from "../model/diagnostics.ts";

export const LANGUAGE_STORAGE_KEY = "ec2viz.lang";

export function detectLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "ko") return "ko";
    if (base === "en") return "en";
  }
  return "en";
}

export function initialLanguage(
  storage: Pick<Storage, "getItem"> | undefined,
  preferred: readonly string[],
): Lang {
  const saved = storage?.getItem(LANGUAGE_STORAGE_KEY);
  if (saved === "ko" || saved === "en") return saved;
  return detectLanguage(preferred);
}
