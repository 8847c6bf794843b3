// Shapes shared by the layout pipeline: topology -> ELK graph -> positions -> React Flow.
// Everything here is plain data so a layout can cross the Web Worker boundary unchanged.
import type { ResourceKind } from "../model/topology-index.ts";

/**
 * The kinds of boxes drawn on the canvas: the model's resource kinds (src/model/topology-index.ts)
 * less those drawn inside another box (security groups are badges, route tables and network ACLs
 * marks on their subnets), plus the Availability Zone and the Internet, which are drawn but are not
 * records. Only Elastic IPs associated with nothing drawn get a box; the others sit on their
 * instance or NAT gateway.
 */
export type DiagramKind =
  | Exclude<ResourceKind, "securityGroup" | "routeTable" | "networkAcl">
  | "availabilityZone"
  | "internet";

export const CONTAINER_KINDS: readonly DiagramKind[] = ["region", "vpc", "availabilityZone", "subnet"];

export function isContainerKind(kind: DiagramKind): boolean {
  return CONTAINER_KINDS.includes(kind);
}

/** What the layout knows about each box besides its geometry. */
export interface NodeMeta {
  /** Unique diagram id (a resource id, or a synthetic id such as an AZ box). */
  id: string;
  kind: DiagramKind;
  /** Id of the topology resource drawn by this box (absent for AZ boxes and the Internet node). */
  resourceId?: string;
  /** Diagram id of the containing box, absent at the root. */
  parent?: string;
  /** AZ boxes: the zone name. */
  zone?: string;
  /** Volumes drawn next to an instance: that instance's diagram id. */
  besideOf?: string;
  /** A container drawn folded into a single box. */
  collapsed?: boolean;
  /** Folded containers: how many boxes they hide. */
  hiddenCount?: number;
  /** Folded containers: the boxes they hide, by kind ("3 instances · 2 subnets"). */
  held?: Partial<Record<DiagramKind, number>>;
  /** Folded containers: their own size, from their name and what they hold (see sizes.ts). */
  foldedSize?: { width: number; height: number };
  /**
   * Open VPCs with an internet gateway: how far the header's text reaches from the left edge (the
   * gateway sits on the VPC's top border, beside the text, never over it).
   */
  labelWidth?: number;
  /**
   * Open containers: the width their header's words need (kind, name, detail and, for one defined
   * outside the document, those words), within HEADER_WIDTH_MAX: the smallest box cut short names
   * ("Public subnet p…") and showed an external one's no name at all (see sizes.ts).
   */
  minWidth?: number;
  /** A resource marked `"external": true`: referred to, defined outside the document (drawn dashed). */
  external?: boolean;
}

/** `nat`: a private subnet's way out, from the subnet to the NAT gateway its route table names. */
export type EdgeKind = "internet" | "public" | "attach" | "nat";

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
}

export interface Point {
  x: number;
  y: number;
}

/** One positioned box. `x`/`y` are relative to the parent, `absX`/`absY` to the diagram. */
export interface PlacedNode extends NodeMeta {
  x: number;
  y: number;
  absX: number;
  absY: number;
  width: number;
  height: number;
}

export interface RoutedEdge extends LayoutEdge {
  /** Polyline in diagram coordinates, from source to target. */
  points: Point[];
}

export interface LayoutResult {
  /** Parents always come before their children. */
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  width: number;
  height: number;
}
