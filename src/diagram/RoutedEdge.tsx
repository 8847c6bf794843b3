// Draws a precomputed orthogonal route with rounded corners and, for network paths, an arrowhead.
// The arrow is part of the path's own SVG (no shared <marker>), so image export keeps it.
import type { EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { EDGE_STYLE } from "../layout/colours.ts";
import { arrowHeadPath, roundedRoutePath } from "../layout/route-geometry.ts";
import type { DiagramEdge } from "../layout/to-flow.ts";

const RoutedEdge = memo(function RoutedEdge({
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
  // Inline colours (not CSS classes): the same style the exports draw (src/layout/colours.ts).
  const style = EDGE_STYLE[kind];
  return (
    <g className={`ec2viz-route ec2viz-route--${kind}`} data-edge={id}>
      <path
        className="ec2viz-route__line"
        d={roundedRoutePath(points)}
        fill="none"
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
      {style.arrowHead && (
        <path className="ec2viz-route__arrow" d={arrowHeadPath(points)} fill={style.stroke} />
      )}
    </g>
  );
});

export const edgeTypes = { routed: RoutedEdge };
