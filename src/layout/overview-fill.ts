// The overview map's colour for one box: its kind's, and for a subnet what the diagram draws it as
// (public, private, or routes unknown), so the map agrees with the canvas and its legend.
import { subnetLabelKind } from "../model/kind-labels.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import { OVERVIEW_FILL, OVERVIEW_SUBNET_FILL } from "./colours.ts";
import type { NodeMeta } from "./types.ts";

export function overviewFillOf(node: Pick<NodeMeta, "kind" | "resourceId">, index: TopologyIndex): string {
  if (node.kind !== "subnet") return OVERVIEW_FILL[node.kind];
  // As the canvas's box (to-flow.ts): the subnet the box draws, when the document has it.
  const subnet = node.resourceId === undefined ? undefined : index.subnets.get(node.resourceId);
  return OVERVIEW_SUBNET_FILL[subnetLabelKind(index, subnet)];
}
