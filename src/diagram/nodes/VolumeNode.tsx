import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import type { Volume } from "../../model/schema.ts";
import { VolumeIcon } from "../icons.tsx";
import { LeafCard } from "./LeafCard.tsx";
import { Clip } from "./parts.tsx";

/** An EBS volume: size and type. */
export const VolumeNode = memo(function VolumeNode({ data, selected }: NodeProps<DiagramNode>) {
  const volume = data.resource as Volume | undefined;
  const text = volume ? `${volume.sizeGiB} GiB · ${volume.volumeType}` : "";
  return (
    <LeafCard data={data} variant="volume" icon={<VolumeIcon size={20} />} selected={selected}>
      <span className="ec2viz-card__meta">
        <Clip className="ec2viz-card__type" text={text} />
      </span>
    </LeafCard>
  );
});
