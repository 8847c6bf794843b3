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

export function duplicateIds({ doc, index }: RuleContext): Finding[] {
  // The index keeps the first resource of each id: as many ids as resources means no repeat.
  let resources = 0;
  for (const collection of COLLECTIONS) resources += doc[collection].length;
  if (index.kindById.size === resources) return [];
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
 * Where a reference is written: `collection[i].key`, or `collection[i].key[j]`, or
 * `collection[i].key[j].inner`. Passed as plain values and made into a JSONPath only for a finding:
 * 100,000 instances have some 300,000 references, nearly all of them fine.
 */
type Visit = (
  owner: string,
  target: string,
  expected: ResourceKind,
  collection: Collection,
  i: number,
  key: string,
  j?: number,
  inner?: string,
) => void;

function referencePath(collection: Collection, i: number, key: string, j?: number, inner?: string): string {
  const parts: (string | number)[] = [collection, i, key];
  if (j !== undefined) parts.push(j);
  if (inner !== undefined) parts.push(inner);
  return jsonPath(parts);
}

/** Calls `visit` for every resource the document defines (not an external one), with its place. */
function eachDefined<T extends { external?: boolean | undefined }>(
  items: readonly T[],
  visit: (item: Exclude<T, { external: true }>, i: number) => void,
): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (item.external !== true) visit(item as Exclude<T, { external: true }>, i);
  }
}

/** Calls `add` with every reference of the document, in document order (route targets aside). */
export function eachReference({ doc }: Pick<RuleContext, "doc">, add: Visit): void {
  eachDefined(doc.vpcs, (v, i) => add(v.id, v.region, "region", "vpcs", i, "region"));
  eachDefined(doc.internetGateways, (g, i) => {
    if (g.vpc !== null) add(g.id, g.vpc, "vpc", "internetGateways", i, "vpc");
  });
  eachDefined(doc.subnets, (s, i) => add(s.id, s.vpc, "vpc", "subnets", i, "vpc"));
  eachDefined(doc.securityGroups, (g, i) => add(g.id, g.vpc, "vpc", "securityGroups", i, "vpc"));
  eachDefined(doc.instances, (inst, i) => {
    add(inst.id, inst.subnet, "subnet", "instances", i, "subnet");
    const groups = inst.securityGroups ?? [];
    for (let j = 0; j < groups.length; j++)
      add(inst.id, groups[j] as string, "securityGroup", "instances", i, "securityGroups", j);
  });
  eachDefined(doc.volumes, (vol, i) => {
    const attachments = vol.attachments ?? [];
    for (let j = 0; j < attachments.length; j++) {
      const a = attachments[j] as (typeof attachments)[number];
      add(vol.id, a.instance, "instance", "volumes", i, "attachments", j, "instance");
    }
  });
  // Format 2
  eachDefined(doc.securityGroups, (g, i) => {
    for (const direction of ["ingress", "egress"] as const) {
      for (const [j, rule] of (g[direction] ?? []).entries()) {
        if (rule.securityGroup !== undefined)
          add(g.id, rule.securityGroup, "securityGroup", "securityGroups", i, direction, j, "securityGroup");
      }
    }
  });
  eachDefined(doc.routeTables, (t, i) => {
    add(t.id, t.vpc, "vpc", "routeTables", i, "vpc");
    for (const [j, s] of (t.subnets ?? []).entries()) add(t.id, s, "subnet", "routeTables", i, "subnets", j);
  });
  eachDefined(doc.natGateways, (n, i) => add(n.id, n.subnet, "subnet", "natGateways", i, "subnet"));
  eachDefined(doc.elasticIps, (e, i) => {
    if (e.instance !== undefined) add(e.id, e.instance, "instance", "elasticIps", i, "instance");
    if (e.natGateway !== undefined) add(e.id, e.natGateway, "natGateway", "elasticIps", i, "natGateway");
  });
  eachDefined(doc.networkAcls, (a, i) => {
    add(a.id, a.vpc, "vpc", "networkAcls", i, "vpc");
    for (const [j, s] of (a.subnets ?? []).entries()) add(a.id, s, "subnet", "networkAcls", i, "subnets", j);
  });
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
  const { kindById } = ctx.index;
  eachReference(ctx, (owner, target, expected, collection, i, key, j, inner) => {
    const actual = kindById.get(target);
    if (actual === expected) return;
    const path = referencePath(collection, i, key, j, inner);
    out.push(badReference({ owner, target, path, expected }, actual));
  });
  // A loop, not push(...): a spread of 100,000+ findings overflows the call stack.
  for (const f of routeTargetFindings(ctx)) out.push(f);
  return out;
}
