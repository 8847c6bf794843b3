import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bestColumns,
  commonGrid,
  type Item,
  largest,
  packGrid,
  packRows,
  packVpc,
  packZone,
  unitSize,
} from "./pack.ts";
import { GAP, PADDING } from "./sizes.ts";

function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("bestColumns", () => {
  it("goes wider for a wider wanted shape", () => {
    const cell = { width: 100, height: 100 };
    expect(bestColumns(16, cell, 0, 1)).toBe(4);
    expect(bestColumns(16, cell, 0, 4)).toBe(8);
    expect(bestColumns(16, cell, 0, 0.25)).toBe(2);
    expect(bestColumns(1, cell, 0, 3)).toBe(1);
  });
});

describe("packGrid", () => {
  it("never overlaps and stays inside the padding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (volumes, aspect) => {
          const units = volumes.map((v, i) => ({
            main: { id: `i${i}`, width: 216, height: 88 },
            beside: Array.from({ length: v }, (_, k) => ({ id: `v${i}-${k}`, width: 144, height: 60 })),
          }));
          const packed = packGrid(units, PADDING.subnet, aspect, { width: 100, height: 50 });
          const all = packed.placed;
          for (let a = 0; a < all.length; a++)
            for (let b = a + 1; b < all.length; b++) expect(overlaps(at(all, a), at(all, b))).toBe(false);
          for (const p of all) {
            expect(p.x).toBeGreaterThanOrEqual(PADDING.subnet.side);
            expect(p.y).toBeGreaterThanOrEqual(PADDING.subnet.header);
            expect(p.x + p.width).toBeLessThanOrEqual(packed.width - PADDING.subnet.side);
            expect(p.y + p.height).toBeLessThanOrEqual(packed.height - PADDING.subnet.bottom);
          }
        },
      ),
    );
  });

  it("puts each volume to the right of its instance", () => {
    const packed = packGrid(
      [{ main: { id: "i", width: 216, height: 88 }, beside: [{ id: "v", width: 144, height: 60 }] }],
      PADDING.subnet,
      1,
      { width: 0, height: 0 },
    );
    const i = at(packed.placed, 0);
    const v = at(packed.placed, 1);
    expect(v.x).toBeGreaterThan(i.x + i.width);
    expect(v.y + v.height / 2).toBeCloseTo(i.y + i.height / 2);
  });
});

describe("packVpc", () => {
  it("puts gateways above zones of equal height, side by side", () => {
    const packed = packVpc(
      [{ id: "g", width: 184, height: 52 }],
      [
        { id: "a", width: 300, height: 200 },
        { id: "b", width: 200, height: 400 },
      ],
      PADDING.vpc,
      { width: 0, height: 0 },
    );
    const g = at(packed.placed, 0);
    const a = at(packed.placed, 1);
    const b = at(packed.placed, 2);
    expect(a.height).toBe(400);
    expect(b.height).toBe(400);
    expect(a.y).toBe(b.y);
    expect(b.x).toBeGreaterThan(a.x + a.width);
    expect(g.y + g.height).toBeLessThan(a.y);
  });
});

describe("packRows", () => {
  const itemsArb = fc.array(
    fc.record({ width: fc.integer({ min: 20, max: 900 }), height: fc.integer({ min: 20, max: 700 }) }),
    { maxLength: 60 },
  );
  const withIds = (sizes: { width: number; height: number }[]) =>
    sizes.map((s, i) => ({ id: `b${i}`, ...s }));

  it("never overlaps, stays inside the padding and keeps document order row by row", () => {
    fc.assert(
      fc.property(itemsArb, fc.double({ min: 0.2, max: 5, noNaN: true }), (sizes, aspect) => {
        const items = withIds(sizes);
        const packed = packRows(items, PADDING.region, aspect, { width: 100, height: 50 });
        const all = packed.placed;
        expect(all.map((p) => p.id)).toEqual(items.map((i) => i.id));
        for (let a = 0; a < all.length; a++)
          for (let b = a + 1; b < all.length; b++) expect(overlaps(at(all, a), at(all, b))).toBe(false);
        for (let i = 1; i < all.length; i++) {
          const prev = at(all, i - 1);
          const cur = at(all, i);
          // Either to the right on the same row, or on a lower row starting at the left edge.
          if (cur.y === prev.y) expect(cur.x).toBeGreaterThan(prev.x);
          else {
            expect(cur.y).toBeGreaterThan(prev.y);
            expect(cur.x).toBe(PADDING.region.side);
          }
        }
        for (const p of all) {
          expect(p.x).toBeGreaterThanOrEqual(PADDING.region.side);
          expect(p.y).toBeGreaterThanOrEqual(PADDING.region.header);
          expect(p.x + p.width).toBeLessThanOrEqual(packed.width - PADDING.region.side);
          expect(p.y + p.height).toBeLessThanOrEqual(packed.height - PADDING.region.bottom);
        }
      }),
    );
  });

  it("gives a picture at least as wide for a wider wanted shape", () => {
    fc.assert(
      fc.property(
        itemsArb,
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: 1.01, max: 4, noNaN: true }),
        (sizes, aspect, factor) => {
          const items = withIds(sizes);
          const pad = { header: 0, side: 0, bottom: 0 };
          const a = packRows(items, pad, aspect, { width: 0, height: 0 });
          const b = packRows(items, pad, aspect * factor, { width: 0, height: 0 });
          if (items.length === 0) return;
          expect(b.width / b.height).toBeGreaterThanOrEqual(a.width / a.height - 1e-9);
        },
      ),
    );
  });

  it("lays equal boxes out close to the wanted shape", () => {
    const items = withIds(Array.from({ length: 16 }, () => ({ width: 100, height: 100 })));
    const pad = { header: 0, side: 0, bottom: 0 };
    const square = packRows(items, pad, 1, { width: 0, height: 0 });
    expect(square.width).toBe(square.height);
    const wide = packRows(items, pad, 4, { width: 0, height: 0 });
    expect(wide.width / wide.height).toBeGreaterThan(3);
  });
});

describe("lists of any length (issue #15: no spread into Math.max)", () => {
  it("packs 200,000 boxes in one container without overflowing the call stack", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ id: `b${i}`, width: 10 + (i % 7), height: 8 }));
    const pad = { header: 4, side: 2, bottom: 2 };
    const min = { width: 0, height: 0 };
    expect(unitSize({ main: many[0] as Item, beside: many }).width).toBe(10 + GAP.beside + 16);
    expect(commonGrid([many.map((m) => ({ main: m, beside: [] }))], 1.6).cell).toEqual({
      width: 16,
      height: 8,
    });
    expect(packZone(many, many, pad, 1.6, min).placed).toHaveLength(400_000); // loose volumes too
    expect(packVpc(many, many, pad, min).height).toBeGreaterThan(8);
    expect(largest(many, (m) => m.width)).toBe(16);
    expect(largest([], (m: Item) => m.width, 3)).toBe(3);
  });
});
