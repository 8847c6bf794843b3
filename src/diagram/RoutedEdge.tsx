// Draws a precomputed orthogonal route with rounded corners and, for network paths, an arrowhead.
// The arrow is part of the path's own SVG (no shared <marker>), so image export keeps it.
import type { EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { arrowHeadPath, roundedRoutePath } from "../layout/route-geometry.ts";
import type { DiagramEdge } from "../layout/to-flow.ts";
import type { EdgeKind } from "../layout/types.ts";

/** Inline colours (not CSS classes) so exported images look the same as the screen. */
const STYLE: Record<EdgeKind, { stroke: string; width: number; dash: string | undefined }> = {
  internet: { stroke: "#8C4FFF", width: 2, dash: undefined },
  public: { stroke: "#8C4FFF", width: 2, dash: undefined },
  attach: { stroke: "#7D8998", width: 1.5, dash: "5 4" },
  // A private subnet's way out through its NAT gateway: dashed, arrow at the NAT gateway.
  nat: { stroke: "#8C4FFF", width: 2, dash: "7 4" },
};

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
        d={roundedRoutePath(points)}
        fill="none"
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
      {kind !== "attach" && (
        <path className="ec2viz-route__arrow" d={arrowHeadPath(points)} fill={style.stroke} />
      )}
    </g>
  );
});

export const edgeTypes = { routed: RoutedEdge };
