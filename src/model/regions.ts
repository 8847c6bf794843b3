// AWS Region codes with their place names (English and Korean). Used to warn about a Region code
// AWS doesn't have (a typo like "ap-northest-2") and to name Regions in explanations.
// The codes come from the AWS SDK's endpoint partitions (npm run gen:instance-types).
import type { LocalText } from "../i18n/text.ts";
import { REGION_CODES } from "./region-codes.generated.ts";

/** A Region's code and its place name in both languages. */
interface AwsRegion extends LocalText {
  code: string;
}

/** Korean place names; Regions missing here show their English description. */
const KOREAN: Record<string, string> = {
  "us-east-1": "미국 동부(버지니아 북부)",
  "us-east-2": "미국 동부(오하이오)",
  "us-west-1": "미국 서부(캘리포니아 북부)",
  "us-west-2": "미국 서부(오레곤)",
  "af-south-1": "아프리카(케이프타운)",
  "ap-east-1": "아시아 태평양(홍콩)",
  "ap-east-2": "아시아 태평양(타이베이)",
  "ap-south-1": "아시아 태평양(뭄바이)",
  "ap-south-2": "아시아 태평양(하이데라바드)",
  "ap-southeast-1": "아시아 태평양(싱가포르)",
  "ap-southeast-2": "아시아 태평양(시드니)",
  "ap-southeast-3": "아시아 태평양(자카르타)",
  "ap-southeast-4": "아시아 태평양(멜버른)",
  "ap-southeast-5": "아시아 태평양(말레이시아)",
  "ap-southeast-6": "아시아 태평양(뉴질랜드)",
  "ap-southeast-7": "아시아 태평양(태국)",
  "ap-northeast-1": "아시아 태평양(도쿄)",
  "ap-northeast-2": "아시아 태평양(서울)",
  "ap-northeast-3": "아시아 태평양(오사카)",
  "ca-central-1": "캐나다(중부)",
  "ca-west-1": "캐나다 서부(캘거리)",
  "eu-central-1": "유럽(프랑크푸르트)",
  "eu-central-2": "유럽(취리히)",
  "eu-west-1": "유럽(아일랜드)",
  "eu-west-2": "유럽(런던)",
  "eu-west-3": "유럽(파리)",
  "eu-south-1": "유럽(밀라노)",
  "eu-south-2": "유럽(스페인)",
  "eu-north-1": "유럽(스톡홀름)",
  "il-central-1": "이스라엘(텔아비브)",
  "me-south-1": "중동(바레인)",
  "me-central-1": "중동(UAE)",
  "me-west-1": "중동(사우디아라비아)",
  "mx-central-1": "멕시코(중부)",
  "sa-east-1": "남아메리카(상파울루)",
  "sa-west-1": "남아메리카(칠레)",
  "us-gov-east-1": "AWS GovCloud(미국 동부)",
  "us-gov-west-1": "AWS GovCloud(미국 서부)",
  "cn-north-1": "중국(베이징)",
  "cn-northwest-1": "중국(닝샤)",
};

/** Every Region code the AWS SDK knows (generated), with English and Korean names. */
export const AWS_REGIONS: readonly AwsRegion[] = REGION_CODES.map(({ code, en }) => ({
  code,
  en,
  ko: KOREAN[code] ?? en,
}));

const BY_CODE = new Map(AWS_REGIONS.map((r) => [r.code, r]));

export function awsRegion(code: string): AwsRegion | undefined {
  return BY_CODE.get(code);
}

/**
 * The commercial ("aws" partition) Region codes, as the partition's own pattern in the SDK's
 * endpoint table says: not China, GovCloud, the ISO Regions or the European Sovereign Cloud.
 */
const COMMERCIAL = /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/;

/** Every public commercial AWS Region (the ones an ordinary account can open), by code. */
export const COMMERCIAL_REGIONS: readonly AwsRegion[] = AWS_REGIONS.filter((r) => COMMERCIAL.test(r.code));

/**
 * A Region's short place name, the way the console's Region menu ends its line: "Seoul" for
 * "Asia Pacific (Seoul)" (서울 for 아시아 태평양(서울)), "Calgary" for "Canada West (Calgary)"; a
 * bare direction keeps its country ("Canada (Central)", 멕시코(중부)).
 */
export function regionShortName(region: AwsRegion, lang: "en" | "ko" = "en"): string {
  const full = region[lang];
  const place = /\(([^)]+)\)$/.exec(full)?.[1];
  return !place || /^(Central|North|South|East|West|중부|북부|남부|동부|서부)$/.test(place) ? full : place;
}

/**
 * Region code of a zone name: "ap-northeast-2a" -> "ap-northeast-2". Region codes have a 2-4
 * letter prefix and one or more words before the number ("us-gov-west-1", "us-iso-east-1",
 * "eu-isoe-west-1", "eusc-de-east-1"). Local Zones and Wavelength Zones name their parent Region
 * first ("us-west-2-lax-1a", "us-east-1-wl1-bos-wlz-1").
 */
export function regionOfZoneName(zone: string): string | undefined {
  const match = /^([a-z]{2,4}(?:-[a-z]+)+-\d+)(?:[a-z]|-[a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(zone);
  return match?.[1];
}

// Palette catalogue ---------------------------------------------------------------------------
// The Regions the palette and the Region pickers offer, in the order the palette adds them, with
// their Availability Zone letters where we know them, used to pick "the next Region" and "the
// Region's next AZ". Every commercial Region comes from the list above; this part only adds the
// palette's order, the short names that become new Region boxes' names ("N. Virginia") and the zone
// letters most accounts see today.
interface RegionEntry {
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
