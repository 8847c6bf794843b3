// Reads an EC2 instance type name the way AWS builds it: series letters, generation number,
// attribute letters, an optional "-variant", then "." and the size ("c7gn.2xlarge", "m7i-flex.large").
// Pure structure only; the words that explain each part live in src/explain/instance-type-text.ts.

/** Series (the leading letters), longest first so "hpc" wins over "h" and "inf" over "i". */
export const INSTANCE_SERIES = [
  "hpc",
  "inf",
  "trn",
  "mac",
  "dl",
  "vt",
  "im",
  "is",
  "gr",
  "cc",
  "cg",
  "cr",
  "hi",
  "hs",
  "a",
  "c",
  "d",
  "f",
  "g",
  "h",
  "i",
  "m",
  "p",
  "r",
  "t",
  "u",
  "x",
  "z",
] as const;
export type InstanceSeries = (typeof INSTANCE_SERIES)[number];

export type InstanceCategory =
  | "general"
  | "burstable"
  | "compute"
  | "memory"
  | "storage"
  | "accelerated"
  | "hpc"
  | "macos";

export const SERIES_CATEGORY: Record<InstanceSeries, InstanceCategory> = {
  a: "general",
  m: "general",
  t: "burstable",
  mac: "macos",
  c: "compute",
  cc: "compute",
  r: "memory",
  cr: "memory",
  x: "memory",
  z: "memory",
  u: "memory",
  i: "storage",
  im: "storage",
  is: "storage",
  d: "storage",
  h: "storage",
  hi: "storage",
  hs: "storage",
  p: "accelerated",
  g: "accelerated",
  gr: "accelerated",
  cg: "accelerated",
  f: "accelerated",
  inf: "accelerated",
  trn: "accelerated",
  dl: "accelerated",
  vt: "accelerated",
  hpc: "hpc",
};

/** Attribute letters AWS documents, plus the "-flex" suffix. */
export const KNOWN_ATTRIBUTES = ["a", "b", "d", "e", "g", "i", "n", "q", "z", "flex"] as const;
export type KnownAttribute = (typeof KNOWN_ATTRIBUTES)[number];

type DecodedAttribute = { code: KnownAttribute; known: true } | { code: string; known: false };

export type DecodedSize =
  | { kind: "named"; name: "nano" | "micro" | "small" | "medium" | "large" | "xlarge" }
  /** "8xlarge": eight times an xlarge. */
  | { kind: "multiple"; times: number }
  /** "metal" or "metal-24xl": the whole physical server, no hypervisor. */
  | { kind: "metal" }
  | { kind: "other" };

interface DecodedInstanceType {
  ok: true;
  text: string;
  /** Everything before the dot, e.g. "c7gn" (AWS calls this the instance family). */
  family: string;
  series: InstanceSeries;
  category: InstanceCategory;
  /** Missing for the few types without a number, like "mac-m4.metal". */
  generation?: number;
  attributes: DecodedAttribute[];
  /** A dash-suffix other than "flex", e.g. "b200" in "p6-b200" or "12tb" in "u-12tb1". */
  variant?: string;
  size: string;
  sizeInfo: DecodedSize;
}

interface UndecodableInstanceType {
  ok: false;
  text: string;
}

type InstanceTypeDecoding = DecodedInstanceType | UndecodableInstanceType;

const NAMED_SIZES = ["nano", "micro", "small", "medium", "large", "xlarge"] as const;

/** Sizes in the order AWS scales them, smallest first; multiples follow xlarge by their factor. */
export function decodeSize(size: string): DecodedSize {
  const named = NAMED_SIZES.find((n) => n === size);
  if (named) return { kind: "named", name: named };
  const multiple = /^(\d+)xlarge$/.exec(size);
  if (multiple) return { kind: "multiple", times: Number(multiple[1]) };
  if (/^metal(-\d+xl)?$/.test(size)) return { kind: "metal" };
  return { kind: "other" };
}

function decodeAttributes(letters: string, suffix: string | undefined): DecodedAttribute[] {
  const attributes: DecodedAttribute[] = [];
  for (const letter of letters) {
    attributes.push(
      (KNOWN_ATTRIBUTES as readonly string[]).includes(letter)
        ? { code: letter as KnownAttribute, known: true }
        : { code: letter, known: false },
    );
  }
  if (suffix === "flex") attributes.push({ code: "flex", known: true });
  return attributes;
}

/** Decodes "t3.micro" and friends. Never throws: anything unexpected comes back as `ok: false`. */
export function decodeInstanceType(text: string): InstanceTypeDecoding {
  const [family, size, extra] = text.trim().toLowerCase().split(".");
  if (!family || !size || extra !== undefined) return { ok: false, text };

  // The high-memory "u-12tb1" family puts the memory before the generation.
  const highMemory = /^u-(\d+tb)(\d+)$/.exec(family);
  if (highMemory) {
    return {
      ok: true,
      text,
      family,
      series: "u",
      category: "memory",
      generation: Number(highMemory[2]),
      attributes: [],
      variant: highMemory[1] as string,
      size,
      sizeInfo: decodeSize(size),
    };
  }

  const series = INSTANCE_SERIES.find((s) => family.startsWith(s));
  if (!series) return { ok: false, text };
  const rest = /^(\d*)([a-z]*)(?:-([a-z0-9]+))?$/.exec(family.slice(series.length));
  if (!rest) return { ok: false, text };
  const [, digits, letters = "", suffix] = rest;
  // Without a generation number the letters can't be told apart from the series: refuse to guess.
  if (!digits && letters) return { ok: false, text };
  if (!digits && !suffix) return { ok: false, text };

  return {
    ok: true,
    text,
    family,
    series,
    category: SERIES_CATEGORY[series],
    ...(digits ? { generation: Number(digits) } : {}),
    attributes: decodeAttributes(letters, suffix),
    ...(suffix && suffix !== "flex" ? { variant: suffix } : {}),
    size,
    sizeInfo: decodeSize(size),
  };
}
