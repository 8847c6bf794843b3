import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { ContainerFrame } from "./ContainerFrame.tsx";

/** An Availability Zone: teal, dashed border, no icon (as in AWS diagrams). */
export const ZoneNode = memo(function ZoneNode({ id, data, selected }: NodeProps<DiagramNode>) {
  return <ContainerFrame id={id} data={data} variant="az" selected={selected} />;
});
