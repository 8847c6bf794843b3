import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsView, type Viewport, visibleArea } from "./detail-area.ts";
import { createLiveView, heldStep, holdPan, isHeldWheel } from "./held-wheel.ts";
import { FAR_ZOOM, OVERVIEW_ZOOM, restylesContainers, TINY_ZOOM } from "./zoom-bands.ts";

const size = { width: 1440, height: 900 };

/** d3-zoom's wheel step: the zoom times 2^(-deltaY × 0.002), the diagram point under (px, py) kept there. */
function wheel(view: Viewport, deltaY: number, px: number, py: number): Viewport {
  const zoom = view.zoom * 2 ** (-deltaY * 0.002);
  return { zoom, x: px - ((px - view.x) * zoom) / view.zoom, y: py - ((py - view.y) * zoom) / view.zoom };
}

const fitted: Viewport = { x: 120, y: 40, zoom: 0.026 };

describe("held wheel steps", () => {
  it("hold zooming in, and out again as far as where the zoom started", () => {
    let view = fitted;
    for (let i = 0; i < 5; i++) {
      view = wheel(view, -100, 900, 600);
      expect(holdsView(fitted, view, size)).toBe(true);
    }
    for (let i = 0; i < 5; i++) {
      view = wheel(view, 100, 900, 600);
      expect(holdsView(fitted, view, size)).toBe(true);
    }
    // One step further out shows picture that was never culled for.
    expect(holdsView(fitted, wheel(view, 100, 900, 600), size)).toBe(false);
  });

  it("hold a step into detail (the detail boxes wait for the settled view), not one back out", () => {
    const justOut = { x: 0, y: 0, zoom: OVERVIEW_ZOOM * 0.98 };
    const zoomedIn = wheel(justOut, -100, 720, 450);
    expect(zoomedIn.zoom).toBeGreaterThan(OVERVIEW_ZOOM);
    expect(holdsView(justOut, zoomedIn, size)).toBe(true);
    expect(holdsView(zoomedIn, justOut, size)).toBe(false);
  });

  it("don't hold a view that reaches past the one culled for (a pan)", () => {
    expect(holdsView(fitted, { ...fitted, x: fitted.x - 5 }, size)).toBe(false);
    expect(holdsView(fitted, { ...fitted, x: fitted.x - 0.5 }, size)).toBe(true);
  });

  it("hold a pan of a picture seen whole, however far it goes, and one past the picture's edge", () => {
    // The fitted view shows the whole picture, with canvas to spare around it.
    const picture = { x: 0, y: 0, width: 40_000, height: 30_000 };
    const seen = visibleArea(fitted, size);
    expect(seen.x).toBeLessThanOrEqual(0);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(picture.width);
    for (const dx of [-5, 4, 300, -2000]) {
      const panned = { ...fitted, x: fitted.x + dx, y: fitted.y - dx / 2 };
      expect(holdsView(fitted, panned, size, picture)).toBe(true);
      expect(holdsView(fitted, panned, size)).toBe(false);
    }
    // Zoomed in, a pan that brings more of the picture into view is not held...
    const near = { x: -10_000, y: -8_000, zoom: 0.5 };
    expect(holdsView(near, { ...near, x: near.x - 8 }, size, picture)).toBe(false);
    // ...but one towards the picture's edge with only empty canvas coming in is.
    const atEdge = { x: 0, y: 0, zoom: 0.5 };
    expect(holdsView(atEdge, { ...atEdge, x: 8 }, size, picture)).toBe(true);
  });

  it("never hold a view that shows picture the culled one didn't, a pixel aside", () => {
    const view = fc.record({
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      zoom: fc.double({ min: 0.02, max: 2.5, noNaN: true }),
    });
    const picture = fc.record({
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      width: fc.double({ min: 1, max: 5e4, noNaN: true }),
      height: fc.double({ min: 1, max: 5e4, noNaN: true }),
    });
    fc.assert(
      fc.property(view, view, picture, (shown, next, p) => {
        if (!holdsView(shown, next, size, p)) return;
        const a = visibleArea(shown, size);
        const b = visibleArea(next, size);
        // What of the picture `next` shows...
        const x0 = Math.max(b.x, p.x);
        const y0 = Math.max(b.y, p.y);
        const x1 = Math.min(b.x + b.width, p.x + p.width);
        const y1 = Math.min(b.y + b.height, p.y + p.height);
        if (x1 <= x0 || y1 <= y0) return;
        // ...`shown` showed.
        const pixel = 1.000001 / shown.zoom;
        expect(x0).toBeGreaterThanOrEqual(a.x - pixel);
        expect(y0).toBeGreaterThanOrEqual(a.y - pixel);
        expect(x1).toBeLessThanOrEqual(a.x + a.width + pixel);
        expect(y1).toBeLessThanOrEqual(a.y + a.height + pixel);
      }),
    );
  });

  it("mark a mouse move as held only while a button is down (a pan's step)", () => {
    const panning = { buttons: 1 } as MouseEvent;
    const hovering = { buttons: 0 } as MouseEvent;
    holdPan(panning);
    holdPan(hovering);
    expect(isHeldWheel(panning)).toBe(true);
    expect(isHeldWheel(hovering)).toBe(false);
  });

  it("never hold a view that shows more than a pixel past the culled one", () => {
    const view = fc.record({
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      zoom: fc.double({ min: 0.02, max: 2.5, noNaN: true }),
    });
    fc.assert(
      fc.property(view, view, (shown, next) => {
        if (!holdsView(shown, next, size)) return;
        const a = visibleArea(shown, size);
        const b = visibleArea(next, size);
        const pixel = 1.000001 / shown.zoom;
        expect(b.x).toBeGreaterThanOrEqual(a.x - pixel);
        expect(b.y).toBeGreaterThanOrEqual(a.y - pixel);
        expect(b.x + b.width).toBeLessThanOrEqual(a.x + a.width + pixel);
        expect(b.y + b.height).toBeLessThanOrEqual(a.y + a.height + pixel);
      }),
    );
  });

  it("tell a zoom that changes every container's look, either way, from one that doesn't", () => {
    // Within the tiny band, zooming in from the fitted view twofold changes nothing.
    expect(restylesContainers(fitted.zoom, fitted.zoom * 2)).toBe(false);
    // Across a band, either way, however small the step.
    expect(restylesContainers(TINY_ZOOM * 0.99, TINY_ZOOM * 1.01)).toBe(true);
    expect(restylesContainers(FAR_ZOOM * 1.01, FAR_ZOOM * 0.99)).toBe(true);
    // From the far band straight into detail: both classes change.
    expect(restylesContainers(0.1, 0.6)).toBe(true);
    // Past the far band, the brief band changes only cards.
    expect(restylesContainers(OVERVIEW_ZOOM, 0.6)).toBe(false);
  });

  it("a zoom restyles the containers exactly when is-tiny or is-far would change", () => {
    const zoom = fc.double({ min: 0.02, max: 2.5, noNaN: true });
    fc.assert(
      fc.property(zoom, zoom, (from, to) => {
        const classes = (z: number) => `${z < TINY_ZOOM} ${z < FAR_ZOOM}`;
        expect(restylesContainers(from, to)).toBe(classes(from) !== classes(to));
      }),
    );
  });

  it("tell a held event by its mark only", () => {
    expect(isHeldWheel({ sync: true })).toBe(true);
    expect(isHeldWheel({ sync: 1 })).toBe(false);
    expect(isHeldWheel({})).toBe(false);
    expect(isHeldWheel(null)).toBe(false);
    expect(isHeldWheel(undefined)).toBe(false);
  });

  it("tell listeners when the live view changes, and only then", () => {
    const live = createLiveView();
    let heard = 0;
    const stop = live.subscribe(() => heard++);
    const view = { x: 1, y: 2, zoom: 0.5 };
    live.set(view);
    live.set(view);
    expect(live.get()).toBe(view);
    live.set(null);
    expect(heard).toBe(2);
    stop();
    live.set(view);
    expect(heard).toBe(2);
  });
});

describe("a wheel step the far picture covers", () => {
  const culled: Viewport = { x: -2000, y: -1500, zoom: 0.08 };
  const tinyOnly = (from: Viewport, to: Viewport) => from.zoom < TINY_ZOOM && to.zoom < TINY_ZOOM;

  it("is held although it brings more picture into view, below TINY_ZOOM and for the wheel only", () => {
    const out = wheel(culled, 120, 700, 450);
    expect(holdsView(culled, out, size)).toBe(false);
    expect(heldStep(culled, culled, out, size, { wheel: true })).toBe("no");
    expect(heldStep(culled, culled, out, size, { wheel: true, covered: tinyOnly })).toBe("covered");
    // A pan's step (a mouse drag) brings its strip in as before: the far picture shows while the wheel turns.
    const panned = { ...culled, x: culled.x + 40 };
    expect(heldStep(culled, culled, panned, size, { wheel: false, covered: tinyOnly })).toBe("no");
  });

  it("is held as any other when it brings nothing new, and never when it crosses a restyling zoom", () => {
    const zoomedIn = wheel(culled, -120, 700, 450);
    expect(heldStep(culled, culled, zoomedIn, size, { wheel: true, covered: () => false })).toBe("held");
    // From just above TINY_ZOOM, out across it: every container changes its look, so React Flow culls.
    const above: Viewport = { x: 0, y: 0, zoom: TINY_ZOOM * 1.05 };
    const across = wheel(above, 120, 700, 450);
    expect(across.zoom).toBeLessThan(TINY_ZOOM);
    expect(heldStep(above, above, across, size, { wheel: true, covered: () => true })).toBe("no");
  });

  it("goes on holding a whole gesture out, from the view last drawn", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 1440 }), (steps, px) => {
        let drawn = culled;
        for (let i = 0; i < steps; i++) {
          const next = wheel(drawn, 120, px, 450);
          const hold = heldStep(culled, drawn, next, size, { wheel: true, covered: tinyOnly });
          expect(hold).not.toBe("no");
          drawn = next;
        }
      }),
    );
  });
});
