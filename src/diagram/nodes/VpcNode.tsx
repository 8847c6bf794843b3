import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { VpcIcon } from "../icons.tsx";
import { ContainerFrame } from "./ContainerFrame.tsx";

/** A VPC: purple, solid border; shows its CIDR block. */
export const VpcNode = memo(function VpcNode({ id, data, selected }: NodeProps<DiagramNode>) {
  return <ContainerFrame id={id} data={data} variant="vpc" icon={<VpcIcon />} selected={selected} />;
});
