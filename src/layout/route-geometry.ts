// SVG path data for an edge route: straight runs joined by rounded corners, and an arrowhead at
// the end. One definition for the canvas (RoutedEdge) and the exported images (svg-render), so the
// two always draw the same lines.
import type { Point } from "./types.ts";

const ROUTE_CORNER_RADIUS = 10;
const ARROW_SIZE = 9;

/** Rounds coordinates to two decimals so exported files stay small and stable. */
const fmt = (v: number): number => Math.round(v * 100) / 100;

function towards(from: Point, to: Point, distance: number): Point {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / len) * distance, y: from.y + ((to.y - from.y) / len) * distance };
}

export function roundedRoutePath(points: readonly Point[], radius = ROUTE_CORNER_RADIUS): string {
  const first = points[0];
  if (!first) return "";
  let d = `M${fmt(first.x)} ${fmt(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L${fmt(p.x)} ${fmt(p.y)}`;
      break;
    }
    const r = Math.min(
      radius,
      Math.hypot(p.x - prev.x, p.y - prev.y) / 2,
      Math.hypot(next.x - p.x, next.y - p.y) / 2,
    );
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    d += ` L${fmt(a.x)} ${fmt(a.y)} Q${fmt(p.x)} ${fmt(p.y)} ${fmt(b.x)} ${fmt(b.y)}`;
  }
  return d;
}

/** A filled triangle at the last point, pointing along the last segment. */
export function arrowHeadPath(points: readonly Point[], size = ARROW_SIZE): string {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return "";
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const w = size * 0.55;
  return `M${fmt(tip.x)} ${fmt(tip.y)} L${fmt(bx - uy * w)} ${fmt(by + ux * w)} L${fmt(bx + uy * w)} ${fmt(by - ux * w)} Z`;
}
