// Turns a diagram node id (what the canvas reports) into what the other parts of the app need:
// the palette's drop target, the details panel's target, the kind of thing to delete.
import type { DropTarget } from "../diagram/palette/drop.ts";
import type { DetailsTarget } from "../explain/describe.ts";
import type { DeletableKind } from "../model/commands/index.ts";
import { availabilityZoneNodeId, INTERNET_NODE_ID, parseAvailabilityZoneNodeId } from "../model/node-ids.ts";
import type { TopologyIndex } from "../model/topology-index.ts";

export function detailsTargetOf(index: TopologyIndex, nodeId: string): DetailsTarget | undefined {
  if (index.kindById.has(nodeId)) return { kind: "resource", id: nodeId };
  if (nodeId === INTERNET_NODE_ID) return { kind: "internet" };
  const zone = parseAvailabilityZoneNodeId(nodeId);
  if (zone && index.vpcs.has(zone.owner)) return { kind: "availabilityZone", vpc: zone.owner, az: zone.zone };
  return undefined;
}

/** The container a palette item dropped on this node lands in; null is the empty canvas. */
export function dropTargetOf(index: TopologyIndex, nodeId: string | null): DropTarget {
  if (nodeId === null) return null;
  const kind = index.kindById.get(nodeId);
  if (kind) return { kind, id: nodeId };
  const zone = parseAvailabilityZoneNodeId(nodeId);
  if (zone && index.vpcs.has(zone.owner)) return { kind: "availabilityZone", vpc: zone.owner, az: zone.zone };
  if (zone && index.regions.has(zone.owner)) return { kind: "region", id: zone.owner };
  return null;
}

/** What the Delete button would delete for this selection, or undefined when nothing can be. */
export function deletableOf(
  index: TopologyIndex,
  nodeId: string | null,
): { kind: DeletableKind; id: string } | undefined {
  if (nodeId === null) return undefined;
  const kind = index.kindById.get(nodeId);
  if (kind) return { kind, id: nodeId };
  const zone = parseAvailabilityZoneNodeId(nodeId);
  // Zones belong to the Region in the file, so deleting the box removes the zone name itself.
  if (zone && index.vpcs.has(zone.owner)) return { kind: "availabilityZone", id: zone.zone };
  return undefined;
}

/** The diagram node id of a drop target (an AZ target is the zone's box inside its VPC). */
export function diagramIdOf(target: Exclude<DropTarget, null>): string {
  return target.kind === "availabilityZone" ? availabilityZoneNodeId(target.vpc, target.az) : target.id;
}
