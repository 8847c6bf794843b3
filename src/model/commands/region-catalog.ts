// The Regions the palette offers, in the order it adds them, with their Availability Zone letters,
// used to pick "the next Region" and "the Region's next AZ". src/model/regions.ts knows every Region
// code but not zone letters; the short names here become the new Region boxes' names ("N. Virginia").
// Letters are the zone names most accounts see today.

export interface RegionEntry {
  code: string;
  name: string;
  azLetters: string;
}

/** In the order the palette adds them: the default console Region first, Seoul second. */
export const REGION_CATALOG: readonly RegionEntry[] = [
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

export function catalogEntry(code: string): RegionEntry | undefined {
  return REGION_CATALOG.find((r) => r.code === code);
}

/** AZ names of a Region in order; an unknown Region gets a..f so users can still draw one. */
export function zoneNamesOf(code: string): string[] {
  const letters = catalogEntry(code)?.azLetters ?? "abcdef";
  return [...letters].map((letter) => `${code}${letter}`);
}
