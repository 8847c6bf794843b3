// A PNG drawn in strips (past the browser's canvas limits), planned from the scene: each band of rows
// is painted from an SVG of only the boxes and edges that reach into it, read into a paint list of
// its own (svg-paint.ts). The whole picture's SVG is never one string (at some 150,000 instances it
// is longer than a string can be) and its paint list never held at once: a band holds a few
// thousand boxes at most. Each tile still skips the units its view doesn't touch, so a tile paints
// exactly what it did from the whole picture's list (strip-paint.test.ts). Pure: no DOM.
import type { Scene } from "./export-scene.ts";
import { type PaintList, parseSvgForPaint } from "./svg-paint.ts";
import { type ExportBackground, type ExportFrame, renderSvgParts } from "./svg-render.ts";

/**
 * How far a box's or an edge's paint may reach past its own rectangle, in drawing pixels: a card's
 * badge overhangs by 8 (18 high, with a ring), its shadow by 1, strokes and arrowheads by a few.
 * Generous on purpose: a band with an item too many only culls it again per tile.
 */
export const PAINT_REACH = 48;

/** One piece of a band: pixel columns left..left+cols, and the drawing rectangle they show. */
export interface StripTile {
  left: number;
  cols: number;
  view: { x0: number; y0: number; x1: number; y1: number };
}

/** One band of rows, top..top+rows in pixels, and its tiles. */
export interface StripBand {
  top: number;
  rows: number;
  tiles: StripTile[];
}

export interface StripGeometry {
  frame: ExportFrame;
  /** The PNG's size in pixels. */
  width: number;
  height: number;
  plan: { columns: number; tileWidth: number; bandHeight: number };
}

/** Pixels per drawing pixel, across and down. */
export const stripScale = (g: StripGeometry) => ({
  sx: g.width / g.frame.width,
  sy: g.height / g.frame.height,
});

/** The bands and tiles a strips PNG is painted in, top to bottom, left to right. */
export function stripBands(g: StripGeometry): StripBand[] {
  const { frame, width, height, plan } = g;
  const { sx, sy } = stripScale(g);
  const bands: StripBand[] = [];
  for (let top = 0; top < height; top += plan.bandHeight) {
    const rows = Math.min(plan.bandHeight, height - top);
    const tiles: StripTile[] = [];
    for (let c = 0; c < plan.columns; c++) {
      const left = c * plan.tileWidth;
      const cols = Math.min(plan.tileWidth, width - left);
      tiles.push({
        left,
        cols,
        view: {
          x0: frame.x + left / sx,
          y0: frame.y + top / sy,
          x1: frame.x + (left + cols) / sx,
          y1: frame.y + (top + rows) / sy,
        },
      });
    }
    bands.push({ top, rows, tiles });
  }
  return bands;
}

/**
 * The scene split by band: band i's scene holds, in the scene's order, every box and edge whose
 * paint may reach into band i (an area or a long edge is in several). One pass over the scene.
 */
export function bandScenes(scene: Scene, g: StripGeometry): Scene[] {
  const { sy } = stripScale(g);
  const count = Math.ceil(g.height / g.plan.bandHeight);
  const out: Scene[] = Array.from({ length: count }, () => ({ boxes: [], edges: [], lang: scene.lang }));
  const bandOf = (y: number) =>
    Math.max(0, Math.min(count - 1, Math.floor(((y - g.frame.y) * sy) / g.plan.bandHeight)));
  const spread = (y0: number, y1: number, put: (s: Scene) => void) => {
    const last = bandOf(y1 + PAINT_REACH);
    for (let i = bandOf(y0 - PAINT_REACH); i <= last; i++) put(out[i] as Scene);
  };
  for (const b of scene.boxes) spread(b.y, b.y + b.height, (s) => s.boxes.push(b));
  for (const e of scene.edges) {
    let y0 = Number.POSITIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (const p of e.points) {
      if (p.y < y0) y0 = p.y;
      if (p.y > y1) y1 = p.y;
    }
    if (y0 <= y1) spread(y0, y1, (s) => s.edges.push(e));
  }
  return out;
}

/** What one band paints: its scene drawn in the whole picture's frame, read into paint ops. */
export function bandPaintList(
  band: Scene,
  g: StripGeometry,
  options: { scale: number; background: ExportBackground; margin: number },
): PaintList {
  return parseSvgForPaint(
    renderSvgParts(band, {
      background: options.background,
      margin: options.margin,
      scale: options.scale,
      frame: g.frame,
    }),
  );
}
