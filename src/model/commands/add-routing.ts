// Commands that add format 2's routing resources from the palette: NAT gateways (a public one with
// its Elastic IP, as AWS requires at creation), route tables, network ACLs and Elastic IPs. Each
// picks the defaults a console user would expect; dropped on a subnet, a table or ACL is associated
// with it (a subnet has exactly one of each, so it leaves the one it had).

import { labelText } from "../kind-labels.ts";
import { INTERNET_DESTINATION, internetRoute, mainRouteTable } from "../routing.ts";
import { findDefined, type NetworkAcl, type RouteTable, type Topology } from "../schema.ts";
import { indexTopology } from "../topology-index.ts";
import { nextId } from "./ids.ts";
import { type CommandResult, done, notFound, refuse } from "./types.ts";

/**
 * A NAT gateway in the subnet; a public one (AWS's default) gets a new Elastic IP with it. Like the
 * console's VPC wizard, the private subnets' way out goes through it: when the VPC's main route
 * table has no route for 0.0.0.0/0 yet, it gets one to the new NAT gateway (the main table is
 * written down first if the document only had AWS's implicit one). Tables with their own
 * 0.0.0.0/0 route are left alone.
 */
export function addNatGateway(doc: Topology, args: { subnetId: string }): CommandResult {
  const subnet = findDefined(doc.subnets, args.subnetId);
  if (!subnet) return notFound("subnet", args.subnetId);
  const nat = { id: nextId(doc, "nat"), subnet: subnet.id, connectivity: "public" as const };
  const withNat = { ...doc, natGateways: [...doc.natGateways, nat] };
  const eip = { id: nextId(withNat, "eipalloc"), natGateway: nat.id };
  const withEip = { ...withNat, elasticIps: [...doc.elasticIps, eip] };
  const route = { destination: INTERNET_DESTINATION, target: nat.id };
  const main = mainRouteTable(indexTopology(doc), subnet.vpc);
  let routeTables = doc.routeTables;
  if (!main) {
    const table: RouteTable = { id: nextId(withEip, "rtb"), vpc: subnet.vpc, main: true, routes: [route] };
    routeTables = [...doc.routeTables, table];
  } else if (!internetRoute(main)) {
    routeTables = doc.routeTables.map((t) => (t === main ? { ...main, routes: [...main.routes, route] } : t));
  }
  return done({ ...withEip, routeTables }, nat.id);
}

/** Lists `subnetId` in `list[chosen]` only: a subnet is associated with one table (or ACL) at a time. */
function associateOnly<T extends { id: string; subnets?: string[] | undefined }>(
  list: readonly T[],
  chosenId: string,
  subnetId: string,
): T[] {
  return list.map((item) => {
    const subnets = item.subnets ?? [];
    if (item.id === chosenId)
      return subnets.includes(subnetId) ? item : { ...item, subnets: [...subnets, subnetId] };
    if (!subnets.includes(subnetId)) return item;
    return { ...item, subnets: subnets.filter((s) => s !== subnetId) };
  });
}

/** The VPC a route table or network ACL goes in, and the subnet it is dropped on (if any). */
function placeOf(
  doc: Topology,
  args: { vpcId: string } | { subnetId: string },
): { vpcId: string; subnetId?: string } | CommandResult {
  if ("subnetId" in args) {
    const subnet = findDefined(doc.subnets, args.subnetId);
    return subnet ? { vpcId: subnet.vpc, subnetId: subnet.id } : notFound("subnet", args.subnetId);
  }
  const vpc = findDefined(doc.vpcs, args.vpcId);
  return vpc ? { vpcId: vpc.id } : notFound("vpc", args.vpcId);
}

/**
 * A custom route table in the VPC with no routes besides the implicit local one. Dropped on a
 * subnet, the subnet is associated with it (and leaves its previous table).
 */
export function addRouteTable(doc: Topology, args: { vpcId: string } | { subnetId: string }): CommandResult {
  const place = placeOf(doc, args);
  if ("ok" in place) return place;
  const { vpcId, subnetId } = place;
  const table: RouteTable = { id: nextId(doc, "rtb"), vpc: vpcId, routes: [] };
  const routeTables = [...doc.routeTables, table];
  return done(
    {
      ...doc,
      routeTables: subnetId === undefined ? routeTables : associateOnly(routeTables, table.id, subnetId),
    },
    table.id,
  );
}

/** The rules of AWS's default network ACL: rule 100 allows all traffic (the * rule denies the rest). */
function allowAllRules(): NetworkAcl["ingress"] {
  return [{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" }];
}

/**
 * A network ACL in the VPC. AWS starts a custom ACL with nothing but its final deny rule; ec2viz
 * starts it with the default ACL's "allow all" at rule 100, so associating it cuts nothing off by
 * surprise and the rules are there to edit. Dropped on a subnet, it is associated with it.
 */
export function addNetworkAcl(doc: Topology, args: { vpcId: string } | { subnetId: string }): CommandResult {
  const place = placeOf(doc, args);
  if ("ok" in place) return place;
  const { vpcId, subnetId } = place;
  const acl: NetworkAcl = {
    id: nextId(doc, "acl"),
    vpc: vpcId,
    ingress: allowAllRules(),
    egress: allowAllRules(),
  };
  const networkAcls = [...doc.networkAcls, acl];
  return done(
    {
      ...doc,
      networkAcls: subnetId === undefined ? networkAcls : associateOnly(networkAcls, acl.id, subnetId),
    },
    acl.id,
  );
}

/**
 * A new Elastic IP associated with the instance or NAT gateway. One already there keeps its place:
 * the command refuses rather than silently moving addresses. A private NAT gateway takes none.
 */
export function addElasticIp(
  doc: Topology,
  args: { instanceId: string } | { natGatewayId: string },
): CommandResult {
  const targetId = "instanceId" in args ? args.instanceId : args.natGatewayId;
  if ("instanceId" in args) {
    if (!findDefined(doc.instances, targetId)) return notFound("instance", targetId);
  } else {
    const nat = findDefined(doc.natGateways, targetId);
    if (!nat) return notFound("natGateway", targetId);
    if (nat.connectivity === "private")
      return refuse("eip-private-nat", { nat: labelText(doc, "natGateway", nat.id) });
  }
  const existing = doc.elasticIps.find((e) => e.instance === targetId || e.natGateway === targetId);
  if (existing) {
    const kind = "instanceId" in args ? "instance" : "natGateway";
    return refuse("eip-already-associated", {
      target: labelText(doc, kind, targetId),
      eip: labelText(doc, "elasticIp", existing.id),
    });
  }
  const eip =
    "instanceId" in args
      ? { id: nextId(doc, "eipalloc"), instance: targetId }
      : { id: nextId(doc, "eipalloc"), natGateway: targetId };
  return done({ ...doc, elasticIps: [...doc.elasticIps, eip] }, eip.id);
}
