import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { ElasticIpIcon } from "../icons.tsx";
import { LeafCard } from "./LeafCard.tsx";
import { Clip } from "./parts.tsx";

/** An Elastic IP associated with nothing drawn: allocated (and charged) but unused. */
export const ElasticIpNode = memo(function ElasticIpNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  const meta = data.face.meta;
  return (
    <LeafCard data={data} variant="eip" icon={<ElasticIpIcon size={20} />} selected={selected}>
      {meta && (
        <span className="ec2viz-card__meta">
          <Clip className="ec2viz-card__type" text={meta[lang]} />
        </span>
      )}
    </LeafCard>
  );
});
