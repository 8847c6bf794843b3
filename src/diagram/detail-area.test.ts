import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growingAreas, nextDetailArea, visibleArea, withMargin } from "./detail-area.ts";

const viewport = fc.record({
  x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  zoom: fc.double({ min: 0.02, max: 2.5, noNaN: true }),
});
const size = { width: 1200, height: 800 };

describe("detail area", () => {
  it("maps the canvas to diagram coordinates", () => {
    expect(visibleArea({ x: -200, y: 100, zoom: 2 }, size)).toEqual({
      x: 100,
      y: -50,
      width: 600,
      height: 400,
    });
  });

  it("always covers the whole view, and stays put while the view moves inside it", () => {
    fc.assert(
      fc.property(viewport, fc.array(viewport, { maxLength: 10 }), (first, moves) => {
        let area = nextDetailArea(null, visibleArea(first, size));
        for (const v of moves) {
          const visible = visibleArea(v, size);
          const next = nextDetailArea(area, visible);
          const eps = 1e-6 * Math.max(1, Math.abs(visible.x), Math.abs(visible.y), visible.width);
          expect(next.x).toBeLessThanOrEqual(visible.x + eps);
          expect(next.y).toBeLessThanOrEqual(visible.y + eps);
          expect(next.x + next.width).toBeGreaterThanOrEqual(visible.x + visible.width - eps);
          expect(next.y + next.height).toBeGreaterThanOrEqual(visible.y + visible.height - eps);
          area = next;
        }
      }),
    );
  });

  it("is kept for a small pan, moved past its margin, and shrunk after zooming far in", () => {
    const visible = visibleArea({ x: 0, y: 0, zoom: 1 }, size);
    const area = nextDetailArea(null, visible);
    expect(area).toEqual(withMargin(visible));
    expect(nextDetailArea(area, visibleArea({ x: -300, y: -200, zoom: 1 }, size))).toBe(area);
    expect(nextDetailArea(area, visibleArea({ x: -700, y: 0, zoom: 1 }, size))).not.toBe(area);
    const zoomedIn = visibleArea({ x: -600, y: -400, zoom: 2.5 }, size);
    expect(nextDetailArea(area, zoomedIn)).toEqual(withMargin(zoomedIn));
  });

  it("grows a new area from the view itself to the full margin, each step holding the one before", () => {
    fc.assert(
      fc.property(viewport, (v) => {
        const visible = visibleArea(v, size);
        const steps = growingAreas(visible);
        expect(steps[0]).toEqual(visible);
        expect(steps.at(-1)).toEqual(withMargin(visible));
        for (let i = 1; i < steps.length; i++) {
          const [a, b] = [steps[i - 1], steps[i]] as [typeof visible, typeof visible];
          expect(b.x).toBeLessThanOrEqual(a.x);
          expect(b.y).toBeLessThanOrEqual(a.y);
          expect(b.x + b.width).toBeGreaterThanOrEqual(a.x + a.width);
          expect(b.y + b.height).toBeGreaterThanOrEqual(a.y + a.height);
          // A view inside any step keeps it (no new area while growing).
          expect(nextDetailArea(a, visible)).toBe(a);
        }
      }),
    );
  });
});
