import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import type { InternetGateway } from "../../model/schema.ts";
import { useDiagramActions } from "../context.ts";
import { GatewayIcon } from "../icons.tsx";
import { LeafCard } from "./LeafCard.tsx";

/** An internet gateway; a detached one says so. */
export const GatewayNode = memo(function GatewayNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  const gateway = data.resource as InternetGateway | undefined;
  const detached = gateway !== undefined && gateway.vpc === null;
  return (
    <LeafCard
      data={data}
      variant={detached ? "gateway is-detached" : "gateway"}
      icon={<GatewayIcon />}
      selected={selected}
    >
      {detached && <span className="ec2viz-card__meta">{lang === "ko" ? "분리됨" : "detached"}</span>}
    </LeafCard>
  );
});
