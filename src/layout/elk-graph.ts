// Topology -> ELK graph: the nesting AWS diagrams use (Region › VPC › Availability Zone › subnet ›
// instance), leaf sizes, and the edges. Broken references never throw: the box is parked in the
// nearest container that still makes sense, or at the top level.
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import { definedOnly } from "../model/document-basics.ts";
import { KIND_LABELS, type LabelKind } from "../model/kind-labels.ts";
import {
  availabilityZoneNodeId,
  copyNodeId,
  edgeNodeId,
  INTERNET_NODE_ID,
  ROOT_NODE_ID,
} from "../model/node-ids.ts";
import { internetRoute, publicSubnetIds, resolveTarget, routeTableOf } from "../model/routing.ts";
import type { Topology } from "../model/schema.ts";
import { indexTopology, type TopologyIndex } from "../model/topology-index.ts";
import { type BoxFace, boxFace, EXTERNAL_WORDS } from "./box-face.ts";
import { resourceTitle } from "./labels.ts";
import { containerHeaderWidth, foldedSize, headerLabelWidth, leafSize, PADDING } from "./sizes.ts";
import { type DiagramKind, isContainerKind, type LayoutEdge, type NodeMeta } from "./types.ts";

interface BuildOptions {
  /** Diagram ids of containers drawn folded. */
  collapsed?: ReadonlySet<string> | readonly string[];
  /** indexTopology(doc), when the caller has it already. */
  index?: TopologyIndex;
}

export interface DiagramGraph {
  /** The hierarchy with leaf sizes, in the form elkjs reads; edges sit on the root. */
  graph: ElkNode;
  /** Kind, resource and parent of every box, by diagram id (the root is not in it). */
  meta: ReadonlyMap<string, NodeMeta>;
  edges: LayoutEdge[];
  /** Some box is drawn under a copy of its resource's id (a duplicate id: see copyNodeId). */
  copies: boolean;
}

/** A graph as toDiagramGraph builds it: its metas in a map of its own. */
export type BuiltGraph = DiagramGraph & { meta: Map<string, NodeMeta> };

class Builder {
  readonly meta = new Map<string, NodeMeta>();
  readonly children = new Map<string, string[]>([[ROOT_NODE_ID, []]]);
  /** Per id given twice or more: the copy number to try next (each copy doesn't probe 2, 3, … again). */
  private readonly nextCopy = new Map<string, number>();
  /** Whether some box got a copy's id. */
  get copies(): boolean {
    return this.nextCopy.size > 0;
  }

  add(meta: Omit<NodeMeta, "id"> & { id: string }, parent: string): string {
    let id = meta.id;
    if (this.meta.has(id) || id === ROOT_NODE_ID) {
      let n = this.nextCopy.get(meta.id) ?? 2;
      for (id = copyNodeId(meta.id, n); this.meta.has(id) || id === ROOT_NODE_ID; )
        id = copyNodeId(meta.id, ++n);
      this.nextCopy.set(meta.id, n + 1);
    }
    // Callers pass a fresh object: taken as it is when its id is free (no copy per box).
    const entry: NodeMeta = id === meta.id ? (meta as NodeMeta) : { ...meta, id };
    if (parent !== ROOT_NODE_ID) entry.parent = parent;
    this.meta.set(id, entry);
    this.childList(parent).push(id);
    if (isContainerKind(meta.kind)) this.childList(id);
    return id;
  }

  childList(id: string): string[] {
    let list = this.children.get(id);
    if (!list) {
      list = [];
      this.children.set(id, list);
    }
    return list;
  }
}

export function toDiagramGraph(doc: Topology, options: BuildOptions = {}): BuiltGraph {
  const index = options.index ?? indexTopology(doc);
  const b = new Builder();
  // An attached gateway, defined or outside the document but recording its VPC, leads to the Internet.
  const internetNeeded = doc.internetGateways.some((g) => typeof g.vpc === "string" && index.vpcs.has(g.vpc));
  if (internetNeeded) b.add({ id: INTERNET_NODE_ID, kind: "internet" }, ROOT_NODE_ID);

  // First occurrence of each resource id wins, like the index; duplicates still get a box.
  const regionBox = new Map<string, string>();
  for (const r of definedOnly(doc.regions)) {
    const id = b.add({ id: r.id, kind: "region", resourceId: r.id }, ROOT_NODE_ID);
    if (!regionBox.has(r.id)) regionBox.set(r.id, id);
  }

  const vpcBox = new Map<string, string>();
  const azBox = new Map<string, string>(); // `${vpcId}\n${zone}` -> box id
  const zoneKey = (vpcId: string, zone: string) => `${vpcId}\n${zone}`;
  const addZone = (vpcId: string, vpcDiagId: string, zone: string): string => {
    const id = b.add({ id: availabilityZoneNodeId(vpcId, zone), kind: "availabilityZone", zone }, vpcDiagId);
    if (!azBox.has(zoneKey(vpcId, zone))) azBox.set(zoneKey(vpcId, zone), id);
    return id;
  };
  for (const v of definedOnly(doc.vpcs)) {
    const id = b.add({ id: v.id, kind: "vpc", resourceId: v.id }, regionBox.get(v.region) ?? ROOT_NODE_ID);
    if (!vpcBox.has(v.id)) vpcBox.set(v.id, id);
  }
  // A VPC outside the document still holds what the document puts in it (its subnets, its gateways),
  // in its Region: the one it records, else the one its subnets' zones are in.
  const zoneRegion = new Map<string, string>();
  for (const r of definedOnly(doc.regions))
    for (const zone of r.availabilityZones) if (!zoneRegion.has(zone)) zoneRegion.set(zone, r.id);
  const regionByZones = new Map<string, string>();
  for (const s of definedOnly(doc.subnets)) {
    const region = zoneRegion.get(s.availabilityZone);
    if (region !== undefined && !regionByZones.has(s.vpc)) regionByZones.set(s.vpc, region);
  }
  for (const v of doc.vpcs)
    if (v.external === true && !vpcBox.has(v.id)) {
      const region = regionBox.get(v.region ?? regionByZones.get(v.id) ?? "");
      vpcBox.set(v.id, b.add(externalMeta(v.id, "vpc"), region ?? ROOT_NODE_ID));
    }
  // Gateways first so they head their VPC; zones after them in the Region's order.
  const detachedParent = regionBox.get(definedOnly(doc.regions)[0]?.id ?? "") ?? ROOT_NODE_ID;
  const firstGateway = new Map<string, string>();
  const detached: { id: string }[] = [];
  for (const g of definedOnly(doc.internetGateways)) {
    const vpc = g.vpc === null ? undefined : vpcBox.get(g.vpc);
    if (vpc === undefined) {
      detached.push(g);
      continue;
    }
    const id = b.add({ id: g.id, kind: "internetGateway", resourceId: g.id }, vpc);
    if (!firstGateway.has(vpc)) firstGateway.set(vpc, id);
  }
  for (const v of definedOnly(doc.vpcs)) {
    const id = vpcBox.get(v.id);
    if (id === undefined || b.childList(id).some((c) => b.meta.get(c)?.kind === "availabilityZone")) continue;
    for (const zone of new Set(index.regions.get(v.region)?.availabilityZones ?? [])) addZone(v.id, id, zone);
  }

  // Subnets: public ones first in each zone, so the gateway's edges reach them without crossing others.
  const subnetBox = new Map<string, string>();
  const publicIds = publicSubnetIds(doc, index);
  const subnets = definedOnly(doc.subnets);
  const sortedSubnets = [
    ...subnets.filter((s) => publicIds.has(s.id)),
    ...subnets.filter((s) => !publicIds.has(s.id)),
  ];
  const publicSubnetsOfVpc = new Map<string, string[]>();
  for (const s of sortedSubnets) {
    const vpcDiag = vpcBox.get(s.vpc);
    let parent = ROOT_NODE_ID;
    if (vpcDiag !== undefined) {
      parent = azBox.get(zoneKey(s.vpc, s.availabilityZone)) ?? addZone(s.vpc, vpcDiag, s.availabilityZone);
    }
    const id = b.add({ id: s.id, kind: "subnet", resourceId: s.id }, parent);
    if (!subnetBox.has(s.id)) subnetBox.set(s.id, id);
    if (publicIds.has(s.id) && vpcDiag !== undefined) {
      const list = publicSubnetsOfVpc.get(vpcDiag) ?? [];
      list.push(id);
      publicSubnetsOfVpc.set(vpcDiag, list);
    }
  }
  // Resources the document refers to but doesn't define: drawn dashed where what is known puts them.
  for (const s of doc.subnets) {
    if (s.external !== true || subnetBox.has(s.id)) continue;
    const vpcDiag = s.vpc === undefined ? undefined : vpcBox.get(s.vpc);
    let parent = vpcDiag ?? ROOT_NODE_ID;
    if (vpcDiag !== undefined && s.vpc !== undefined && s.availabilityZone !== undefined)
      parent = azBox.get(zoneKey(s.vpc, s.availabilityZone)) ?? addZone(s.vpc, vpcDiag, s.availabilityZone);
    subnetBox.set(s.id, b.add(externalMeta(s.id, "subnet"), parent));
  }
  for (const g of doc.internetGateways) {
    if (g.external !== true) continue;
    const vpc = g.vpc ? vpcBox.get(g.vpc) : undefined;
    const id = b.add(externalMeta(g.id, "internetGateway"), vpc ?? detachedParent);
    if (vpc !== undefined && !firstGateway.has(vpc)) firstGateway.set(vpc, id);
  }

  const instanceBox = new Map<string, string>();
  for (const i of doc.instances) {
    const parent = (i.subnet !== undefined && subnetBox.get(i.subnet)) || ROOT_NODE_ID;
    const meta =
      i.external === true
        ? externalMeta(i.id, "instance")
        : { id: i.id, kind: "instance" as const, resourceId: i.id };
    const id = b.add(meta, parent);
    if (!instanceBox.has(i.id)) instanceBox.set(i.id, id);
  }
  // NAT gateways come last in their subnet, so the way out drawn to them leaves from its bottom edge.
  const natBox = new Map<string, string>();
  for (const n of doc.natGateways) {
    const parent = (n.subnet !== undefined && subnetBox.get(n.subnet)) || ROOT_NODE_ID;
    const meta =
      n.external === true
        ? externalMeta(n.id, "natGateway")
        : { id: n.id, kind: "natGateway" as const, resourceId: n.id };
    const id = b.add(meta, parent);
    if (!natBox.has(n.id)) natBox.set(n.id, id);
  }
  // An Elastic IP is drawn on the instance or NAT gateway it is associated with; one associated with
  // nothing drawn gets its own small box, parked like a detached gateway.
  for (const e of doc.elasticIps) {
    const on = e.instance ?? e.natGateway;
    if (on !== undefined && (instanceBox.has(on) || natBox.has(on))) continue;
    const meta =
      e.external === true
        ? externalMeta(e.id, "elasticIp")
        : { id: e.id, kind: "elasticIp" as const, resourceId: e.id };
    b.add(meta, detachedParent);
  }

  const edges: LayoutEdge[] = [];
  for (const vol of definedOnly(doc.volumes)) {
    // Beside the first attached instance that sits in a subnet (where the grid keeps them together).
    let host: string | undefined;
    for (const a of vol.attachments ?? []) {
      const x = instanceBox.get(a.instance);
      if (x !== undefined && b.meta.get(x)?.parent !== undefined) {
        host = x;
        break;
      }
    }
    const hostParent = host === undefined ? undefined : b.meta.get(host)?.parent;
    let id: string;
    if (host !== undefined && hostParent !== undefined) {
      id = b.add({ id: vol.id, kind: "volume", resourceId: vol.id, besideOf: host }, hostParent);
    } else {
      id = b.add({ id: vol.id, kind: "volume", resourceId: vol.id }, looseVolumeParent(vol.availabilityZone));
    }
    const seen = new Set<string>();
    for (const a of vol.attachments ?? []) {
      const inst = instanceBox.get(a.instance);
      if (inst === undefined || seen.has(inst)) continue;
      seen.add(inst);
      edges.push({ id: edgeNodeId("attach", inst, id), source: inst, target: id, kind: "attach" });
    }
  }
  function looseVolumeParent(zone: string): string {
    const region = index.regionByAz.get(zone);
    if (region === undefined) return ROOT_NODE_ID;
    const vpc = index.vpcsByRegion.get(region.id)?.[0];
    const box = vpc === undefined ? undefined : azBox.get(zoneKey(vpc.id, zone));
    return box ?? regionBox.get(region.id) ?? ROOT_NODE_ID;
  }

  for (const g of detached) b.add({ id: g.id, kind: "internetGateway", resourceId: g.id }, detachedParent);

  for (const [vpc, gateway] of firstGateway) {
    edges.push({
      id: edgeNodeId("internet", INTERNET_NODE_ID, gateway),
      source: INTERNET_NODE_ID,
      target: gateway,
      kind: "internet",
    });
    for (const subnet of publicSubnetsOfVpc.get(vpc) ?? [])
      edges.push({
        id: edgeNodeId("public", gateway, subnet),
        source: gateway,
        target: subnet,
        kind: "public",
      });
  }
  // A subnet whose route table sends 0.0.0.0/0 to a NAT gateway: its way out, drawn to the NAT gateway.
  for (const subnet of subnets) {
    if (publicIds.has(subnet.id)) continue;
    const route = internetRoute(routeTableOf(index, subnet));
    const target = route === undefined ? undefined : resolveTarget(index, route.target);
    const nat = target?.kind === "natGateway" ? natBox.get(target.id) : undefined;
    const box = subnetBox.get(subnet.id);
    if (nat === undefined || box === undefined) continue;
    edges.push({ id: edgeNodeId("nat", box, nat), source: box, target: nat, kind: "nat" });
  }
  // Every other attached gateway of a VPC (an error AWS reports) still gets its Internet edge.
  for (const [id, m] of b.meta) {
    if (m.kind !== "internetGateway" || m.parent === undefined) continue;
    const parentKind = b.meta.get(m.parent)?.kind;
    if (parentKind === "vpc" && firstGateway.get(m.parent) !== id)
      edges.push({
        id: edgeNodeId("internet", INTERNET_NODE_ID, id),
        source: INTERNET_NODE_ID,
        target: id,
        kind: "internet",
      });
  }

  orderSubnetChildren(b);
  const collapsed = new Set(options.collapsed ?? []);
  const visibleEdges = applyCollapse(b, collapsed, edges);
  for (const m of b.meta.values()) if (m.collapsed) m.foldedSize = sizeFolded(m, index);
  // (The index holds no external resource, so their faces can't say "outside the document" here.)
  const externalWords = [EXTERNAL_WORDS.en, EXTERNAL_WORDS.ko];
  for (const [id, m] of b.meta) {
    if (m.collapsed || !isContainerKind(m.kind)) continue;
    // One face per box: its header's words size both its label (a VPC holding a gateway) and its width.
    const header = headerTexts(m, containerFace(m, index));
    if (m.kind === "vpc" && b.childList(id).some((c) => b.meta.get(c)?.kind === "internetGateway"))
      m.labelWidth = Math.ceil(headerLabelWidth(header));
    m.minWidth = containerHeaderWidth(header, m.external ? externalWords : []);
  }
  return { graph: toElk(b, ROOT_NODE_ID), meta: b.meta, edges: visibleEdges, copies: b.copies };
}

/**
 * The face a container's box will show (layout/box-face.ts, the one place that decides it): its kind
 * word, title, detail and, folded, its count line. A subnet's kind word is sized for both "Public
 * subnet" and "Private subnet", so its box doesn't change size when a route makes it public.
 */
function containerFace(m: NodeMeta, index: ReturnType<typeof indexTopology>): BoxFace {
  const id = m.resourceId ?? "";
  const resource =
    m.kind === "region"
      ? index.regions.get(id)
      : m.kind === "vpc"
        ? index.vpcs.get(id)
        : m.kind === "subnet"
          ? index.subnets.get(id)
          : undefined;
  return boxFace({
    kind: m.kind,
    labelKind: m.kind === "subnet" ? "privateSubnet" : (m.kind as LabelKind),
    title: m.kind === "availabilityZone" ? (m.zone ?? "") : resourceTitle(resource, m),
    ...(resource ? { resource } : {}),
    ...(m.collapsed ? { collapsed: true, held: m.held ?? {} } : {}),
  });
}

/** The words of a container's header in both languages, from its face (see sizes.ts). */
function headerTexts(m: NodeMeta, face: BoxFace) {
  const kinds = m.kind === "subnet" ? [face.kind, KIND_LABELS.publicSubnet] : [face.kind];
  return {
    kindWords: kinds.flatMap((k) => [k.en, k.ko]),
    title: face.title,
    detail: face.detail,
    icon: m.kind !== "availabilityZone",
  };
}

/** A folded container's size, from its face's words in both languages (see sizes.ts). */
function sizeFolded(m: NodeMeta, index: ReturnType<typeof indexTopology>) {
  const face = containerFace(m, index);
  const held = face.folded?.shown;
  return foldedSize({ ...headerTexts(m, face), heldTexts: held ? [held.en, held.ko] : [] });
}

function externalMeta(id: string, kind: DiagramKind) {
  return { id, kind, resourceId: id, external: true as const };
}

/** Inside a subnet each volume follows the instance it is drawn beside. */
function orderSubnetChildren(b: Builder): void {
  for (const [id, list] of b.children) {
    if (id === ROOT_NODE_ID || b.meta.get(id)?.kind !== "subnet") continue;
    const beside = new Map<string, string[]>();
    const rest: string[] = [];
    for (const c of list) {
      const host = b.meta.get(c)?.besideOf;
      if (host === undefined) rest.push(c);
      else {
        const kept = beside.get(host);
        if (kept) kept.push(c);
        else beside.set(host, [c]);
      }
    }
    list.length = 0;
    // Loops, not spreads: an instance may have any number of volumes.
    for (const c of rest) {
      list.push(c);
      for (const v of beside.get(c) ?? []) list.push(v);
    }
  }
}

/** Folds collapsed containers: hides their content and moves edges to the folded box. */
function applyCollapse(b: Builder, collapsed: Set<string>, edges: LayoutEdge[]): LayoutEdge[] {
  if (collapsed.size === 0) return edges;
  const visible = new Map<string, string>();
  const walk = (id: string, foldedInto: string | undefined) => {
    for (const c of b.children.get(id) ?? []) {
      const target = foldedInto ?? c;
      visible.set(c, target);
      const m = b.meta.get(c);
      const folds =
        foldedInto === undefined && m !== undefined && isContainerKind(m.kind) && collapsed.has(c);
      walk(c, folds ? c : foldedInto);
    }
  };
  walk(ROOT_NODE_ID, undefined);
  for (const [id, into] of visible) {
    if (id === into) continue;
    const m = b.meta.get(into);
    const hidden = b.meta.get(id);
    if (m) {
      m.collapsed = true;
      m.hiddenCount = (m.hiddenCount ?? 0) + 1;
      if (hidden) m.held = { ...m.held, [hidden.kind]: (m.held?.[hidden.kind] ?? 0) + 1 };
    }
    b.meta.delete(id);
    b.children.delete(id);
  }
  for (const [id, m] of b.meta) if (m.collapsed) b.children.set(id, []);
  const out = new Map<string, LayoutEdge>();
  for (const e of edges) {
    const source = visible.get(e.source) ?? e.source;
    const target = visible.get(e.target) ?? e.target;
    if (source === target) continue;
    const id = edgeNodeId(e.kind, source, target);
    if (!out.has(id)) out.set(id, { id, source, target, kind: e.kind });
  }
  return [...out.values()];
}

function toElk(b: Builder, id: string): ElkNode {
  const m = b.meta.get(id);
  const kids = b.children.get(id);
  return elkNode(id, m, kids && kids.length > 0 && !m?.collapsed ? kids.map((c) => toElk(b, c)) : undefined);
}

/**
 * One box of the graph: a container with `children` (and its kind's padding), or a box of its own
 * size (a leaf, an empty or folded container). The root has no meta.
 */
export function elkNode(id: string, m: NodeMeta | undefined, children: ElkNode[] | undefined): ElkNode {
  const node: ElkNode = { id };
  const kind: DiagramKind | "root" = m?.kind ?? "root";
  if (children) {
    const pad = PADDING[kind as keyof typeof PADDING];
    node.children = children;
    if (pad)
      node.layoutOptions = {
        "elk.padding": `[top=${pad.header},left=${pad.side},bottom=${pad.bottom},right=${pad.side}]`,
      };
  } else if (m) {
    const size = m.collapsed && m.foldedSize ? m.foldedSize : leafSize(m.kind, m.collapsed === true);
    node.width = Math.max(size.width, m.minWidth ?? 0);
    node.height = size.height;
  }
  return node;
}

/** Attaches the edges to the root, the way `hierarchyHandling: INCLUDE_CHILDREN` reads them. */
export function withEdges(d: DiagramGraph): ElkNode {
  const edges: ElkExtendedEdge[] = d.edges.map((e) => ({
    id: e.id,
    sources: [e.source],
    targets: [e.target],
  }));
  return { ...d.graph, edges };
}
