// Deleting a resource and what goes with it. The cascade follows the diagram's nesting, because
// that is what users see: deleting a box deletes what is drawn inside it. Things outside the box
// that merely referred to it are kept and repaired (a volume shared with a surviving instance is
// detached, a deleted group is unassigned, a subnet that loses its gateway becomes private).
// Format 2: a VPC's route tables and network ACLs go with it, a subnet's NAT gateways with the
// subnet; associations with deleted subnets are dropped, routes to a deleted gateway, NAT gateway
// or instance are removed, and Elastic IPs of deleted instances or NAT gateways are disassociated.
import { type StringKey, t } from "../../i18n/strings.ts";
import type { Lang } from "../../i18n/text.ts";
import { kindLabel, labelText, resourceKindText, resourceLabel } from "../kind-labels.ts";
import { publicSubnetIds } from "../routing.ts";
import { sameItems } from "../same-items.ts";
import { definedOnly, type ElasticIp, isExternal, type Topology } from "../schema.ts";
import { COLLECTION_OF_KIND, type ResourceKind } from "../topology-index.ts";
import { type CommandResult, done, refuse } from "./types.ts";

export type DeletableKind = ResourceKind | "availabilityZone";

type CascadeEffect = "deleted" | "detached" | "unassigned" | "made-private";

interface CascadeEntry {
  kind: ResourceKind;
  id: string;
  effect: CascadeEffect;
}

interface Plan {
  deleted: Record<ResourceKind, Set<string>>;
  /** AZ removed from its Region's list, when deleting an AZ. */
  zone?: { region: string; az: string };
  entries: CascadeEntry[];
}

function emptySets(): Record<ResourceKind, Set<string>> {
  return {
    region: new Set(),
    vpc: new Set(),
    internetGateway: new Set(),
    subnet: new Set(),
    securityGroup: new Set(),
    instance: new Set(),
    volume: new Set(),
    routeTable: new Set(),
    natGateway: new Set(),
    elasticIp: new Set(),
    networkAcl: new Set(),
  };
}

function exists(doc: Topology, kind: DeletableKind, id: string): boolean {
  if (kind === "availabilityZone") {
    return definedOnly(doc.regions).some((r) => r.availabilityZones.includes(id));
  }
  const list = doc[COLLECTION_OF_KIND[kind]] as readonly { id: string }[];
  return list.some((r) => r.id === id);
}

function plan(doc: Topology, kind: DeletableKind, id: string): Plan {
  const d = emptySets();
  let zone: Plan["zone"];
  const regions = definedOnly(doc.regions);
  const vpcs = definedOnly(doc.vpcs);
  const gateways = definedOnly(doc.internetGateways);
  const subnets = definedOnly(doc.subnets);
  const instances = definedOnly(doc.instances);
  if (kind === "availabilityZone") {
    const region = regions.find((r) => r.availabilityZones.includes(id));
    if (region) zone = { region: region.id, az: id };
  } else d[kind].add(id);
  const regionOfVpc = new Map(vpcs.map((v) => [v.id, v.region]));
  const zones = new Set<string>(zone ? [zone.az] : []);

  // Top-down, in nesting order, so each level sees everything deleted above it.
  for (const r of regions) if (d.region.has(r.id)) for (const az of r.availabilityZones) zones.add(az);
  for (const v of vpcs) if (d.region.has(v.region)) d.vpc.add(v.id);
  for (const g of gateways) if (g.vpc !== null && d.vpc.has(g.vpc)) d.internetGateway.add(g.id);
  for (const s of subnets) {
    const inZone =
      zone !== undefined && s.availabilityZone === zone.az && regionOfVpc.get(s.vpc) === zone.region;
    if (d.vpc.has(s.vpc) || inZone) d.subnet.add(s.id);
  }
  for (const g of definedOnly(doc.securityGroups)) if (d.vpc.has(g.vpc)) d.securityGroup.add(g.id);
  for (const t of definedOnly(doc.routeTables)) if (d.vpc.has(t.vpc)) d.routeTable.add(t.id);
  for (const a of definedOnly(doc.networkAcls)) if (d.vpc.has(a.vpc)) d.networkAcl.add(a.id);
  for (const n of definedOnly(doc.natGateways)) if (d.subnet.has(n.subnet)) d.natGateway.add(n.id);
  for (const i of instances) if (d.subnet.has(i.subnet)) d.instance.add(i.id);

  const repairs: CascadeEntry[] = [];
  for (const v of definedOnly(doc.volumes)) {
    const attachments = v.attachments ?? [];
    const toGone = attachments.filter((a) => d.instance.has(a.instance)).length;
    if (zones.has(v.availabilityZone) || (toGone > 0 && toGone === attachments.length)) d.volume.add(v.id);
    else if (toGone > 0) repairs.push({ kind: "volume", id: v.id, effect: "detached" });
  }
  for (const i of instances) {
    if (!d.instance.has(i.id) && (i.securityGroups ?? []).some((g) => d.securityGroup.has(g)))
      repairs.push({ kind: "instance", id: i.id, effect: "unassigned" });
  }
  for (const e of definedOnly(doc.elasticIps)) {
    if (!d.elasticIp.has(e.id) && loosesAssociation(e, d))
      repairs.push({ kind: "elasticIp", id: e.id, effect: "detached" });
  }
  // Subnets public now and not after the delete (their route to the gateway goes with it).
  if (d.internetGateway.size > 0) {
    const before = publicSubnetIds(doc);
    const after = publicSubnetIds(apply(doc, d, undefined));
    for (const s of subnets)
      if (before.has(s.id) && !after.has(s.id) && !d.subnet.has(s.id))
        repairs.push({ kind: "subnet", id: s.id, effect: "made-private" });
  }

  const entries: CascadeEntry[] = [];
  const list = (k: ResourceKind, items: readonly { id: string }[]) => {
    for (const item of items)
      if (d[k].has(item.id) && !(k === kind && item.id === id))
        entries.push({ kind: k, id: item.id, effect: "deleted" });
  };
  list("vpc", doc.vpcs);
  list("internetGateway", doc.internetGateways);
  list("subnet", doc.subnets);
  list("securityGroup", doc.securityGroups);
  list("instance", doc.instances);
  list("volume", doc.volumes);
  list("routeTable", doc.routeTables);
  list("natGateway", doc.natGateways);
  list("networkAcl", doc.networkAcls);
  for (const repair of repairs) entries.push(repair);
  return zone ? { deleted: d, zone, entries } : { deleted: d, entries };
}

/** What else a delete touches, in the order a confirmation should list it. Empty when nothing. */
export function describeCascade(doc: Topology, kind: DeletableKind, id: string): CascadeEntry[] {
  if (!exists(doc, kind, id)) return [];
  return plan(doc, kind, id).entries;
}

export function deleteResource(doc: Topology, kind: DeletableKind, id: string): CommandResult {
  if (!exists(doc, kind, id)) {
    return refuse("not-found", { kind: resourceKindText(kind), id });
  }
  const { deleted: d, zone } = plan(doc, kind, id);
  return done(apply(doc, d, zone));
}

function loosesAssociation(e: ElasticIp, d: Plan["deleted"]): boolean {
  return (
    (e.instance !== undefined && d.instance.has(e.instance)) ||
    (e.natGateway !== undefined && d.natGateway.has(e.natGateway))
  );
}

/**
 * `after`, or `before` itself when every item is the same object: a list the delete didn't touch
 * stays the list it was, so whatever follows an edit by identity (the index, the layout worker's
 * copy, the canvas, the rules) sees only what changed. Deleting one instance made all eleven lists
 * new, which cost each of them a pass over the whole document (issue #14).
 */
function unlessSame<T>(before: readonly T[], after: T[]): T[] {
  return sameItems(before, after) ? (before as T[]) : after;
}

/** The document without the deleted resources, with every reference to them repaired. */
function apply(doc: Topology, d: Plan["deleted"], zone: Plan["zone"]): Topology {
  const result = applyLists(doc, d, zone);
  const lists = result as unknown as Record<string, unknown>;
  const old = doc as unknown as Record<string, unknown>;
  for (const key of Object.keys(lists)) {
    const before = old[key];
    const after = lists[key];
    if (Array.isArray(before) && Array.isArray(after)) lists[key] = unlessSame(before, after);
  }
  return result;
}

function applyLists(doc: Topology, d: Plan["deleted"], zone: Plan["zone"]): Topology {
  const keep = <T extends { id: string }>(k: ResourceKind, items: readonly T[]) =>
    items.filter((x) => !d[k].has(x.id));
  const goneTarget = (target: string) =>
    d.internetGateway.has(target) || d.natGateway.has(target) || d.instance.has(target);
  return {
    ...doc,
    regions: keep("region", doc.regions).map((r) =>
      zone && r.id === zone.region && !isExternal(r)
        ? { ...r, availabilityZones: r.availabilityZones.filter((az) => az !== zone.az) }
        : r,
    ),
    vpcs: keep("vpc", doc.vpcs),
    internetGateways: keep("internetGateway", doc.internetGateways),
    subnets: keep("subnet", doc.subnets),
    securityGroups: keep("securityGroup", doc.securityGroups),
    instances: keep("instance", doc.instances).map((i) =>
      !isExternal(i) && (i.securityGroups ?? []).some((g) => d.securityGroup.has(g))
        ? { ...i, securityGroups: (i.securityGroups ?? []).filter((g) => !d.securityGroup.has(g)) }
        : i,
    ),
    volumes: keep("volume", doc.volumes).map((v) =>
      !isExternal(v) && (v.attachments ?? []).some((a) => d.instance.has(a.instance))
        ? { ...v, attachments: (v.attachments ?? []).filter((a) => !d.instance.has(a.instance)) }
        : v,
    ),
    routeTables: keep("routeTable", doc.routeTables).map((t) => {
      if (isExternal(t)) return t;
      const subnets = t.subnets?.filter((s) => !d.subnet.has(s));
      const routes = t.routes.filter((r) => !goneTarget(r.target));
      if (routes.length === t.routes.length && subnets?.length === t.subnets?.length) return t;
      return { ...t, routes, ...(subnets === undefined ? {} : { subnets }) };
    }),
    natGateways: keep("natGateway", doc.natGateways),
    elasticIps: keep("elasticIp", doc.elasticIps).map((e) => {
      if (isExternal(e) || !loosesAssociation(e, d)) return e;
      const { instance: _i, natGateway: _n, ...rest } = e;
      return rest;
    }),
    networkAcls: keep("networkAcl", doc.networkAcls).map((a) => {
      if (isExternal(a) || !a.subnets?.some((s) => d.subnet.has(s))) return a;
      return { ...a, subnets: a.subnets.filter((s) => !d.subnet.has(s)) };
    }),
  };
}

/** The catalog entry that heads each effect's list ("also deletes: …"). */
const EFFECT_HEADINGS = {
  deleted: "delete.deleted",
  detached: "delete.detached",
  unassigned: "delete.unassigned",
  "made-private": "delete.madePrivate",
} as const satisfies Record<CascadeEffect, StringKey>;

/** "Deleting VPC main-vpc also deletes: Public subnet public-a, …" — or undefined when nothing else changes. */
export function cascadeMessage(
  doc: Topology,
  kind: DeletableKind,
  id: string,
  lang: Lang,
): string | undefined {
  const entries = describeCascade(doc, kind, id);
  if (entries.length === 0) return undefined;
  const subject =
    kind === "availabilityZone"
      ? `${kindLabel("availabilityZone", lang)} ${id}`
      : resourceLabel(doc, kind, id, lang);
  const parts: string[] = [];
  for (const effect of Object.keys(EFFECT_HEADINGS) as CascadeEffect[]) {
    const names = entries.filter((e) => e.effect === effect).map((e) => labelText(doc, e.kind, e.id)[lang]);
    if (names.length > 0) parts.push(`${t(lang, EFFECT_HEADINGS[effect])}: ${names.join(", ")}`);
  }
  return t(lang, "delete.cascade", { subject, parts: parts.join("; ") });
}
