// Ids and references: every id is used once in the document, and every reference names an
// existing resource of the right kind (an instance's `subnet` must be a subnet, not a VPC).
import { jsonPath } from "../diagnostics.ts";
import { resolveTarget } from "../routing.ts";
import { COLLECTIONS, type Collection, definedEntries } from "../schema.ts";
import type { ResourceKind } from "../topology-index.ts";
import { type Finding, finding, type RuleContext } from "./types.ts";

/** A reference to no resource (`actual` undefined), or to one of another kind. */
function badReference(
  params: { owner: string; target: string; path: string; expected: string },
  actual: ResourceKind | undefined,
): Finding {
  const { path, owner } = params;
  return actual === undefined
    ? finding({ messageId: "unknown-reference.missing", path, resource: owner, params })
    : finding({ messageId: "unknown-reference.kind", path, resource: owner, params: { ...params, actual } });
}

export function duplicateIds({ doc }: RuleContext): Finding[] {
  // Where each id was first seen; the JSONPath is written only for a finding (100,000 ids, few repeats).
  const seen = new Map<string, { collection: Collection; i: number }>();
  const out: Finding[] = [];
  for (const collection of COLLECTIONS) {
    doc[collection].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, { collection, i });
        return;
      }
      const path = jsonPath([collection, i, "id"]);
      const params = { id: item.id, path, first: jsonPath([first.collection, first.i, "id"]) };
      out.push(finding({ messageId: "duplicate-id", path, resource: item.id, params }));
    });
  }
  return out;
}

/**
 * Calls `add` with every reference of the document, in document order: its path (as parts, made
 * into a JSONPath only for a finding), owner, target and the kind it must name.
 */
function eachReference(
  { doc }: RuleContext,
  add: (path: (string | number)[], owner: string, target: string, expected: ResourceKind) => void,
): void {
  for (const [i, v] of definedEntries(doc.vpcs)) add(["vpcs", i, "region"], v.id, v.region, "region");
  for (const [i, g] of definedEntries(doc.internetGateways)) {
    if (g.vpc !== null) add(["internetGateways", i, "vpc"], g.id, g.vpc, "vpc");
  }
  for (const [i, s] of definedEntries(doc.subnets)) add(["subnets", i, "vpc"], s.id, s.vpc, "vpc");
  for (const [i, g] of definedEntries(doc.securityGroups))
    add(["securityGroups", i, "vpc"], g.id, g.vpc, "vpc");
  for (const [i, inst] of definedEntries(doc.instances)) {
    add(["instances", i, "subnet"], inst.id, inst.subnet, "subnet");
    for (const [j, sg] of (inst.securityGroups ?? []).entries()) {
      add(["instances", i, "securityGroups", j], inst.id, sg, "securityGroup");
    }
  }
  for (const [i, vol] of definedEntries(doc.volumes)) {
    for (const [j, a] of (vol.attachments ?? []).entries()) {
      add(["volumes", i, "attachments", j, "instance"], vol.id, a.instance, "instance");
    }
  }
  // Format 2
  for (const [i, g] of definedEntries(doc.securityGroups)) {
    for (const direction of ["ingress", "egress"] as const) {
      for (const [j, rule] of (g[direction] ?? []).entries()) {
        if (rule.securityGroup !== undefined) {
          add(
            ["securityGroups", i, direction, j, "securityGroup"],
            g.id,
            rule.securityGroup,
            "securityGroup",
          );
        }
      }
    }
  }
  for (const [i, t] of definedEntries(doc.routeTables)) {
    add(["routeTables", i, "vpc"], t.id, t.vpc, "vpc");
    for (const [j, s] of (t.subnets ?? []).entries())
      add(["routeTables", i, "subnets", j], t.id, s, "subnet");
  }
  for (const [i, n] of definedEntries(doc.natGateways))
    add(["natGateways", i, "subnet"], n.id, n.subnet, "subnet");
  for (const [i, e] of definedEntries(doc.elasticIps)) {
    if (e.instance !== undefined) add(["elasticIps", i, "instance"], e.id, e.instance, "instance");
    if (e.natGateway !== undefined) add(["elasticIps", i, "natGateway"], e.id, e.natGateway, "natGateway");
  }
  for (const [i, a] of definedEntries(doc.networkAcls)) {
    add(["networkAcls", i, "vpc"], a.id, a.vpc, "vpc");
    for (const [j, s] of (a.subnets ?? []).entries())
      add(["networkAcls", i, "subnets", j], a.id, s, "subnet");
  }
}

/** Route targets: a drawn gateway, NAT gateway or instance, or the AWS id of an undrawn kind. */
function routeTargetFindings(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, t] of definedEntries(ctx.doc.routeTables)) {
    for (const [j, route] of t.routes.entries()) {
      if (resolveTarget(ctx.index, route.target).kind !== "unknown") continue;
      const path = jsonPath(["routeTables", i, "routes", j, "target"]);
      const actual = ctx.index.kindById.get(route.target);
      out.push(badReference({ owner: t.id, target: route.target, path, expected: "routeTarget" }, actual));
    }
  }
  return out;
}

export function unknownReferences(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  eachReference(ctx, (parts, owner, target, expected) => {
    const actual = ctx.index.kindById.get(target);
    if (actual === expected) return;
    out.push(badReference({ owner, target, path: jsonPath(parts), expected }, actual));
  });
  // A loop, not push(...): a spread of 100,000+ findings overflows the call stack.
  for (const f of routeTargetFindings(ctx)) out.push(f);
  return out;
}
