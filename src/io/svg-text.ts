// Text sizing without a browser: an estimate of how wide a line is, to cut names that would run
// out of their box (the canvas clips them with an ellipsis; an SVG must do it up front).
// It errs on the wide side, so a cut line never overflows even in a slightly wider font.

export interface FontSpec {
  size: number;
  /** 400 normal, 600 semibold, 700 bold. */
  weight?: number;
  mono?: boolean;
}

const NARROW = new Set([..."ijlI.,:;|!'` ()[]{}/\\-"]);
const WIDE = new Set([..."MWmw@%&"]);

/** Hangul, CJK, full-width forms and emoji take about a full em. */
function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    code >= 0x1f000
  );
}

/** Ems of each ASCII character in a proportional font (every other one outside full width is 0.58). */
const ASCII_EM = Float64Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.86;
  if (ch >= "A" && ch <= "Z") return 0.68;
  return 0.58;
});

export function estimateTextWidth(text: string, font: FontSpec): number {
  // By char code, not `for…of` with set look-ups: this runs a dozen times per box (100,000s of them).
  // The ems add up in the same order as per character, so the width is the same to the last bit.
  const mono = font.mono === true;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      em += mono ? 0.62 : (ASCII_EM[code] as number);
      continue;
    }
    // A surrogate pair is one character; a lone surrogate counts as itself.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isFullWidth(code)) em += 1;
    else if (mono) em += 0.62;
    else em += 0.58;
  }
  const bold = (font.weight ?? 400) >= 600 ? 1.07 : 1;
  return em * font.size * bold;
}

/** `text` as is when it fits in `maxWidth`, else its longest start that fits followed by "…". */
export function fitText(text: string, maxWidth: number, font: FontSpec): string {
  // The epsilon absorbs float noise when the caller sized the room from the same estimate.
  if (estimateTextWidth(text, font) <= maxWidth + 0.01) return text;
  const chars = [...text];
  const ellipsis = estimateTextWidth("…", font);
  let lo = 0;
  let hi = chars.length;
  // Binary search on the number of characters kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimateTextWidth(chars.slice(0, mid).join(""), font) + ellipsis <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? (ellipsis <= maxWidth ? "…" : "") : `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/**
 * Where to end a line that can hold `fit` characters: after a "-", "_", ".", "/" or space, else
 * between words run together ("Internet|Gateway", "web|01"), from the line's middle on; else where
 * it is full. CloudFormation's logical ids are camel case: "InternetGatewa|y" reads badly.
 */
function breakBefore(chars: readonly string[], fit: number): number {
  for (let i = fit; i >= fit / 2; i--) if (/[-_./ ]/.test(chars[i - 1] ?? "")) return i;
  for (let i = fit; i >= fit / 2; i--) {
    const before = chars[i - 1] ?? "";
    const after = chars[i] ?? "";
    if (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(after)) return i;
    if (/\p{L}/u.test(before) && /\d/.test(after)) return i;
  }
  return fit;
}

/**
 * `text` in at most `maxLines` lines of `maxWidth`, broken where `breakBefore` says; the last line is cut with "…"
 * if the rest still doesn't fit. A static image has no tooltip, so long names wrap instead of vanishing.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines = 2): string[] {
  if (maxLines <= 1 || estimateTextWidth(text, font) <= maxWidth + 0.01)
    return [fitText(text, maxWidth, font)];
  const chars = [...text];
  let fit = 0;
  while (fit < chars.length && estimateTextWidth(chars.slice(0, fit + 1).join(""), font) <= maxWidth) fit++;
  if (fit === 0) return [fitText(text, maxWidth, font)];
  const cut = breakBefore(chars, fit);
  const first = chars.slice(0, cut).join("").trimEnd();
  const rest = chars.slice(cut).join("").trimStart();
  return rest === "" ? [first] : [first, ...wrapText(rest, maxWidth, font, maxLines - 1)];
}
