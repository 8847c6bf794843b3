import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dotLattice } from "./DotsBackground.tsx";

/** Distance from `a` to the nearest point of the lattice `b + k·step`. */
const offLattice = (a: number, b: number, step: number) => {
  const r = (((a - b) % step) + step) % step;
  return Math.min(r, step - r);
};

describe("dotted background", () => {
  it("puts its dots where React Flow's Background does, and covers the screen for any pan", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: 0.02, max: 2.5, noNaN: true }),
        (x, y, zoom) => {
          const gap = 24;
          const l = dotLattice(x, y, zoom, gap, 1);
          // React Flow's: pattern at (x % step, y % step), moved back half a step; the dot's centre is
          // `radius` into the tile. Ours: the layer at (dx − margin), its pattern at `origin`, the same.
          const rf = { x: (x % l.step) - l.step / 2 + l.radius, y: (y % l.step) - l.step / 2 + l.radius };
          const ours = {
            x: l.dx - l.margin + l.origin - l.step / 2 + l.radius,
            y: l.dy - l.margin + l.origin - l.step / 2 + l.radius,
          };
          const eps = 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
          expect(offLattice(ours.x, rf.x, l.step)).toBeLessThan(eps);
          expect(offLattice(ours.y, rf.y, l.step)).toBeLessThan(eps);
          expect(l.step).toBeCloseTo(gap * zoom);
          // The layer reaches `margin` past each edge and moves by less than a step: the screen stays covered.
          expect(l.dx).toBeGreaterThanOrEqual(0);
          expect(l.dx).toBeLessThan(l.step + eps);
          expect(l.margin).toBeGreaterThanOrEqual(l.step);
        },
      ),
    );
  });
});
