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

/** Where a first Region most likely is, by the browser's languages (Regions of the add catalog). */
const REGION_BY_LOCALE: Record<string, string> = {
  ko: "ap-northeast-2",
  ja: "ap-northeast-1",
  "en-gb": "eu-west-2",
  "en-ie": "eu-west-1",
  de: "eu-central-1",
  "fr-ca": "ca-central-1",
  "en-ca": "ca-central-1",
  "en-au": "ap-southeast-2",
  "en-in": "ap-south-1",
  hi: "ap-south-1",
  "pt-br": "sa-east-1",
};

/**
 * The Region a new, empty topology starts in: the first of the browser's languages that points at
 * one (ap-northeast-2 for Korean), else the UI language's (Korean: Seoul), else undefined (the
 * catalog's first, us-east-1).
 */
export function firstRegionFor(preferred: readonly string[], lang: Lang): string | undefined {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const found = REGION_BY_LOCALE[lower] ?? REGION_BY_LOCALE[lower.split("-")[0] as string];
    if (found) return found;
    if (lower.split("-")[0] === "en") return undefined;
  }
  // Behaviour, not text: a Korean UI starts in Seoul.
  return lang === "ko" ? "ap-northeast-2" : undefined;
}
