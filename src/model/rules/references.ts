// Ids and references: every id is used once in the document, and every reference names an
// existing resource of the right kind (an instance's `subnet` must be a subnet, not a VPC).
import { jsonPath } from "../diagnostics.ts";
import { resolveTarget } from "../routing.ts";
import { COLLECTIONS, type Collection, type Topology } from "../schema.ts";
import type { ResourceKind, TopologyIndex } from "../topology-index.ts";
import {
  type ItemSection,
  instancesOfSubnet,
  itemRule,
  itemSection,
  volumesOfInstance,
} from "./item-rules.ts";
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

/** One pass of eachReference: the references of one list's items, each expecting one of `expects`. */
interface Section<C extends Collection = Collection> {
  collection: C;
  expects: readonly ResourceKind[];
  visit: (item: Exclude<Topology[C][number], { external: true }>, i: number, add: Visit) => void;
  /**
   * Per kind expected, the items that name an id (the index's lists by the id they name): after an
   * edit that took that kind from the id, only they are checked again. A kind not here: all are.
   */
  namers?: Partial<Record<ResourceKind, (id: string, index: TopologyIndex) => Iterable<Item>>>;
}

const section = <C extends Collection>(s: Section<C>): Section => s as unknown as Section;

/** A pass over a list whose items each name one resource, of one kind, in one field. */
const single = <C extends Collection>(
  collection: C,
  key: keyof Exclude<Topology[C][number], { external: true }> & string,
  expected: ResourceKind,
): Section =>
  section({
    collection,
    expects: [expected],
    visit: (item, i, add) => add(item.id, item[key] as string, expected, collection, i, key),
  });

/** A pass over route tables or network ACLs: each names its VPC and the subnets it is associated with. */
const ofVpcForSubnets = (collection: "routeTables" | "networkAcls"): Section =>
  section({
    collection,
    expects: ["vpc", "subnet"],
    visit: (t, i, add) => {
      add(t.id, t.vpc, "vpc", collection, i, "vpc");
      for (const [j, s] of (t.subnets ?? []).entries()) add(t.id, s, "subnet", collection, i, "subnets", j);
    },
  });

/** The passes of eachReference, in document order. */
const SECTIONS: readonly Section[] = [
  single("vpcs", "region", "region"),
  section({
    collection: "internetGateways",
    expects: ["vpc"],
    visit: (g, i, add) => {
      if (g.vpc !== null) add(g.id, g.vpc, "vpc", "internetGateways", i, "vpc");
    },
  }),
  { ...single("subnets", "vpc", "vpc"), namers: { vpc: (id, index) => index.subnetsByVpc.get(id) ?? [] } },
  {
    ...single("securityGroups", "vpc", "vpc"),
    namers: { vpc: (id, index) => index.securityGroupsByVpc.get(id) ?? [] },
  },
  section({
    collection: "instances",
    expects: ["subnet", "securityGroup"],
    namers: { subnet: (id, index) => instancesOfSubnet({ id }, index) },
    visit: (inst, i, add) => {
      add(inst.id, inst.subnet, "subnet", "instances", i, "subnet");
      const groups = inst.securityGroups ?? [];
      for (let j = 0; j < groups.length; j++)
        add(inst.id, groups[j] as string, "securityGroup", "instances", i, "securityGroups", j);
    },
  }),
  section({
    collection: "volumes",
    expects: ["instance"],
    namers: { instance: (id, index) => volumesOfInstance({ id }, index) },
    visit: (vol, i, add) => {
      const attachments = vol.attachments ?? [];
      for (let j = 0; j < attachments.length; j++) {
        const a = attachments[j] as (typeof attachments)[number];
        add(vol.id, a.instance, "instance", "volumes", i, "attachments", j, "instance");
      }
    },
  }),
  // Format 2
  section({
    collection: "securityGroups",
    expects: ["securityGroup"],
    visit: (g, i, add) => {
      for (const direction of ["ingress", "egress"] as const) {
        for (const [j, rule] of (g[direction] ?? []).entries()) {
          if (rule.securityGroup !== undefined)
            add(
              g.id,
              rule.securityGroup,
              "securityGroup",
              "securityGroups",
              i,
              direction,
              j,
              "securityGroup",
            );
        }
      }
    },
  }),
  ofVpcForSubnets("routeTables"),
  single("natGateways", "subnet", "subnet"),
  section({
    collection: "elasticIps",
    expects: ["instance", "natGateway"],
    visit: (e, i, add) => {
      if (e.instance !== undefined) add(e.id, e.instance, "instance", "elasticIps", i, "instance");
      if (e.natGateway !== undefined) add(e.id, e.natGateway, "natGateway", "elasticIps", i, "natGateway");
    },
  }),
  ofVpcForSubnets("networkAcls"),
];

/** Calls `visit` for the items of `items` from `from` up to `to` that the document defines, with their place. */
function eachDefinedIn<T extends { external?: boolean | undefined }>(
  items: readonly T[],
  visit: (item: Exclude<T, { external: true }>, i: number) => void,
  from = 0,
  to = items.length,
): void {
  for (let i = from; i < to; i++) {
    const item = items[i] as T;
    if (item.external !== true) visit(item as Exclude<T, { external: true }>, i);
  }
}

type Item = { id: string; external?: boolean | undefined };
const listOf = (doc: Topology, s: Section): readonly Item[] => doc[s.collection];

/** Calls `add` with every reference of the document, in document order (route targets aside). */
export function eachReference({ doc }: Pick<RuleContext, "doc">, add: Visit): void {
  for (const s of SECTIONS) eachDefinedIn(listOf(doc, s), (item, i) => s.visit(item as never, i, add));
}

/**
 * What a section's items answer after an edit that changed the resource `x`: nothing new unless the
 * kind of its id changed (a reference's answer reads only that). Then the items naming it, where
 * the section can find them, when they expected the kind it had (a good reference may turn bad);
 * those with a bad reference to it are checked again anyway (`names`).
 */
const namersOf =
  (s: Section) =>
  (x: Item, index: TopologyIndex, before: () => TopologyIndex): Iterable<Item> | "whole" => {
    const was = before().kindById.get(x.id);
    if (was === index.kindById.get(x.id) || was === undefined || !s.expects.includes(was)) return [];
    return s.namers?.[was]?.(x.id, index) ?? "whole";
  };

/** Every list, read through the kinds of the ids in it (an id of any list may be named). */
const everyList = <U>(use: U) => Object.fromEntries(COLLECTIONS.map((c) => [c, use]));

const targetOf = (f: Finding) => (f.params as { target?: string }).target;

/** The item rule of one section: its items' references to no resource or one of another kind. */
const referenceSection = (s: Section): ItemSection =>
  itemSection({
    list: s.collection,
    uses: everyList(namersOf(s)),
    names: targetOf,
    check: (item, i, { index }, out) => {
      s.visit(item as never, i, (owner, target, expected, collection, at, key, j, inner) => {
        const actual = index.kindById.get(target);
        if (actual === expected) return;
        const path = referencePath(collection, at, key, j, inner);
        out.push(badReference({ owner, target, path, expected }, actual));
      });
    },
  });

/**
 * Route targets: a drawn gateway, NAT gateway or instance, or the AWS id of an undrawn kind. Route
 * tables are few: all are checked again when an id changed kind.
 */
const routeTargets = itemSection({
  list: "routeTables",
  uses: everyList((x: Item, index: TopologyIndex, before: () => TopologyIndex) =>
    before().kindById.get(x.id) === index.kindById.get(x.id) ? [] : ("whole" as const),
  ),
  names: targetOf,
  check: (t, i, { index }, out) => {
    for (const [j, route] of t.routes.entries()) {
      if (resolveTarget(index, route.target).kind !== "unknown") continue;
      const path = jsonPath(["routeTables", i, "routes", j, "target"]);
      const actual = index.kindById.get(route.target);
      out.push(badReference({ owner: t.id, target: route.target, path, expected: "routeTarget" }, actual));
    }
  },
});

/**
 * Every reference names an existing resource of the kind it expects. After an edit, only the
 * references of the items it changed and those naming an id whose kind it changed are looked at
 * again (issue #14: all ~300,000 references of 100,000 instances were, on every edit).
 */
export const unknownReferences = itemRule(...SECTIONS.map(referenceSection), routeTargets);
