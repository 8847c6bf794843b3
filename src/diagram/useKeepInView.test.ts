import { describe, expect, it } from "vitest";
import { panToReveal } from "./useKeepInView.ts";

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
});
