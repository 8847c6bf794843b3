// What AWS derives from route tables and network ACLs (format 2), in one place: which route table
// and which network ACL a subnet uses, where a route's target leads, and whether a subnet is public.
// A subnet is public because its route table (the explicitly associated one, else its VPC's main
// table) sends 0.0.0.0/0 to an internet gateway attached to the same VPC; nobody asserts it.
// Pure: every other module (rules, reachability, layout, export, palette) asks here.
import { tryCidr } from "./cidr.ts";
import { undrawnTargetPrefix } from "./document-basics.ts";
import type {
  NetworkAcl,
  Route,
  RouteTable,
  SecurityGroup,
  Subnet,
  Topology,
  UndrawnTargetPrefix,
} from "./schema.ts";
import { indexTopology, sharedIndex, type TopologyIndex } from "./topology-index.ts";

/** The route table a subnet uses: its explicit association (the first, if several), else its VPC's main table. */
export function routeTableOf(index: TopologyIndex, subnet: Subnet): RouteTable | undefined {
  const own = index.routeTablesBySubnet.get(subnet.id)?.[0];
  // A table outside the document that lists the subnet serves it instead of the main table.
  if (own !== undefined || index.externalTablesBySubnet.has(subnet.id)) return own;
  return mainRouteTable(index, subnet.vpc);
}

/**
 * The id of the route table outside the document that serves the subnet (its routes unknown): one
 * that lists it, else its VPC's main table when that is the outside one. Undefined when a table of
 * the document serves it, or none is known.
 */
export function outsideRouteTableOf(index: TopologyIndex, subnet: Subnet): string | undefined {
  if (index.routeTablesBySubnet.has(subnet.id)) return undefined;
  const listed = index.externalTablesBySubnet.get(subnet.id);
  if (listed !== undefined) return listed;
  return mainRouteTable(index, subnet.vpc) ? undefined : index.externalMainTables.get(subnet.vpc);
}

/**
 * The VPC's main route table (the first marked `main`). Undefined when the document has none: then
 * the VPC's main table is AWS's implicit one with only the local route.
 */
export function mainRouteTable(index: TopologyIndex, vpcId: string): RouteTable | undefined {
  return index.routeTablesByVpc.get(vpcId)?.find((t) => t.main === true);
}

/**
 * The network ACL a subnet uses: the one that lists it (the first, if several), else its VPC's
 * default ACL. Undefined means AWS's default ACL, which allows all traffic both ways.
 */
export function networkAclOf(index: TopologyIndex, subnet: Subnet): NetworkAcl | undefined {
  return index.networkAclsBySubnet.get(subnet.id)?.[0] ?? defaultNetworkAcl(index, subnet.vpc);
}

/** The VPC's default network ACL in the document, if written (else AWS's allow-all default applies). */
export function defaultNetworkAcl(index: TopologyIndex, vpcId: string): NetworkAcl | undefined {
  return index.networkAclsByVpc.get(vpcId)?.find((a) => a.default === true);
}

/**
 * The VPC's default security group in the document (`default: true`, defined here, not external), if
 * written; else an instance that lists no group is judged by AWS's default rules.
 */
export function defaultSecurityGroup(index: TopologyIndex, vpcId: string): SecurityGroup | undefined {
  return index.securityGroupsByVpc
    .get(vpcId)
    ?.find((g) => g.default === true && index.securityGroups.get(g.id) === g);
}

/** Where a route's `target` leads. */
export type RouteTarget =
  | { kind: "internetGateway"; id: string; external: boolean }
  | { kind: "natGateway"; id: string; external: boolean }
  | { kind: "instance"; id: string; external: boolean }
  /** An AWS target ec2viz doesn't draw (vgw-, tgw-, pcx-…): kept, never a way to the internet. */
  | { kind: "undrawn"; id: string; prefix: UndrawnTargetPrefix }
  /** Not in the document and not an undrawn kind: an unknown reference (reported by the rules). */
  | { kind: "unknown"; id: string };

export function resolveTarget(index: TopologyIndex, target: string): RouteTarget {
  const kind = index.kindById.get(target);
  const external = index.external.has(target);
  if (kind === "internetGateway" || kind === "natGateway" || kind === "instance") {
    return { kind, id: target, external };
  }
  if (kind === undefined) {
    const prefix = undrawnTargetPrefix(target);
    if (prefix !== undefined) return { kind: "undrawn", id: target, prefix };
  }
  return { kind: "unknown", id: target };
}

export const INTERNET_DESTINATION = "0.0.0.0/0";

/** The table's route for the whole internet (0.0.0.0/0), the first if written twice. */
export function internetRoute(table: RouteTable | undefined): Route | undefined {
  return table?.routes.find((r) => tryCidr(r.destination)?.prefix === 0);
}

/** The internet gateway a subnet's 0.0.0.0/0 route names (attached or not), with the table and route. */
export function internetGatewayRouteOf(
  index: TopologyIndex,
  subnet: Subnet,
): { table: RouteTable; route: Route; gateway: string } | undefined {
  const table = routeTableOf(index, subnet);
  const route = internetRoute(table);
  if (!table || !route) return undefined;
  return resolveTarget(index, route.target).kind === "internetGateway"
    ? { table, route, gateway: route.target }
    : undefined;
}

/**
 * The VPC an internet gateway is attached to: the one a defined gateway names (null: detached), or
 * the one an external gateway records. Undefined when unknown (an external gateway that records
 * none, or no gateway with this id).
 */
export function gatewayVpcOf(index: TopologyIndex, gatewayId: string): string | null | undefined {
  const defined = index.internetGateways.get(gatewayId);
  return defined ? defined.vpc : index.externalGatewayVpcs.get(gatewayId);
}

/** Ids of the internet gateways attached to a VPC: the defined ones, then external ones that record it. */
export function gatewaysOfVpc(index: TopologyIndex, vpcId: string): string[] {
  const ids = (index.gatewaysByVpc.get(vpcId) ?? []).map((g) => g.id);
  for (const [id, vpc] of index.externalGatewayVpcs) if (vpc === vpcId) ids.push(id);
  return ids;
}

/** The internet gateway attached to a VPC (several is an error the rules report; the first is taken). */
export function gatewayOfVpc(index: TopologyIndex, vpcId: string): string | undefined {
  return gatewaysOfVpc(index, vpcId)[0];
}

/**
 * Whether an internet gateway is attached to the VPC is unknown: no gateway of the document is
 * attached to it, and the VPC is outside the document or says its gateways are undescribed
 * (`internetGatewayUnknown`: an AWS CLI import without describe-internet-gateways output, which
 * describe-vpcs alone doesn't tell). Not "no": the VPC may well have one.
 */
export function vpcGatewayUnknown(index: TopologyIndex, vpcId: string): boolean {
  if (gatewayOfVpc(index, vpcId) !== undefined) return false;
  return index.external.has(vpcId) || index.vpcs.get(vpcId)?.internetGatewayUnknown === true;
}

/**
 * Public: the subnet's route table sends 0.0.0.0/0 to an internet gateway attached to the subnet's
 * own VPC. An external gateway counts when it records that VPC; one that records none has an
 * unknown attachment and doesn't make a subnet public.
 */
export function isSubnetPublic(index: TopologyIndex, subnet: Subnet): boolean {
  const route = internetGatewayRouteOf(index, subnet);
  if (!route) return false;
  return gatewayVpcOf(index, route.gateway) === subnet.vpc;
}

/**
 * Whether the subnet is public is unknown: the route table that serves it, which would decide, is
 * outside the document (an external table: its routes are unknown), or no table of the document
 * serves it (no association of its own, no main table of its VPC) and its VPC is outside the
 * document, so the main table it uses is outside it too. (A VPC the document defines without a main
 * table has AWS's implicit one, local route only: its subnets are private.)
 */
export function subnetRoutesUnknown(index: TopologyIndex, subnet: Subnet): boolean {
  if (outsideRouteTableOf(index, subnet) !== undefined) return true;
  return index.external.has(subnet.vpc) && routeTableOf(index, subnet) === undefined;
}

/** Ids of the public subnets of a document (one pass; for callers without an index). */
export function publicSubnetIds(doc: Topology, index: TopologyIndex = indexTopology(doc)): Set<string> {
  const out = new Set<string>();
  for (const subnet of index.subnets.values()) if (isSubnetPublic(index, subnet)) out.add(subnet.id);
  return out;
}

/**
 * Whether the subnet with this id is public, by a plain look-up. The index is the document's shared
 * one (documents are never changed in place): a palette drop of an instance asked this on every
 * place the drag tried and on the drop, and each built an index of the whole document (~30-50 ms
 * at 10,000 instances) that the canvas already had.
 */
export function isSubnetIdPublic(doc: Topology, subnetId: string): boolean {
  const index = sharedIndex(doc);
  const subnet = index.subnets.get(subnetId);
  return subnet !== undefined && isSubnetPublic(index, subnet);
}
