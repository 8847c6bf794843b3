import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { DiagramNode } from "../../layout/to-flow.ts";
import { SubnetIcon } from "../icons.tsx";
import { ContainerFrame } from "./ContainerFrame.tsx";
import { SubnetMarks } from "./SubnetMarks.tsx";

/** A subnet: green when public, teal when private; shows its CIDR block, route table and network ACL. */
export const SubnetNode = memo(function SubnetNode({ id, data, selected }: NodeProps<DiagramNode>) {
  return (
    <ContainerFrame
      id={id}
      data={data}
      variant={data.face.variant}
      icon={<SubnetIcon />}
      selected={selected}
      overlay={data.marks && !data.collapsed ? <SubnetMarks marks={data.marks} /> : undefined}
    />
  );
});
