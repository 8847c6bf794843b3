import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  nextSliceEnd,
  REVEAL_MINI_BOXES,
  REVEAL_SLICE,
  type RevealBox,
  revealWeight,
} from "./reveal-slices.ts";

const box = (minis = 0): RevealBox => ({ data: minis ? { miniature: new Array(minis).fill(0) } : {} });

/** Every slice of `nodes` after the first `on` (already on the canvas), as [from, end) pairs. */
function slices(nodes: readonly RevealBox[], on = 0): [number, number][] {
  const out: [number, number][] = [];
  for (let from = on; from < nodes.length; ) {
    const end = nextSliceEnd(nodes, from);
    out.push([from, end]);
    from = end;
  }
  return out;
}

describe("reveal slices", () => {
  it("put REVEAL_SLICE plain boxes in each slice", () => {
    const sizes = slices(Array.from({ length: 2268 }, () => box())).map(([from, end]) => end - from);
    expect(sizes.slice(0, -1).every((s) => s === REVEAL_SLICE)).toBe(true);
    expect(sizes.at(-1)).toBe(2268 % REVEAL_SLICE);
  });

  it("cover every node once, in order, each slice within one slice's weight unless a single node", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20_000), { maxLength: 400 }), fc.nat(500), (minis, before) => {
        const nodes = [...Array.from({ length: before }, () => box()), ...minis.map(box)];
        let at = before;
        for (const [from, end] of slices(nodes, before)) {
          expect(from).toBe(at);
          expect(end).toBeGreaterThan(from);
          const weight = nodes.slice(from, end).reduce((w, n) => w + revealWeight(n), 0);
          if (end - from > 1) expect(weight).toBeLessThanOrEqual(1 + 1e-9);
          // Not cut short: the next node would have been too much.
          const next = nodes[end];
          if (next) expect(weight + revealWeight(next)).toBeGreaterThan(1);
          at = end;
        }
        expect(at).toBe(nodes.length);
      }),
    );
  });

  it("weighs a miniature's boxes beside the node", () => {
    expect(revealWeight(box(REVEAL_MINI_BOXES))).toBeCloseTo(1 + 1 / REVEAL_SLICE);
    expect(nextSliceEnd([box(20_000), box(), box()], 0)).toBe(1);
    expect(nextSliceEnd([box(), box(3000), box(3000)], 0)).toBe(2);
  });
});
