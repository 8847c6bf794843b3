// The Regions the palette and the Region pickers offer, in the order the palette adds them, with
// their Availability Zone letters where we know them, used to pick "the next Region" and "the
// Region's next AZ". Every commercial Region comes from src/model/regions.ts (codes and English and
// Korean names live there, once); this file only adds the palette's order, the short names that
// become new Region boxes' names ("N. Virginia") and the zone letters most accounts see today.
import { COMMERCIAL_REGIONS, regionShortName } from "../regions.ts";

export interface RegionEntry {
  code: string;
  name: string;
  /** Zone letters most accounts see; absent when ec2viz doesn't know them (see zoneNamesOf). */
  azLetters?: string;
}

/** The palette's first Regions, in the order it adds them: the console's default first, Seoul second. */
const FIRST: readonly RegionEntry[] = [
  { code: "us-east-1", name: "N. Virginia", azLetters: "abcdef" },
  { code: "ap-northeast-2", name: "Seoul", azLetters: "abcd" },
  { code: "us-east-2", name: "Ohio", azLetters: "abc" },
  { code: "us-west-2", name: "Oregon", azLetters: "abcd" },
  { code: "ap-northeast-1", name: "Tokyo", azLetters: "acd" },
  { code: "ap-southeast-1", name: "Singapore", azLetters: "abc" },
  { code: "ap-southeast-2", name: "Sydney", azLetters: "abc" },
  { code: "ap-south-1", name: "Mumbai", azLetters: "abc" },
  { code: "eu-west-1", name: "Ireland", azLetters: "abc" },
  { code: "eu-west-2", name: "London", azLetters: "abc" },
  { code: "eu-central-1", name: "Frankfurt", azLetters: "abc" },
  { code: "ca-central-1", name: "Canada (Central)", azLetters: "abd" },
  { code: "sa-east-1", name: "São Paulo", azLetters: "abc" },
];

/** Every commercial Region: the palette's first ones, then the others by code. */
export const REGION_CATALOG: readonly RegionEntry[] = [
  ...FIRST,
  ...COMMERCIAL_REGIONS.filter((r) => !FIRST.some((f) => f.code === r.code)).map((r) => ({
    code: r.code,
    name: regionShortName(r),
  })),
];

/**
 * Zones of a Region whose letters ec2viz doesn't know: a, b and c, because every AWS Region has at
 * least three Availability Zones (AWS Regions and Availability Zones guide). A file may name any
 * other zone of the Region: the rules accept every "<region><letter>" name.
 */
const FALLBACK_LETTERS = "abc";

export function catalogEntry(code: string): RegionEntry | undefined {
  return REGION_CATALOG.find((r) => r.code === code);
}

/** True when ec2viz knows which zone letters the Region has. */
export function zoneLettersKnown(code: string): boolean {
  return catalogEntry(code)?.azLetters !== undefined;
}

/** AZ names of a Region in order; a Region whose letters we don't know gets a, b and c. */
export function zoneNamesOf(code: string): string[] {
  const letters = catalogEntry(code)?.azLetters ?? FALLBACK_LETTERS;
  return [...letters].map((letter) => `${code}${letter}`);
}
