import { describe, expect, it } from "vitest";
import { arrowHeadPath, roundedRoutePath } from "./route-geometry.ts";

describe("route geometry", () => {
  it("rounds each corner and ends on the last point", () => {
    const d = roundedRoutePath([
      { x: 0, y: 0 },
      { x: 0, y: 100 },
      { x: 50, y: 100 },
    ]);
    expect(d).toBe("M0 0 L0 90 Q0 100 10 100 L50 100");
  });

  it("never rounds a corner beyond half of a short segment", () => {
    const d = roundedRoutePath([
      { x: 0, y: 0 },
      { x: 0, y: 8 },
      { x: 30, y: 8 },
    ]);
    expect(d).toBe("M0 0 L0 4 Q0 8 4 8 L30 8");
  });

  it("points the arrowhead along the last segment", () => {
    expect(
      arrowHeadPath([
        { x: 0, y: 0 },
        { x: 0, y: 100 },
      ]),
    ).toBe("M0 100 L-4.95 91 L4.95 91 Z");
    expect(arrowHeadPath([{ x: 1, y: 1 }])).toBe("");
    expect(roundedRoutePath([])).toBe("");
  });
});
