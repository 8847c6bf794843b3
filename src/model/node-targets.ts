// What a diagram node id (what the canvas reports) means for editing: where a palette item dropped
// on it lands, and what the Delete button would delete; and a drop target back to the node to
// highlight. (The details panel reads node ids with explain/describe.ts parseDetailsTarget.)
import type { DeletableKind } from "./commands/delete.ts";
import { availabilityZoneNodeId, parseAvailabilityZoneNodeId } from "./node-ids.ts";
import type { ResourceKind, TopologyIndex } from "./topology-index.ts";

/** A diagram node under the pointer (or a selected container); null is the empty canvas. */
export type DropTarget =
  | { kind: ResourceKind; id: string }
  | { kind: "availabilityZone"; vpc: string; az: string }
  | null;

/** The container a palette item dropped on this diagram node lands in; null is the empty canvas. */
export function dropTargetOf(index: TopologyIndex, nodeId: string | null | undefined): DropTarget {
  if (!nodeId) return null;
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
