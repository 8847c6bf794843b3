import { describe, expect, it } from "vitest";
import { addedArea, panToReveal } from "./pan-to-reveal.ts";
import { wholeInView } from "./useKeepInView.ts";

const view = { x: 0, y: 0, zoom: 1, width: 800, height: 600 };

describe("panToReveal", () => {
  it("leaves a box that is in view where it is", () => {
    expect(panToReveal({ x: 100, y: 100, width: 200, height: 60 }, view)).toEqual({ dx: 0, dy: 0 });
  });

  it("pans the least that brings a box in from any side, at the current zoom", () => {
    // Hidden behind a panel on the right: pans left just enough (with a margin).
    expect(panToReveal({ x: 700, y: 100, width: 200, height: 60 }, view)).toEqual({ dx: -124, dy: 0 });
    expect(panToReveal({ x: -50, y: -30, width: 100, height: 40 }, view)).toEqual({ dx: 74, dy: 54 });
    // Zoomed out to 50%: the same box at x=1400 sits at 700 px on screen.
    expect(panToReveal({ x: 1400, y: 0, width: 200, height: 40 }, { ...view, zoom: 0.5 })).toEqual({
      dx: -24,
      dy: 24,
    });
  });

  it("brings a box larger than the view in by its header corner, without zooming", () => {
    const region = { x: 900, y: 100, width: 3000, height: 2000 };
    expect(panToReveal(region, view)).toEqual({ dx: -444, dy: 0 });
    // Partly in view with its header showing: nothing moves.
    expect(panToReveal({ x: 30, y: 30, width: 3000, height: 2000 }, view)).toEqual({ dx: 0, dy: 0 });
  });

  it("keeps the box clear of the mini map and the zoom buttons when there is room", () => {
    // The mini map in the bottom-right corner, the zoom buttons in the bottom-left one.
    const minimap = { x: 580, y: 420, width: 200, height: 160 };
    const buttons = { x: 16, y: 460, width: 32, height: 120 };
    // Hidden on the right, low: the plain pan would leave it under the mini map; it goes above it.
    const low = { x: 750, y: 480, width: 200, height: 60 };
    const pan = panToReveal(low, view, [minimap, buttons]);
    const screen = { x: low.x + pan.dx, y: low.y + pan.dy, width: low.width, height: low.height };
    expect(screen.x + screen.width).toBeLessThanOrEqual(view.width - 24);
    expect(screen.y + screen.height).toBeLessThanOrEqual(minimap.y);
    expect(pan).toEqual({ dx: -174, dy: -128 });
    // In view but under the mini map: the smallest step aside (up, above it).
    expect(panToReveal({ x: 600, y: 450, width: 100, height: 40 }, view, [minimap])).toEqual({
      dx: 0,
      dy: -78,
    });
    // In view and clear: nothing moves.
    expect(panToReveal({ x: 100, y: 100, width: 200, height: 60 }, view, [minimap, buttons])).toEqual({
      dx: 0,
      dy: 0,
    });
    // No room anywhere clear (a box as tall as the view): the plain pan, in view at least.
    const tall = { x: 700, y: 24, width: 700, height: 552 };
    expect(panToReveal(tall, view, [minimap])).toEqual(panToReveal(tall, view));
  });
});

describe("addedArea", () => {
  const box = (id: string, absX: number, absY: number, width = 100, height = 50) => ({
    id,
    absX,
    absY,
    width,
    height,
  });
  it("is the rectangle around the boxes the second layout adds, wherever they sit in it", () => {
    const before = { nodes: [box("region", 0, 0, 900, 600), box("i-1", 40, 40)] };
    // The old boxes moved (the layout grew around the new ones): only the ids count.
    const after = {
      nodes: [
        box("region", 0, 0, 1200, 800),
        box("i-1", 60, 40),
        box("i-2", 500, 300),
        box("vol-3", 620, 330, 80, 30),
      ],
    };
    expect(addedArea(before, after)).toEqual({ x: 500, y: 300, width: 200, height: 60 });
  });

  it("is null when nothing was added", () => {
    const before = { nodes: [box("region", 0, 0), box("i-1", 40, 40)] };
    expect(addedArea(before, { nodes: [box("region", 0, 0)] })).toBeNull();
  });
});

describe("wholeInView", () => {
  const view = { x: 10, y: 10, zoom: 0.5, width: 800, height: 600 };
  it("tells whether the whole picture is on screen at the view's place and zoom", () => {
    expect(wholeInView({ width: 1500, height: 1100 }, view)).toBe(true);
    // One more row of boxes below: its bottom leaves the view.
    expect(wholeInView({ width: 1500, height: 1200 }, view)).toBe(false);
    expect(wholeInView({ width: 1500, height: 1100 }, { ...view, x: -40 })).toBe(false);
  });
});
