import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { VolumeIcon } from "../icons.tsx";
import { LeafCard } from "./LeafCard.tsx";
import { Clip } from "./parts.tsx";

/** An EBS volume: size and type. */
export const VolumeNode = memo(function VolumeNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  return (
    <LeafCard data={data} variant="volume" icon={<VolumeIcon size={20} />} selected={selected}>
      <span className="ec2viz-card__meta">
        <Clip className="ec2viz-card__type" text={data.face.meta?.[lang] ?? ""} />
      </span>
    </LeafCard>
  );
});
