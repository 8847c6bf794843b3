// Ids and references: every id is used once in the document, and every reference names an
// existing resource of the right kind (an instance's `subnet` must be a subnet, not a VPC).
import { jsonPath } from "../diagnostics.ts";
import { COLLECTIONS } from "../schema.ts";
import type { ResourceKind } from "../topology-index.ts";
import { type Finding, finding, type RuleContext } from "./types.ts";

export function duplicateIds({ doc }: RuleContext): Finding[] {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  for (const collection of COLLECTIONS) {
    doc[collection].forEach((item, i) => {
      const path = jsonPath([collection, i, "id"]);
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, path);
        return;
      }
      out.push(finding("duplicate-id", path, item.id, "duplicate-id", { id: item.id, path, first }));
    });
  }
  return out;
}

interface Reference {
  path: (string | number)[];
  owner: string;
  target: string;
  expected: ResourceKind;
  field: string;
}

function referencesOf({ doc }: RuleContext): Reference[] {
  const refs: Reference[] = [];
  const add = (path: (string | number)[], owner: string, target: string, expected: ResourceKind) => {
    refs.push({ path, owner, target, expected, field: String(path.at(-1)) });
  };
  for (const [i, v] of doc.vpcs.entries()) add(["vpcs", i, "region"], v.id, v.region, "region");
  for (const [i, g] of doc.internetGateways.entries()) {
    if (g.vpc !== null) add(["internetGateways", i, "vpc"], g.id, g.vpc, "vpc");
  }
  for (const [i, s] of doc.subnets.entries()) add(["subnets", i, "vpc"], s.id, s.vpc, "vpc");
  for (const [i, g] of doc.securityGroups.entries()) add(["securityGroups", i, "vpc"], g.id, g.vpc, "vpc");
  for (const [i, inst] of doc.instances.entries()) {
    add(["instances", i, "subnet"], inst.id, inst.subnet, "subnet");
    for (const [j, sg] of (inst.securityGroups ?? []).entries()) {
      add(["instances", i, "securityGroups", j], inst.id, sg, "securityGroup");
    }
  }
  for (const [i, vol] of doc.volumes.entries()) {
    for (const [j, a] of (vol.attachments ?? []).entries()) {
      add(["volumes", i, "attachments", j, "instance"], vol.id, a.instance, "instance");
    }
  }
  return refs;
}

export function unknownReferences(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const ref of referencesOf(ctx)) {
    const actual = ctx.index.kindById.get(ref.target);
    if (actual === ref.expected) continue;
    const path = jsonPath(ref.path);
    const base = { owner: ref.owner, target: ref.target, path, expected: ref.expected };
    out.push(
      actual === undefined
        ? finding("unknown-reference", path, ref.owner, "unknown-reference.missing", base)
        : finding("unknown-reference", path, ref.owner, "unknown-reference.kind", { ...base, actual }),
    );
  }
  return out;
}
