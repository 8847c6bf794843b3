// Draws a precomputed orthogonal route with rounded corners and, for network paths, an arrowhead.
// The arrow is part of the path's own SVG (no shared <marker>), so image export keeps it.
import type { EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramEdge } from "../layout/to-flow.ts";
import type { Point } from "../layout/types.ts";

const RADIUS = 10;

/** Inline colours (not CSS classes) so exported images look the same as the screen. */
const STYLE = {
  internet: { stroke: "#8C4FFF", width: 2, dash: undefined },
  public: { stroke: "#8C4FFF", width: 2, dash: undefined },
  attach: { stroke: "#7D8998", width: 1.5, dash: "5 4" },
} as const;

export function roundedPath(points: readonly Point[]): string {
  if (points.length === 0) return "";
  const first = points[0] as Point;
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L${p.x},${p.y}`;
      break;
    }
    const r = Math.min(
      RADIUS,
      Math.hypot(p.x - prev.x, p.y - prev.y) / 2,
      Math.hypot(next.x - p.x, next.y - p.y) / 2,
    );
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    d += ` L${a.x},${a.y} Q${p.x},${p.y} ${b.x},${b.y}`;
  }
  return d;
}

function towards(from: Point, to: Point, distance: number): Point {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / len) * distance, y: from.y + ((to.y - from.y) / len) * distance };
}

function arrowHead(points: readonly Point[]): string {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return "";
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const size = 9;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  return `M${tip.x},${tip.y} L${bx - uy * size * 0.55},${by + ux * size * 0.55} L${bx + uy * size * 0.55},${by - ux * size * 0.55} Z`;
}

export const RoutedEdge = memo(function RoutedEdge({
  id,
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
}: EdgeProps<DiagramEdge>) {
  const points =
    data?.points && data.points.length >= 2
      ? data.points
      : [
          { x: sourceX, y: sourceY },
          { x: targetX, y: targetY },
        ];
  const kind = data?.kind ?? "public";
  const style = STYLE[kind];
  return (
    <g className={`ec2viz-route ec2viz-route--${kind}`} data-edge={id}>
      <path
        className="ec2viz-route__line"
        d={roundedPath(points)}
        fill="none"
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
      {kind !== "attach" && (
        <path className="ec2viz-route__arrow" d={arrowHead(points)} fill={style.stroke} />
      )}
    </g>
  );
});

export const edgeTypes = { routed: RoutedEdge };
