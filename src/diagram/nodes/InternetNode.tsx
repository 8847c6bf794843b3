import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { KIND_LABELS } from "../../model/kind-labels.ts";
import { useDiagramActions } from "../context.ts";
import { InternetIcon } from "../icons.tsx";
import { Handles, nodeButtonProps, nodeClasses } from "./parts.tsx";

/** The public internet, outside every Region. */
export const InternetNode = memo(function InternetNode({ data, selected }: NodeProps<DiagramNode>) {
  const { lang, summaryOf } = useDiagramActions();
  const classes = nodeClasses(["ec2viz-internet"], {
    selected,
    highlighted: data.highlighted,
  });
  return (
    <>
      <div className={classes} {...nodeButtonProps(data.accessibleName, () => summaryOf?.(data.targetId))}>
        <InternetIcon size={30} />
        <span>{KIND_LABELS.internet[lang]}</span>
      </div>
      <Handles />
    </>
  );
});
