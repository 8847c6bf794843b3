import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { RegionIcon } from "../icons.tsx";
import { ContainerFrame } from "./ContainerFrame.tsx";

/** A Region: teal, dotted border; shows its code next to its name. */
export const RegionNode = memo(function RegionNode({ id, data, selected }: NodeProps<DiagramNode>) {
  return <ContainerFrame id={id} data={data} variant="region" icon={<RegionIcon />} selected={selected} />;
});
