import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comingIntoView,
  edgesHeldFor,
  growingAreas,
  heldBack,
  nextDetailArea,
  type StagedBox,
  visibleArea,
  withMargin,
} from "./detail-area.ts";

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

  describe("boxes coming into view", () => {
    const view = { x: 0, y: 0, width: 1000, height: 600 };
    const box = fc.record({
      absX: fc.integer({ min: -1500, max: 2500 }),
      absY: fc.integer({ min: -1000, max: 1600 }),
      width: fc.integer({ min: 1, max: 300 }),
      height: fc.integer({ min: 1, max: 120 }),
    });
    const boxes = fc.array(fc.tuple(box, fc.boolean()), { maxLength: 120 }).map((list) =>
      list.map(
        ([b, child], i): StagedBox => ({
          id: `b${i}`,
          ...b,
          ...(child && i > 0 ? { parent: `b${i - 1}` } : {}),
        }),
      ),
    );
    const inView = (b: StagedBox) =>
      b.absX < view.x + view.width &&
      b.absX + b.width > view.x &&
      b.absY < view.y + view.height &&
      b.absY + b.height > view.y;
    const centre = (b: StagedBox) => Math.hypot(b.absX + b.width / 2 - 500, b.absY + b.height / 2 - 300);
    /** How many of b's ancestors are in `list`. */
    const depthOf = (list: readonly StagedBox[], b: StagedBox): number => {
      const parent = list.find((p) => p.id === b.parent);
      return parent ? depthOf(list, parent) + 1 : 0;
    };
    /** Each box let `on` is less deep than each one `held` (not for its parent), or as deep and no farther. */
    const expectOrdered = (
      list: readonly StagedBox[],
      on: readonly StagedBox[],
      held: readonly StagedBox[],
    ) => {
      for (const h of held)
        for (const b of on) {
          if (depthOf(list, b) === depthOf(list, h)) expect(centre(h)).toBeGreaterThanOrEqual(centre(b));
          else expect(depthOf(list, b)).toBeLessThan(depthOf(list, h));
        }
    };

    it("lets out-of-view boxes and the slice nearest the centre on, and holds a held box's children", () => {
      fc.assert(
        fc.property(boxes, fc.integer({ min: 1, max: 40 }), (list, slice) => {
          const held = heldBack(list, view, slice);
          const shown = list.filter((b) => inView(b) && !held.has(b.id));
          if (list.filter(inView).length <= slice) expect(held.size).toBe(0);
          else expect(shown.length).toBeLessThanOrEqual(slice);
          for (const b of list) {
            // Held: in view beyond the slice, or a child of a held box.
            if (held.has(b.id))
              expect(inView(b) || (b.parent !== undefined && held.has(b.parent))).toBe(true);
            if (b.parent !== undefined && held.has(b.parent)) expect(held.has(b.id)).toBe(true);
          }
          // Parents first, then nearest the centre: every in-view box let on by the slice is less deep
          // than a held one, or as deep and no farther.
          const firstHeld = list.filter(
            (b) => inView(b) && held.has(b.id) && !(b.parent && held.has(b.parent)),
          );
          expectOrdered(list, shown, firstHeld);
          // Always some progress: a slice lets at least one box in view on.
          if (list.some(inView)) expect(shown.length).toBeGreaterThan(0);
        }),
      );
    });

    it("lets at most `outside` out-of-view boxes on per slice, nearest the centre first", () => {
      fc.assert(
        fc.property(
          boxes,
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: 0, max: 40 }),
          (list, slice, outside) => {
            const held = heldBack(list, view, slice, outside);
            const out = list.filter((b) => !inView(b));
            const outOn = out.filter((b) => !held.has(b.id));
            expect(outOn.length).toBeLessThanOrEqual(outside);
            // None held for want of room while there was room.
            if (out.length <= outside)
              for (const b of out) expect(held.has(b.id)).toBe(b.parent !== undefined && held.has(b.parent));
            const firstHeld = out.filter((b) => held.has(b.id) && !(b.parent && held.has(b.parent)));
            expectOrdered(list, outOn, firstHeld);
            // The in-view slice is the same as without the budget.
            const plain = heldBack(list, view, slice);
            for (const b of list.filter(inView))
              if (!(b.parent !== undefined && held.has(b.parent)))
                expect(held.has(b.id)).toBe(plain.has(b.id));
          },
        ),
      );
    });

    it("finds the boxes a zoom out brings into view: new to the view, or still waiting", () => {
      // The view before: the middle of `view` (zooming out around its centre).
      const was = { x: 250, y: 150, width: 500, height: 300 };
      const inWas = (b: StagedBox) =>
        b.absX < was.x + was.width &&
        b.absX + b.width > was.x &&
        b.absY < was.y + was.height &&
        b.absY + b.height > was.y;
      fc.assert(
        fc.property(boxes, fc.array(fc.nat(119)), (list, picks) => {
          const waiting = new Set(picks.map((i) => `b${i}`));
          const coming = new Set(comingIntoView(list, was, view, waiting).map((b) => b.id));
          for (const b of list) expect(coming.has(b.id)).toBe(inView(b) && (waiting.has(b.id) || !inWas(b)));
        }),
      );
    });

    it("gets every box on within a slice per round", () => {
      const list: StagedBox[] = Array.from({ length: 70 }, (_, i) => ({
        id: `i${i}`,
        absX: (i % 10) * 100,
        absY: Math.floor(i / 10) * 80,
        width: 90,
        height: 70,
      }));
      let waiting = list;
      const rounds: number[] = [];
      while (waiting.length > 0) {
        const held = heldBack(waiting, view, 30);
        rounds.push(waiting.length - held.size);
        waiting = waiting.filter((b) => held.has(b.id));
      }
      expect(rounds).toEqual([30, 30, 10]);
    });
  });
});

describe("edges held while boxes go on slice by slice", () => {
  const set = (...ids: string[]) => new Set(ids);
  it("holds every box held or waiting since the staging began, and the same set while nothing is new", () => {
    const first = edgesHeldFor(set(), set("a", "b"), set("c"));
    expect([...first].sort()).toEqual(["a", "b", "c"]);
    // A slice put a and c on: their edges still wait for the last slice, in the very same set.
    expect(edgesHeldFor(first, set("b"), set())).toBe(first);
    // A wheel step brought d into view meanwhile.
    expect([...edgesHeldFor(first, set("b"), set("d"))].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("lets every edge on once nothing is held or waiting", () => {
    expect(edgesHeldFor(set("a", "b"), set(), set()).size).toBe(0);
  });

  it("always holds what is held or waiting now", () => {
    const ids = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e"));
    fc.assert(
      fc.property(ids, ids, ids, (prev, held, waiting) => {
        const out = edgesHeldFor(new Set(prev), new Set(held), new Set(waiting));
        for (const id of [...held, ...waiting]) expect(out.has(id)).toBe(true);
      }),
    );
  });
});
