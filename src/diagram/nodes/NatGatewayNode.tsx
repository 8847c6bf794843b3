import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { NatGatewayIcon } from "../icons.tsx";
import { FaceChips } from "./FaceChips.tsx";
import { LeafCard } from "./LeafCard.tsx";

/** A NAT gateway inside its subnet: its connectivity, and its Elastic IP when it has one. */
export const NatGatewayNode = memo(function NatGatewayNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  const { variant, meta, chips } = data.face;
  return (
    <LeafCard
      data={data}
      variant="nat"
      icon={<NatGatewayIcon size={22} />}
      selected={selected}
      chips={chips && chips.length > 0 ? <FaceChips chips={chips} /> : undefined}
    >
      {meta && (
        <span className="ec2viz-card__meta">
          <span className={`ec2viz-nat-type${variant === "nat-private" ? " is-private" : ""}`}>
            {meta[lang]}
          </span>
        </span>
      )}
    </LeafCard>
  );
});
