// An edge route's shape: straight runs joined by rounded corners, and an arrowhead at the end. One
// definition for the canvas (RoutedEdge), the exported images (svg-render) as SVG path data, and the
// far picture (far-picture.ts) traced on a 2D context, so they all draw the same lines.
import type { Point } from "./types.ts";

const ROUTE_CORNER_RADIUS = 10;
const ARROW_SIZE = 9;

/** Rounds coordinates to two decimals so exported files stay small and stable. */
const fmt = (v: number): number => Math.round(v * 100) / 100;

/**
 * The path calls a route is traced with: a canvas's 2D context has them all (the far picture traces
 * routes on it, with no path object to build), and pathText writes them as SVG path data.
 */
export interface RoutePen {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  closePath(): void;
}

/** SVG path data of what `trace` draws with a pen. */
function pathText(trace: (pen: RoutePen) => void): string {
  const parts: string[] = [];
  trace({
    moveTo: (x, y) => parts.push(`M${fmt(x)} ${fmt(y)}`),
    lineTo: (x, y) => parts.push(`L${fmt(x)} ${fmt(y)}`),
    quadraticCurveTo: (cx, cy, x, y) => parts.push(`Q${fmt(cx)} ${fmt(cy)} ${fmt(x)} ${fmt(y)}`),
    closePath: () => parts.push("Z"),
  });
  return parts.join(" ");
}

function towards(from: Point, to: Point, distance: number): Point {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / len) * distance, y: from.y + ((to.y - from.y) / len) * distance };
}

/** Traces a route: straight runs from point to point, each corner rounded by `radius` at most. */
export function traceRoute(points: readonly Point[], pen: RoutePen, radius = ROUTE_CORNER_RADIUS): void {
  const first = points[0];
  if (!first) return;
  pen.moveTo(first.x, first.y);
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      pen.lineTo(p.x, p.y);
      break;
    }
    const r = Math.min(
      radius,
      Math.hypot(p.x - prev.x, p.y - prev.y) / 2,
      Math.hypot(next.x - p.x, next.y - p.y) / 2,
    );
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    pen.lineTo(a.x, a.y);
    pen.quadraticCurveTo(p.x, p.y, b.x, b.y);
  }
}

/** Traces a filled triangle at the last point, pointing along the last segment. */
export function traceArrowHead(points: readonly Point[], pen: RoutePen, size = ARROW_SIZE): void {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return;
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const w = size * 0.55;
  pen.moveTo(tip.x, tip.y);
  pen.lineTo(bx - uy * w, by + ux * w);
  pen.lineTo(bx + uy * w, by - ux * w);
  pen.closePath();
}

/** A route as SVG path data (traceRoute). */
export function roundedRoutePath(points: readonly Point[], radius = ROUTE_CORNER_RADIUS): string {
  return pathText((pen) => traceRoute(points, pen, radius));
}

/** An arrowhead as SVG path data (traceArrowHead). */
export function arrowHeadPath(points: readonly Point[], size = ARROW_SIZE): string {
  return pathText((pen) => traceArrowHead(points, pen, size));
}
