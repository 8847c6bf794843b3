import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateTextWidth, type FontSpec, fitText, wrapText } from "./svg-text.ts";

/** The estimate as first written: per character (code point), set look-ups. The fast one must match it bit for bit. */
function perCharacter(text: string, font: FontSpec): number {
  const narrow = new Set([..."ijlI.,:;|!'` ()[]{}/\\-"]);
  const wide = new Set([..."MWmw@%&"]);
  const full = (c: number) =>
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    c >= 0x1f000;
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (full(code)) em += 1;
    else if (font.mono) em += 0.62;
    else if (narrow.has(ch)) em += 0.34;
    else if (wide.has(ch)) em += 0.86;
    else if (ch >= "A" && ch <= "Z") em += 0.68;
    else em += 0.58;
  }
  return em * font.size * ((font.weight ?? 400) >= 600 ? 1.07 : 1);
}

const fonts = fc.record(
  {
    size: fc.constantFrom(10, 10.5, 11, 11.5, 12, 13, 14),
    weight: fc.constantFrom(400, 600, 700),
    mono: fc.boolean(),
  },
  { requiredKeys: ["size"] },
);
/** Names as they come: ASCII, Hangul, emoji, and broken UTF-16 (lone surrogates) mixed. */
const texts = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc
    .array(fc.constantFrom("a", "W", "i", " ", "가", "😀", "\ud800", "\udc00", "-", "M", "0", "é", "ｱ"), {
      maxLength: 40,
    })
    .map((a) => a.join("")),
);

describe("estimateTextWidth", () => {
  it("is the per-character estimate, to the last bit, for any text and font", () => {
    fc.assert(
      fc.property(texts, fonts, (text, font) => {
        expect(estimateTextWidth(text, font)).toBe(perCharacter(text, font));
      }),
      { numRuns: 3000 },
    );
  });

  it("counts a surrogate pair once and a lone surrogate as a narrow-ish letter", () => {
    expect(estimateTextWidth("😀", { size: 10 })).toBe(10);
    expect(estimateTextWidth("\ud800", { size: 10 })).toBeCloseTo(5.8);
    expect(estimateTextWidth("\ud800x", { size: 10 })).toBeCloseTo(11.6);
  });

  it("lets fitText and wrapText keep what fits", () => {
    fc.assert(
      fc.property(texts, fonts, fc.integer({ min: 0, max: 300 }), (text, font, room) => {
        const cut = fitText(text, room, font);
        if (cut !== text && cut !== "") expect(estimateTextWidth(cut, font)).toBeLessThanOrEqual(room + 0.01);
        for (const line of wrapText(text, Math.max(room, 20), font))
          expect(estimateTextWidth(line, font)).toBeLessThanOrEqual(Math.max(room, 20) + 0.01);
      }),
      { numRuns: 300 },
    );
  });

  it("breaks a long name between its words, run together or not", () => {
    const font = { size: 13 };
    const room = estimateTextWidth("InternetGatewa", font);
    // CloudFormation's logical ids are camel case: not "InternetGatewa" + "y".
    expect(wrapText("InternetGateway", room, font)).toEqual(["Internet", "Gateway"]);
    expect(wrapText("internet-gateway", room, font)).toEqual(["internet-", "gateway"]);
    // A name that fills the line just before its "-" breaks between its words, not before the "-".
    expect(wrapText("VirtualMachine-xvda", estimateTextWidth("VirtualMachine", font), font)).toEqual([
      "Virtual",
      "Machine-xvda",
    ]);
    expect(wrapText("productionserver01", estimateTextWidth("productionserver0", font), font)).toEqual([
      "productionserver",
      "01",
    ]);
    // No word boundary in the line's second half: cut where the line is full.
    expect(wrapText("abcdefghijklmnopqrstuvwxyz", estimateTextWidth("abcdefghijklm", font), font)[0]).toBe(
      "abcdefghijklm",
    );
  });
});
