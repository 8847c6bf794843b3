import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CANVAS_LIMITS, canvasTooLargeMessage, checkCanvasSize } from "./canvas-limits.ts";

describe("checkCanvasSize", () => {
  it("accepts pictures within both limits", () => {
    expect(checkCanvasSize(1000, 800, 3)).toBeUndefined();
    expect(checkCanvasSize(CANVAS_LIMITS.maxSide, 100, 1)).toBeUndefined();
    expect(checkCanvasSize(16384, 16384, 1)).toBeUndefined();
  });

  it("names the area limit and the largest scale that fits", () => {
    expect(checkCanvasSize(9816, 7272, 2)).toEqual({
      kind: "canvas-too-large",
      width: 19632,
      height: 14544,
      limit: "area",
      fittingScale: 1,
    });
    expect(checkCanvasSize(8000, 4000, 3)).toMatchObject({ limit: "area", fittingScale: 2 });
  });

  it("names the side limit when one side is too long", () => {
    expect(checkCanvasSize(12000, 300, 3)).toMatchObject({ limit: "side", width: 36000, fittingScale: 2 });
    expect(checkCanvasSize(40000, 100, 1)).toEqual({
      kind: "canvas-too-large",
      width: 40000,
      height: 100,
      limit: "side",
    });
  });

  it("only ever suggests a smaller scale that really fits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40000 }),
        fc.integer({ min: 1, max: 40000 }),
        fc.constantFrom(1, 2, 3),
        (w, h, s) => {
          const e = checkCanvasSize(w, h, s);
          if (!e) {
            expect(Math.max(w * s, h * s)).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
            expect(w * s * h * s).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
            return;
          }
          expect(
            Math.max(e.width, e.height) > CANVAS_LIMITS.maxSide || e.width * e.height > CANVAS_LIMITS.maxArea,
          ).toBe(true);
          if (e.fittingScale !== undefined) {
            expect(e.fittingScale).toBeLessThan(s);
            expect(checkCanvasSize(w, h, e.fittingScale)).toBeUndefined();
          }
        },
      ),
    );
  });
});

describe("canvasTooLargeMessage", () => {
  it("says the size, the limit and what to do, in both languages", () => {
    const e = checkCanvasSize(9816, 7272, 2);
    if (!e) throw new Error("expected too large");
    const en = canvasTooLargeMessage(e, "en");
    expect(en).toContain("19,632 × 14,544 px");
    expect(en).toContain("268,435,456 pixels");
    expect(en).toContain("1× scale");
    const ko = canvasTooLargeMessage(e, "ko");
    expect(ko).toContain("268,435,456");
    expect(ko).toMatch(/배율/);
    const side = checkCanvasSize(40000, 100, 1);
    if (!side) throw new Error("expected too large");
    expect(canvasTooLargeMessage(side, "en")).toMatch(/32,767 px per side.*Export SVG instead/);
  });
});
