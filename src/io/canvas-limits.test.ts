import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CANVAS_LIMITS,
  canvasLimitText,
  checkCanvasSize,
  largestFittingScale,
  STRIP_AREA,
  stripPlan,
  tooLargeOffer,
} from "./canvas-limits.ts";

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

describe("canvasLimitText", () => {
  it("names the limit a picture is past, in both languages", () => {
    expect(canvasLimitText("side", "en")).toBe("32,767 px per side");
    expect(canvasLimitText("area", "en")).toBe("268,435,456 pixels");
    expect(canvasLimitText("side", "ko")).toBe("한 변 최대 32,767 px");
    expect(canvasLimitText("area", "ko")).toBe("최대 268,435,456 픽셀");
  });
});

describe("largestFittingScale", () => {
  it("is the largest step that fits both limits", () => {
    // 5,000 instances at 1x (the performance review's figure): 25,488 × 19,196.
    const s = largestFittingScale(25_488, 19_196);
    expect(s).toBe(0.7);
    expect(checkCanvasSize(25_488, 19_196, s)).toBeUndefined();
    expect(checkCanvasSize(25_488, 19_196, s + 0.1)).toBeDefined();
    // A long strip: the side limit decides.
    expect(largestFittingScale(20_000, 500)).toBe(1.6);
    expect(largestFittingScale(100, 100)).toBe(163.8);
    expect(largestFittingScale(0, 10)).toBe(0);
  });

  it("always fits, and the next step up never does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 400_000 }), fc.integer({ min: 50, max: 400_000 }), (w, h) => {
        const s = largestFittingScale(w, h);
        expect(s).toBeGreaterThan(0);
        expect(checkCanvasSize(w, h, s)).toBeUndefined();
        const step = s >= 0.5 ? 0.1 : 0.01;
        expect(checkCanvasSize(w, h, s + step + 1e-9)).toBeDefined();
      }),
    );
  });
});

describe("stripPlan", () => {
  it("paints in pieces no browser refuses, covering every row and column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 200_000 }), (w, h) => {
        const p = stripPlan(w, h);
        expect(p.tileWidth * p.columns).toBeGreaterThanOrEqual(w);
        expect(p.tileWidth * (p.columns - 1)).toBeLessThan(w);
        expect(p.tileWidth).toBeLessThanOrEqual(4096);
        expect(w * Math.max(1, p.bandHeight)).toBeLessThanOrEqual(Math.max(STRIP_AREA, w));
        expect(p.tileWidth * p.bandHeight).toBeLessThanOrEqual(STRIP_AREA);
        expect(p.bandHeight).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("tooLargeOffer", () => {
  it("says the size, the limit, the largest scale that fits and the strips, in both languages", () => {
    const side = checkCanvasSize(20_500, 9_000, 2) as NonNullable<ReturnType<typeof checkCanvasSize>>;
    expect(tooLargeOffer(side, 2, largestFittingScale(20_500, 9_000), "en")).toBe(
      "At 2× this diagram is 41,000 px wide, more than a browser can draw (32,767 px per side at most). The largest scale that fits is 1.2×. Or draw it at 2× in strips, into one PNG file: slower, and some image viewers can't open a picture this large.",
    );
    expect(tooLargeOffer(side, 2, 1.5, "ko")).toBe(
      "2× 배율에서 이 다이어그램은 가로 41,000 px로, 브라우저가 그릴 수 있는 크기(한 변 최대 32,767 px)를 넘습니다. 그릴 수 있는 가장 큰 배율은 1.5×입니다. 또는 2× 그대로 띠 모양으로 나누어 그려 PNG 파일 하나로 만들 수 있습니다. 시간이 더 걸리고, 이렇게 큰 그림은 열지 못하는 이미지 뷰어도 있습니다.",
    );
    const area = checkCanvasSize(9_816, 7_272, 2) as NonNullable<ReturnType<typeof checkCanvasSize>>;
    expect(tooLargeOffer(area, 2, 1.6, "en")).toMatch(
      /^At 2× this diagram is 19,632 × 14,544 px, about 286 million pixels: more than a browser can draw \(268,435,456 pixels at most\)\. The largest scale that fits is 1\.6×\./,
    );
    expect(tooLargeOffer(area, 2, 1.6, "ko")).toMatch(
      /^2× 배율에서 이 다이어그램은 19,632 × 14,544 px\(약 2억 8,600만 픽셀\)로, 브라우저가 그릴 수 있는 크기\(최대 268,435,456 픽셀\)를 넘습니다\. 그릴 수 있는 가장 큰 배율은 1\.6×입니다\./,
    );
    // Fewer than 100 million pixels (an area past the limit needs more, so only the wording is checked here).
    expect(tooLargeOffer({ ...area, width: 9_000, height: 9_000 }, 1, 0, "ko")).toContain(
      "(약 8,100만 픽셀)",
    );
  });
});
