// Format-2 rules on route tables and network ACLs (Amazon VPC User Guide, "Route tables" and
// "Network ACLs"): one route per destination, one main table per VPC, one route table and one
// network ACL per subnet, ACL rule numbers 1 to 32766 used once per direction, subnets and targets
// of a table's own VPC, and no route to a detached gateway.

import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import { type RouteTarget, resolveTarget } from "../routing.ts";
import { ACL_RULE_NUMBERS, definedEntries, type Route } from "../schema.ts";
import type { TopologyIndex } from "../topology-index.ts";
import { publicWithoutGateway } from "./network.ts";
import { secondInVpc } from "./second-in-vpc.ts";
import { about, type Finding, finding, type RuleContext } from "./types.ts";

export function duplicateRoutes({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, t] of definedEntries(doc.routeTables)) {
    const seen = new Set<string>();
    for (const [j, route] of t.routes.entries()) {
      if (!seen.has(route.destination)) {
        seen.add(route.destination);
        continue;
      }
      out.push(
        finding({
          messageId: "route-duplicate",
          path: jsonPath(["routeTables", i, "routes", j, "destination"]),
          resource: t.id,
          params: { who: displayName(t), destination: route.destination },
        }),
      );
    }
  }
  return out;
}

export function mainRouteTables({ doc }: RuleContext): Finding[] {
  return secondInVpc(
    definedEntries(doc.routeTables),
    (t) => t.main === true,
    { collection: "routeTables", key: "main" },
    "route-table-main-multiple",
  );
}

/**
 * A VPC comes with exactly one default network ACL, which every subnet without an ACL of its own uses
 * (VPC User Guide, "Default network ACL for your VPC"); AWS can't make a second one.
 */
export function defaultNetworkAcls({ doc }: RuleContext): Finding[] {
  return secondInVpc(
    definedEntries(doc.networkAcls),
    (a) => a.default === true,
    { collection: "networkAcls", key: "default" },
    "acl-default-multiple",
  );
}

/** A subnet listed by a second route table (or a second network ACL): reported where it is listed again. */
export function subnetAssociations({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const lists = [
    { kind: "routeTable" as const, key: "routeTables" as const, items: definedEntries(doc.routeTables) },
    { kind: "networkAcl" as const, key: "networkAcls" as const, items: definedEntries(doc.networkAcls) },
  ];
  for (const { kind, key, items } of lists) {
    const owner = new Map<string, string>();
    for (const [i, holder] of items) {
      for (const [j, subnet] of (holder.subnets ?? []).entries()) {
        const first = owner.get(subnet);
        if (first === undefined) {
          owner.set(subnet, displayName(holder));
          continue;
        }
        if (first === displayName(holder)) continue;
        out.push(
          finding({
            messageId: "subnet-association-multiple",
            path: jsonPath([key, i, "subnets", j]),
            resource: subnet,
            params: { who: subnet, kind, first, second: displayName(holder) },
          }),
        );
      }
    }
  }
  return out;
}

export function aclRuleNumbers({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, acl] of definedEntries(doc.networkAcls)) {
    for (const direction of ["ingress", "egress"] as const) {
      const seen = new Set<number>();
      for (const [j, rule] of acl[direction].entries()) {
        const n = rule.ruleNumber;
        const outOfRange = n < ACL_RULE_NUMBERS.min || n > ACL_RULE_NUMBERS.max;
        const duplicate = seen.has(n);
        seen.add(n);
        if (!outOfRange && !duplicate) continue;
        out.push(
          finding({
            messageId: "acl-rule-number",
            path: jsonPath(["networkAcls", i, direction, j, "ruleNumber"]),
            resource: acl.id,
            params: { who: displayName(acl), direction, number: n, duplicate: !outOfRange },
          }),
        );
      }
    }
  }
  return out;
}

/** The VPC a drawn route target belongs to, when the document knows it (undefined: unknown or detached). */
function vpcOfTarget(index: TopologyIndex, target: RouteTarget): string | undefined {
  if (target.kind === "internetGateway") return index.internetGateways.get(target.id)?.vpc ?? undefined;
  const subnet =
    target.kind === "natGateway"
      ? index.natGateways.get(target.id)?.subnet
      : target.kind === "instance"
        ? index.instances.get(target.id)?.subnet
        : undefined;
  return subnet === undefined ? undefined : index.subnets.get(subnet)?.vpc;
}

/** A table's associated subnet, or a route's gateway / NAT gateway / instance, in another VPC. */
export function routeTableVpcs({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, t] of definedEntries(doc.routeTables)) {
    if (index.kindById.get(t.vpc) !== "vpc") continue; // unknown-reference says so
    for (const [j, id] of (t.subnets ?? []).entries()) {
      const subnet = index.subnets.get(id);
      if (!subnet || subnet.vpc === t.vpc) continue;
      out.push(
        about(
          finding({
            messageId: "route-table-other-vpc.subnet",
            path: jsonPath(["routeTables", i, "subnets", j]),
            resource: t.id,
            params: { who: displayName(t), vpc: t.vpc, subnet: displayName(subnet), otherVpc: subnet.vpc },
          }),
          subnet.id,
        ),
      );
    }
    for (const [j, route] of t.routes.entries()) {
      const target = resolveTarget(index, route.target);
      if (target.kind === "undrawn" || target.kind === "unknown" || target.external) continue;
      const vpc = vpcOfTarget(index, target);
      if (vpc === undefined || vpc === t.vpc) continue;
      out.push(
        about(
          finding({
            messageId: "route-table-other-vpc.target",
            path: jsonPath(["routeTables", i, "routes", j, "target"]),
            resource: t.id,
            params: {
              who: displayName(t),
              vpc: t.vpc,
              target: route.target,
              kind: target.kind,
              otherVpc: vpc,
            },
          }),
          target.id,
        ),
      );
    }
  }
  return out;
}

/**
 * A route to an internet gateway attached to no VPC: AWS keeps it as a blackhole and drops the
 * traffic. The internet route of a subnet whose VPC has no gateway is public-subnet-no-igw's.
 */
export function blackholeRoutes({ doc, index }: RuleContext): Finding[] {
  const reported = new Set<Route>();
  for (const s of index.subnets.values()) {
    const covered = publicWithoutGateway(index, s);
    if (covered) reported.add(covered.route);
  }
  const out: Finding[] = [];
  for (const [i, t] of definedEntries(doc.routeTables)) {
    for (const [j, route] of t.routes.entries()) {
      const gateway = index.internetGateways.get(route.target);
      if (!gateway || gateway.vpc !== null || reported.has(route)) continue;
      out.push(
        about(
          finding({
            messageId: "route-blackhole",
            path: jsonPath(["routeTables", i, "routes", j, "target"]),
            resource: t.id,
            params: {
              who: displayName(t),
              destination: route.destination,
              gateway: displayName(gateway),
              vpc: t.vpc,
            },
          }),
          gateway.id,
        ),
      );
    }
  }
  return out;
}
