import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { InstanceIcon } from "../icons.tsx";
import { FaceChips } from "./FaceChips.tsx";
import { LeafCard } from "./LeafCard.tsx";
import { Clip } from "./parts.tsx";

/** An EC2 instance: type, state, and its chips (public address or Elastic IP, security groups). */
export const InstanceNode = memo(function InstanceNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  const { meta, state, chips } = data.face;
  return (
    <LeafCard
      data={data}
      variant="instance"
      icon={<InstanceIcon size={22} />}
      selected={selected}
      chips={<FaceChips chips={chips ?? []} />}
    >
      <span className="ec2viz-card__meta">
        <Clip className="ec2viz-card__type" text={meta?.[lang] ?? ""} />
        {state && (
          <span className={`ec2viz-state ec2viz-state--${state.value}`} title={state.value}>
            {state.text[lang]}
          </span>
        )}
      </span>
    </LeafCard>
  );
});
