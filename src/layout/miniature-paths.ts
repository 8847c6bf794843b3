// A container's miniature: its instance and volume boxes, drawn zoomed far out as a few layers (one
// per colour, one per severity of problem dots) instead of a shape per box. The canvas's
// <Miniature> draws them as SVG paths (miniaturePaths) and its far picture (diagram/far-picture.ts)
// traces the same layers on a 2D context (miniatureLayers): one drawing.
import { CARD, NEUTRAL, SEVERITY_COLOUR } from "./colours.ts";
import type { MiniBox } from "./to-flow.ts";
import type { Point } from "./types.ts";

/** How a layer of a miniature is painted. */
export interface MiniPaint {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** Round joins (the boxes' frames). */
  roundJoin?: boolean;
}

/** One path of a miniature and its paint, in the container's own coordinates. */
export interface MiniPath extends MiniPaint {
  d: string;
}

export interface MiniRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One layer of a miniature, in the container's own coordinates: rectangles, or dots (circles of
 * DOT_RADIUS centred on the points).
 */
export type MiniLayer = { key: string; paint: MiniPaint } & (
  | { rects: readonly MiniRect[] }
  | { dots: readonly Point[] }
);

const MINI_FILL: Partial<Record<MiniBox["kind"], string>> = { instance: CARD.instance, volume: CARD.volume };

/** Radius of the dot on a flagged box's top right corner. */
export const DOT_RADIUS = 18;

/** The boxes' rectangles, `inset` in from each side and at most `cap` wide and high. */
function rectsOf(boxes: readonly MiniBox[], inset: number, cap?: number): MiniRect[] {
  return boxes.map((b) => ({
    x: b.x + inset,
    y: b.y + inset,
    width: cap === undefined ? b.width : Math.min(cap, b.width - 2 * inset),
    height: cap === undefined ? b.height : Math.min(cap, b.height - 2 * inset),
  }));
}

/**
 * What a miniature draws, in order: per box colour, the boxes' white frames and their coloured
 * tiles; then the problem dots, one layer per severity: one element for a thousand warnings, where
 * an element per dot was 10,022 elements to build at 10,000 instances of an unknown type (issue #15,
 * B10). Keyed by colour (and severity) so a renderer can key its elements.
 */
export function miniatureLayers(boxes: readonly MiniBox[]): MiniLayer[] {
  const byColour = new Map<string, MiniBox[]>();
  for (const b of boxes) {
    const colour = MINI_FILL[b.kind] ?? NEUTRAL.external;
    const list = byColour.get(colour);
    if (list) list.push(b);
    else byColour.set(colour, [b]);
  }
  const out: MiniLayer[] = [];
  for (const [colour, list] of byColour) {
    out.push({
      key: `${colour}-frame`,
      paint: { fill: "#fff", stroke: colour, strokeWidth: 4, roundJoin: true },
      rects: rectsOf(list, 0),
    });
    out.push({ key: `${colour}-tile`, paint: { fill: colour }, rects: rectsOf(list, 8, 34) });
  }
  for (const severity of ["warning", "error"] as const) {
    const dots = boxes.filter((b) => b.severity === severity).map((b) => ({ x: b.x + b.width, y: b.y }));
    if (dots.length > 0)
      out.push({
        key: severity,
        paint: { fill: SEVERITY_COLOUR[severity], stroke: "#fff", strokeWidth: 5 },
        dots,
      });
  }
  return out;
}

/**
 * A layer as one SVG path: rectangles, or circles as two half-turn arcs each. Dots never overlap
 * (boxes are further apart than a dot is wide), so the path paints as separate circles would.
 */
function layerPath(layer: MiniLayer): string {
  const parts: string[] = [];
  if ("rects" in layer)
    for (const r of layer.rects) parts.push(`M${r.x} ${r.y}h${r.width}v${r.height}h${-r.width}z`);
  else {
    const r = DOT_RADIUS;
    for (const c of layer.dots)
      parts.push(`M${c.x - r} ${c.y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`);
  }
  return parts.join("");
}

/** The miniature's layers (miniatureLayers) as SVG paths. */
export function miniaturePaths(boxes: readonly MiniBox[]): { key: string; path: MiniPath }[] {
  return miniatureLayers(boxes).map((layer) => ({
    key: layer.key,
    path: { d: layerPath(layer), ...layer.paint },
  }));
}
