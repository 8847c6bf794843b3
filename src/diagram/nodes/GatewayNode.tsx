import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { GatewayIcon } from "../icons.tsx";
import { LeafCard } from "./LeafCard.tsx";

/** An internet gateway; a detached one says so. */
export const GatewayNode = memo(function GatewayNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  const { variant, meta } = data.face;
  return (
    <LeafCard
      data={data}
      variant={variant === "gateway-detached" ? "gateway is-detached" : "gateway"}
      icon={<GatewayIcon />}
      selected={selected}
    >
      {meta && <span className="ec2viz-card__meta">{meta[lang]}</span>}
    </LeafCard>
  );
});
