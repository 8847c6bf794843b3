// A container's miniature: its instance and volume boxes, drawn zoomed far out as a few SVG paths
// (one per colour, one per severity of problem dots) instead of a shape per box. The canvas's
// <Miniature> draws them as SVG and its far picture (diagram/far-picture.ts) as Path2D: one drawing.
import { CARD, NEUTRAL, SEVERITY_COLOUR } from "./colours.ts";
import type { MiniBox } from "./to-flow.ts";

/** One path of a miniature and its paint, in the container's own coordinates. */
export interface MiniPath {
  d: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** Round joins (the boxes' frames). */
  roundJoin?: boolean;
}

const MINI_FILL: Partial<Record<MiniBox["kind"], string>> = { instance: CARD.instance, volume: CARD.volume };

/** Radius of the dot on a flagged box's top right corner. */
const DOT_RADIUS = 18;

/** A path of rectangles: one element however many boxes there are. */
function rectsPath(boxes: readonly MiniBox[], inset: number, cap?: number): string {
  const parts: string[] = [];
  for (const b of boxes) {
    const w = cap === undefined ? b.width : Math.min(cap, b.width - 2 * inset);
    const h = cap === undefined ? b.height : Math.min(cap, b.height - 2 * inset);
    parts.push(`M${b.x + inset} ${b.y + inset}h${w}v${h}h${-w}z`);
  }
  return parts.join("");
}

/**
 * The dots of the boxes flagged `severity`, as one path of circles (two half-turn arcs each): one
 * element for a thousand warnings, where an element per dot was 10,022 elements to build at 10,000
 * instances of an unknown type (issue #15, B10). Dots never overlap (boxes are further apart than a
 * dot is wide), so the path paints as separate circles would.
 */
function dotsPath(boxes: readonly MiniBox[], severity: "warning" | "error"): string {
  const r = DOT_RADIUS;
  const parts: string[] = [];
  for (const b of boxes)
    if (b.severity === severity)
      parts.push(`M${b.x + b.width - r} ${b.y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`);
  return parts.join("");
}

/**
 * What a miniature draws, in order: per box colour, the boxes' white frames and their coloured
 * tiles; then the problem dots. Keyed by colour (and severity) so a renderer can key its elements.
 */
export function miniaturePaths(boxes: readonly MiniBox[]): { key: string; path: MiniPath }[] {
  const byColour = new Map<string, MiniBox[]>();
  for (const b of boxes) {
    const colour = MINI_FILL[b.kind] ?? NEUTRAL.external;
    const list = byColour.get(colour);
    if (list) list.push(b);
    else byColour.set(colour, [b]);
  }
  const out: { key: string; path: MiniPath }[] = [];
  for (const [colour, list] of byColour) {
    out.push({
      key: `${colour}-frame`,
      path: { d: rectsPath(list, 0), fill: "#fff", stroke: colour, strokeWidth: 4, roundJoin: true },
    });
    out.push({ key: `${colour}-tile`, path: { d: rectsPath(list, 8, 34), fill: colour } });
  }
  for (const severity of ["warning", "error"] as const) {
    const d = dotsPath(boxes, severity);
    if (d !== "")
      out.push({
        key: severity,
        path: { d, fill: SEVERITY_COLOUR[severity], stroke: "#fff", strokeWidth: 5 },
      });
  }
  return out;
}
