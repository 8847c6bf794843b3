// Ids and references: every id is used once in the document, and every reference names an
// existing resource of the right kind (an instance's `subnet` must be a subnet, not a VPC).
import { jsonPath } from "../diagnostics.ts";
import { resolveTarget } from "../routing.ts";
import { changedStretch, type Stretch, smallEditLimit } from "../same-items.ts";
import { COLLECTIONS, type Collection, definedEntries, type Topology } from "../schema.ts";
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

/** One pass of eachReference: the references of one list's items, each expecting one of `expects`. */
interface Section<C extends Collection = Collection> {
  collection: C;
  expects: readonly ResourceKind[];
  visit: (item: Exclude<Topology[C][number], { external: true }>, i: number, add: Visit) => void;
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
  single("subnets", "vpc", "vpc"),
  single("securityGroups", "vpc", "vpc"),
  section({
    collection: "instances",
    expects: ["subnet", "securityGroup"],
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
  const found = referencesFound(ctx.doc, ctx.index.kindById);
  const out: Finding[] = [];
  SECTIONS.forEach((s, k) => {
    for (const r of found[k] as BadReference[]) {
      const path = referencePath(s.collection, r.i, r.key, r.j, r.inner);
      out.push(badReference({ owner: r.owner, target: r.target, path, expected: r.expected }, r.actual));
    }
  });
  // A loop, not push(...): a spread of 100,000+ findings overflows the call stack.
  for (const f of routeTargetFindings(ctx)) out.push(f);
  return out;
}

/** A reference to no resource or to one of another kind, as found: what its finding is made from. */
interface BadReference {
  /** The place of the item in its list. */
  i: number;
  owner: string;
  target: string;
  expected: ResourceKind;
  key: string;
  j?: number | undefined;
  inner?: string | undefined;
  actual: ResourceKind | undefined;
}

/** What the bad references were last found in: the lists (by identity) and the kinds of ids. */
interface ReferencesSeen {
  lists: ReadonlyMap<Collection, readonly Item[]>;
  kindById: ReadonlyMap<string, ResourceKind>;
  /** Per section, in its order. */
  found: BadReference[][];
}

/**
 * The last answer: the next document, most often an edit of this one, is looked at again only
 * where the edit can change the answer (issue #14: all references were checked on every edit, ~15
 * ms at 10,000 instances). The answer is always the one a look at every reference gives.
 */
let seen: ReferencesSeen | undefined;

/** The bad references of `doc`, per section. */
function referencesFound(doc: Topology, kindById: ReadonlyMap<string, ResourceKind>): BadReference[][] {
  const lists = new Map<Collection, readonly Item[]>();
  for (const c of COLLECTIONS) lists.set(c, doc[c]);
  const look = (s: Section, from?: number, to?: number): BadReference[] => {
    const out: BadReference[] = [];
    const add: Visit = (owner, target, expected, _c, i, key, j, inner) => {
      const actual = kindById.get(target);
      if (actual !== expected) out.push({ i, owner, target, expected, key, j, inner, actual });
    };
    eachDefinedIn(listOf(doc, s), (item, i) => s.visit(item as never, i, add), from, to);
    return out;
  };
  const found = (seen && foundAfterEdit(seen, lists, kindById, look)) ?? SECTIONS.map((s) => look(s));
  seen = { lists, kindById, found };
  return found;
}

/**
 * The bad references after an edit of the lists `before` was found in, looking again only at the
 * items the edit changed, or at a whole section when an id changed kind (came, went) that its
 * references expect or that one of its bad references names. Undefined for a large edit.
 */
function foundAfterEdit(
  before: ReferencesSeen,
  lists: ReadonlyMap<Collection, readonly Item[]>,
  kindById: ReadonlyMap<string, ResourceKind>,
  look: (s: Section, from?: number, to?: number) => BadReference[],
): BadReference[][] | undefined {
  const stretches = new Map<Collection, Stretch<Item>>();
  /** Ids whose kind the edit changed, with the kind they had (undefined: no such id then). */
  const changed = new Map<string, ResourceKind | undefined>();
  const note = (id: string) => {
    const was = before.kindById.get(id);
    if (was !== kindById.get(id)) changed.set(id, was);
  };
  for (const c of COLLECTIONS) {
    const old = before.lists.get(c) ?? [];
    const now = lists.get(c) ?? [];
    if (old === now) continue;
    const stretch = changedStretch(old, now, smallEditLimit(now));
    if (!stretch) return undefined;
    stretches.set(c, stretch);
    for (const x of stretch.gone) note(x.id);
    for (const y of stretch.come) note(y.id);
  }
  return SECTIONS.map((s, k) => {
    const old = before.found[k] as BadReference[];
    for (const was of changed.values()) if (was !== undefined && s.expects.includes(was)) return look(s);
    for (const r of old) if (changed.has(r.target)) return look(s);
    const stretch = stretches.get(s.collection);
    if (!stretch) return old;
    const { head, gone, come } = stretch;
    const tailFrom = head + gone.length;
    const shift = come.length - gone.length;
    const out: BadReference[] = [];
    for (const r of old) if (r.i < head) out.push(r);
    for (const r of look(s, head, head + come.length)) out.push(r);
    for (const r of old) if (r.i >= tailFrom) out.push(shift === 0 ? r : { ...r, i: r.i + shift });
    return out;
  });
}

/** Forgets the last look, so the next one looks at every reference (tests compare the two). */
export function forgetReferencesSeen(): void {
  seen = undefined;
}
