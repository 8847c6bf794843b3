// The dark export darkens the whole picture: every area (frames, cards, chips, marks, the Internet)
// is dark, only the small AWS-coloured tiles and badges stay bright, and every word is light.
import { describe, expect, it } from "vitest";
import { AWS, CARD, FRAME, MARK, SEVERITY_COLOUR } from "../layout/colours.ts";
import { layoutTopology } from "../layout/layout.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { validate } from "../model/validate.ts";
import { sceneFromLayout } from "./export-scene.ts";
import { renderSvg } from "./svg-render.ts";
import { checkXml, type XmlElement } from "./testing/xml-check.ts";

/** Relative luminance of `#rrggbb` (WCAG). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The AWS colours of tiles, frame header squares, mark dots and badges: small, bright on purpose. */
const TILES = new Set(
  [
    ...Object.values(CARD),
    ...Object.values(MARK),
    ...Object.values(FRAME).map((f) => f.stroke),
    ...Object.values(SEVERITY_COLOUR),
  ].map((c) => c.toLowerCase()),
);

async function render(background: "white" | "dark") {
  const doc = showcaseTopology();
  const layout = await layoutTopology(doc);
  const svg = renderSvg(sceneFromLayout(layout, doc, "en", validate(doc)), { background });
  const check = checkXml(svg);
  if (!check.ok) throw new Error(check.error);
  return check.elements;
}

const fillOf = (e: XmlElement) => e.attrs.fill?.toLowerCase();

describe("the dark export", () => {
  it("has no light area: every filled shape is dark but the AWS-coloured tiles and badges", async () => {
    const elements = await render("dark");
    const page = fillOf(elements.find((e) => e.name === "rect") as XmlElement) as string;
    expect(luminance(page)).toBeLessThan(0.02);
    const areas = elements.filter((e) => e.name === "rect" && fillOf(e) !== "none");
    expect(areas.length).toBeGreaterThan(60);
    for (const rect of areas) {
      const fill = fillOf(rect) ?? "#000000"; // SVG's default fill
      if (TILES.has(fill)) continue;
      expect(luminance(fill), `rect ${JSON.stringify(rect.attrs)}`).toBeLessThan(0.05);
    }
  });

  it("keeps every word readable: at least 4.5:1 against the page", async () => {
    const elements = await render("dark");
    const page = fillOf(elements.find((e) => e.name === "rect") as XmlElement) as string;
    const words = elements.filter((e) => e.name === "text" || e.name === "tspan");
    expect(words.length).toBeGreaterThan(80);
    for (const t of words) {
      const fill = fillOf(t);
      if (fill === undefined) continue; // a <text> whose <tspan>s carry the colours
      // The badges' white counts sit on their red or amber pill, not on the page.
      if (fill === "#ffffff" && /^\d+$/.test(t.text)) continue;
      expect(contrast(fill, page), `${t.text}: ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("leaves the white export as it was: white cards on the light frames, ink words", async () => {
    const elements = await render("white");
    const cards = elements.filter((e) => e.name === "rect" && e.attrs.rx === "6" && e.attrs.stroke);
    expect(cards.length).toBeGreaterThan(10);
    for (const c of cards) expect(fillOf(c)).toBe("#ffffff");
    expect(elements.some((e) => e.name === "text" && fillOf(e) === AWS.ink)).toBe(true);
  });
});
