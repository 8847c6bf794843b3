import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { KIND_LABELS } from "../../layout/labels.ts";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { useDiagramActions } from "../context.ts";
import { InternetIcon } from "../icons.tsx";
import { Handles } from "./parts.tsx";

/** The public internet, outside every Region. */
export const InternetNode = memo(function InternetNode({ selected }: NodeProps<DiagramNode>) {
  const { lang } = useDiagramActions();
  return (
    <div className={`ec2viz-internet${selected ? " is-selected" : ""}`}>
      <InternetIcon size={30} />
      <span>{KIND_LABELS[lang].internet}</span>
      <Handles />
    </div>
  );
});
