// Deleting a resource and what goes with it. The cascade follows the diagram's nesting, because
// that is what users see: deleting a box deletes what is drawn inside it. Things outside the box
// that merely referred to it are kept and repaired (a volume shared with a surviving instance is
// detached, a deleted group is unassigned, a subnet that loses its gateway becomes private).
import { interpolate, type Lang } from "../../i18n/text.ts";
import type { Topology } from "../schema.ts";
import { COLLECTION_OF_KIND, type ResourceKind } from "../topology-index.ts";
import { labelText, resourceKindText, resourceLabel } from "./kind-labels.ts";
import { type CommandResult, done, refuse } from "./types.ts";

export type DeletableKind = ResourceKind | "availabilityZone";

export type CascadeEffect = "deleted" | "detached" | "unassigned" | "made-private";

export interface CascadeEntry {
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
  };
}

function exists(doc: Topology, kind: DeletableKind, id: string): boolean {
  if (kind === "availabilityZone") return doc.regions.some((r) => r.availabilityZones.includes(id));
  const list = doc[COLLECTION_OF_KIND[kind]] as readonly { id: string }[];
  return list.some((r) => r.id === id);
}

function plan(doc: Topology, kind: DeletableKind, id: string): Plan {
  const d = emptySets();
  let zone: Plan["zone"];
  if (kind === "availabilityZone") {
    const region = doc.regions.find((r) => r.availabilityZones.includes(id));
    if (region) zone = { region: region.id, az: id };
  } else d[kind].add(id);
  const regionOfVpc = new Map(doc.vpcs.map((v) => [v.id, v.region]));
  const zones = new Set<string>(zone ? [zone.az] : []);

  // Top-down, in nesting order, so each level sees everything deleted above it.
  for (const r of doc.regions) if (d.region.has(r.id)) for (const az of r.availabilityZones) zones.add(az);
  for (const v of doc.vpcs) if (d.region.has(v.region)) d.vpc.add(v.id);
  for (const g of doc.internetGateways) if (g.vpc !== null && d.vpc.has(g.vpc)) d.internetGateway.add(g.id);
  for (const s of doc.subnets) {
    const inZone =
      zone !== undefined && s.availabilityZone === zone.az && regionOfVpc.get(s.vpc) === zone.region;
    if (d.vpc.has(s.vpc) || inZone) d.subnet.add(s.id);
  }
  for (const g of doc.securityGroups) if (d.vpc.has(g.vpc)) d.securityGroup.add(g.id);
  for (const i of doc.instances) if (d.subnet.has(i.subnet)) d.instance.add(i.id);

  const repairs: CascadeEntry[] = [];
  for (const v of doc.volumes) {
    const attachments = v.attachments ?? [];
    const toGone = attachments.filter((a) => d.instance.has(a.instance)).length;
    if (zones.has(v.availabilityZone) || (toGone > 0 && toGone === attachments.length)) d.volume.add(v.id);
    else if (toGone > 0) repairs.push({ kind: "volume", id: v.id, effect: "detached" });
  }
  for (const i of doc.instances) {
    if (!d.instance.has(i.id) && (i.securityGroups ?? []).some((g) => d.securityGroup.has(g)))
      repairs.push({ kind: "instance", id: i.id, effect: "unassigned" });
  }
  for (const g of doc.internetGateways) {
    if (!d.internetGateway.has(g.id) || g.vpc === null || d.vpc.has(g.vpc)) continue;
    const anotherGateway = doc.internetGateways.some((o) => o.vpc === g.vpc && !d.internetGateway.has(o.id));
    if (anotherGateway) continue;
    for (const s of doc.subnets)
      if (s.vpc === g.vpc && s.public && !d.subnet.has(s.id))
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
    const kindWord =
      kind === "availabilityZone" ? { en: "Availability Zone", ko: "가용 영역" } : resourceKindText(kind);
    return refuse("not-found", { kind: kindWord, id });
  }
  const { deleted: d, zone, entries } = plan(doc, kind, id);
  const privatised = new Set(entries.filter((e) => e.effect === "made-private").map((e) => e.id));
  const keep = <T extends { id: string }>(k: ResourceKind, items: readonly T[]) =>
    items.filter((x) => !d[k].has(x.id));
  const next: Topology = {
    ...doc,
    regions: keep("region", doc.regions).map((r) =>
      zone && r.id === zone.region
        ? { ...r, availabilityZones: r.availabilityZones.filter((az) => az !== zone.az) }
        : r,
    ),
    vpcs: keep("vpc", doc.vpcs),
    internetGateways: keep("internetGateway", doc.internetGateways),
    subnets: keep("subnet", doc.subnets).map((s) => (privatised.has(s.id) ? { ...s, public: false } : s)),
    securityGroups: keep("securityGroup", doc.securityGroups),
    instances: keep("instance", doc.instances).map((i) =>
      (i.securityGroups ?? []).some((g) => d.securityGroup.has(g))
        ? { ...i, securityGroups: (i.securityGroups ?? []).filter((g) => !d.securityGroup.has(g)) }
        : i,
    ),
    volumes: keep("volume", doc.volumes).map((v) =>
      (v.attachments ?? []).some((a) => d.instance.has(a.instance))
        ? { ...v, attachments: (v.attachments ?? []).filter((a) => !d.instance.has(a.instance)) }
        : v,
    ),
  };
  return done(next);
}

const EFFECT_HEADINGS: Record<CascadeEffect, Record<Lang, string>> = {
  deleted: { en: "also deletes", ko: "다음도 함께 삭제됩니다" },
  detached: { en: "detaches", ko: "다음 볼륨은 분리됩니다" },
  unassigned: { en: "removes the security group from", ko: "다음 인스턴스에서 보안 그룹이 빠집니다" },
  "made-private": {
    en: "turns private (no internet gateway left)",
    ko: "다음 서브넷은 인터넷 게이트웨이가 없어 프라이빗이 됩니다",
  },
};

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
      ? `${lang === "en" ? "Availability Zone" : "가용 영역"} ${id}`
      : resourceLabel(doc, kind, id, lang);
  const parts: string[] = [];
  for (const effect of Object.keys(EFFECT_HEADINGS) as CascadeEffect[]) {
    const names = entries.filter((e) => e.effect === effect).map((e) => labelText(doc, e.kind, e.id)[lang]);
    if (names.length > 0) parts.push(`${EFFECT_HEADINGS[effect][lang]}: ${names.join(", ")}`);
  }
  return lang === "en"
    ? `Deleting ${subject} ${parts.join("; ")}.`
    : interpolate("{subject:을/를} 삭제하면 {parts}.", { subject, parts: parts.join("; ") }, "ko");
}
