import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import type { NatGateway } from "../../model/schema.ts";
import { useDiagramActions } from "../context.ts";
import { NatGatewayIcon } from "../icons.tsx";
import { ElasticIpChip } from "./ElasticIpChip.tsx";
import { LeafCard } from "./LeafCard.tsx";

/** A NAT gateway inside its subnet: its connectivity, and its Elastic IP when it has one. */
export const NatGatewayNode = memo(function NatGatewayNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  const nat = data.resource as NatGateway | undefined;
  const isPrivate = nat?.connectivity === "private";
  const connectivity = isPrivate
    ? lang === "ko"
      ? "프라이빗"
      : "private"
    : lang === "ko"
      ? "퍼블릭"
      : "public";
  return (
    <LeafCard
      data={data}
      variant="nat"
      icon={<NatGatewayIcon size={22} />}
      selected={selected}
      chips={data.elasticIp ? <ElasticIpChip badge={data.elasticIp} /> : undefined}
    >
      {!data.external && (
        <span className="ec2viz-card__meta">
          <span className={`ec2viz-nat-type${isPrivate ? " is-private" : ""}`}>{connectivity}</span>
        </span>
      )}
    </LeafCard>
  );
});
