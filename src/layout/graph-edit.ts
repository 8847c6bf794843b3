// The diagram graph of an edited document, made from the graph of the document before the edit
// when the edit only changed instances and volumes (a palette drop, a rename, a delete, a move):
// only the subnets whose instances or volumes changed are built again; every other box is the
// previous object (so placing skips it whole, as after layout.ts's intern) and the boxes' metas are
// the previous map with the few changes laid over it. Building the whole graph and comparing it
// with the previous one took ~0.5-0.9 s of the layout worker's CPU per edit at 50,000 instances
// (issue #14). The answer is the graph toDiagramGraph gives (incremental.test.ts checks the
// layouts over random edits); anything unusual (a duplicate id, a resource outside the document, a
// volume parked outside a subnet, an Elastic IP on a changed instance, folded boxes, a large edit)
// is left to toDiagramGraph.
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { LayeredMap } from "../model/layered-map.ts";
import { edgeNodeId } from "../model/node-ids.ts";
import { changedStretch, sameItems, smallEditLimit } from "../model/same-items.ts";
import type { Instance, Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";
import { type DiagramGraph, elkNode } from "./elk-graph.ts";
import { installGraphEdit } from "./layout.ts";
import type { LayoutEdge, NodeMeta } from "./types.ts";

/** The lists an edit may change for the graph to be made from the previous one. */
const EDITABLE = new Set<string>(["instances", "volumes", "securityGroups", "networkAcls"]);

/** A volume of the document, defined or outside it. */
type Volume = Topology["volumes"][number];

/**
 * The graph of `doc` made from `diagram`, the graph of `before` (made by toDiagramGraph with nothing
 * folded, or by this function), or undefined when it is better built whole. `index`: `doc`'s.
 */
export function diagramAfterEdit(
  before: Topology,
  diagram: DiagramGraph,
  doc: Topology,
  index: TopologyIndex,
): DiagramGraph | undefined {
  if (diagram.copies) return undefined;
  for (const key of new Set([...Object.keys(before), ...Object.keys(doc)]))
    if (
      (before as Record<string, unknown>)[key] !== (doc as Record<string, unknown>)[key] &&
      !EDITABLE.has(key)
    )
      return undefined;
  // Security groups and network ACLs are no boxes: when only they changed, the graph is the same.
  if (before.instances === doc.instances && before.volumes === doc.volumes) return diagram;
  const instances = changedStretch(before.instances, doc.instances, smallEditLimit(doc.instances));
  const volumes = changedStretch(before.volumes, doc.volumes, smallEditLimit(doc.volumes));
  if (!instances || !volumes) return undefined;
  const oldMeta = diagram.meta;
  const isSubnetBox = (id: string | undefined) => id !== undefined && oldMeta.get(id)?.kind === "subnet";

  // Instances: which ids are drawn after the edit and in which subnet, for those the edit touched.
  const newParent = new Map<string, string | undefined>();
  for (const i of instances.gone) {
    if (i.external === true) return undefined;
    const m = oldMeta.get(i.id);
    if (m?.kind !== "instance" || !isSubnetBox(m.parent)) return undefined;
    newParent.set(i.id, undefined);
  }
  const come = new Set<string>();
  for (const i of instances.come) {
    if (i.external === true || come.has(i.id) || !isSubnetBox(i.subnet)) return undefined;
    // An id some other box already has: a duplicate.
    if (!newParent.has(i.id) && oldMeta.has(i.id)) return undefined;
    come.add(i.id);
    newParent.set(i.id, i.subnet);
  }
  const affected = new Set<string>();
  /** Instances drawn, gone or in another subnet after the edit: their volumes may move too. */
  const moved: string[] = [];
  for (const [id, parent] of newParent) {
    const was = oldMeta.get(id)?.parent;
    if (was === parent) continue;
    // An Elastic IP drawn on an instance gets its own box when the instance goes (and back).
    if ((was === undefined || parent === undefined) && index.elasticIpsByTarget.has(id)) return undefined;
    moved.push(id);
    if (was !== undefined) affected.add(was);
    if (parent !== undefined) affected.add(parent);
  }
  /** The subnet box an instance is drawn in after the edit (undefined: not drawn, or at the top level). */
  const parentOf = (id: string): string | undefined => {
    if (newParent.has(id)) return newParent.get(id);
    const m = oldMeta.get(id);
    return m?.kind === "instance" ? m.parent : undefined;
  };
  /** Whether an instance is drawn after the edit (anywhere). */
  const drawn = (id: string): boolean =>
    newParent.has(id) ? newParent.get(id) !== undefined : oldMeta.get(id)?.kind === "instance";

  // Volumes: those the edit touched and those attached to a moved instance are placed again.
  const replaced = new Map<string, Volume | undefined>();
  for (const v of volumes.gone) if (v.external !== true) replaced.set(v.id, undefined);
  for (const v of volumes.come) {
    if (v.external === true) continue;
    if (replaced.get(v.id) !== undefined) return undefined;
    if (!replaced.has(v.id) && oldMeta.has(v.id)) return undefined;
    replaced.set(v.id, v);
  }
  for (const id of moved)
    for (const { volume } of index.volumesByInstance.get(id) ?? [])
      if (!replaced.has(volume.id)) replaced.set(volume.id, volume);
  /** Per volume placed again: the instance it is drawn beside after the edit (undefined: gone). */
  const hostOf = new Map<string, string | undefined>();
  for (const [id, v] of replaced) {
    const m = oldMeta.get(id);
    if (m !== undefined) {
      // Parked outside a subnet (no instance of its own in one): left to the whole build.
      if (m.kind !== "volume" || !isSubnetBox(m.parent)) return undefined;
      affected.add(m.parent as string);
    }
    if (v === undefined) {
      hostOf.set(id, undefined);
      continue;
    }
    const host = v.attachments?.find((a) => parentOf(a.instance) !== undefined)?.instance;
    if (host === undefined) return undefined;
    hostOf.set(id, host);
    affected.add(parentOf(host) as string);
  }
  /** The instance a volume is drawn beside after the edit. */
  const hostAfter = (v: Volume): string | undefined =>
    hostOf.has(v.id) ? hostOf.get(v.id) : oldMeta.get(v.id)?.besideOf;

  const removed: string[] = [];
  for (const [id, parent] of newParent) if (parent === undefined && !come.has(id)) removed.push(id);
  for (const [id, host] of hostOf) if (host === undefined && oldMeta.has(id)) removed.push(id);
  const written: [string, NodeMeta][] = [];
  const graph = withSubnets(diagram.graph, affected, (subnet, old) => {
    const oldKids = new Map<string, ElkNode>();
    for (const k of old.children ?? []) oldKids.set(k.id, k);
    const kids: ElkNode[] = [];
    const nats: ElkNode[] = [];
    for (const k of old.children ?? []) {
      const m = oldMeta.get(k.id);
      if (m?.external === true) return false;
      if (m?.kind === "natGateway") nats.push(k);
    }
    const leaf = (meta: NodeMeta) => {
      const was = oldMeta.get(meta.id);
      const same =
        was !== undefined &&
        was.kind === meta.kind &&
        was.parent === meta.parent &&
        was.besideOf === meta.besideOf &&
        was.external === undefined;
      if (!same) written.push([meta.id, meta]);
      const node = same ? oldKids.get(meta.id) : undefined;
      kids.push(node && node.children === undefined ? node : elkNode(meta.id, meta, undefined));
    };
    for (const i of index.instancesBySubnet.get(subnet) ?? ([] as Instance[])) {
      // Written as toDiagramGraph writes them: the same keys in the same order.
      leaf({ id: i.id, kind: "instance", resourceId: i.id, parent: subnet });
      const beside = new Set<Volume>();
      for (const { volume } of index.volumesByInstance.get(i.id) ?? [])
        if (!beside.has(volume) && hostAfter(volume) === i.id) beside.add(volume);
      for (const v of beside)
        leaf({ id: v.id, kind: "volume", resourceId: v.id, besideOf: i.id, parent: subnet });
    }
    for (const n of nats) kids.push(n);
    // The same boxes as before (a volume renamed, an instance replaced by itself): the same subnet.
    if (old.children !== undefined && sameItems(old.children, kids)) return old;
    return elkNode(subnet, oldMeta.get(subnet), kids.length > 0 ? kids : undefined);
  });
  if (!graph) return undefined;
  const edges = attachEdges(diagram.edges, doc.volumes, hostOf, drawn);
  if (!edges) return undefined;
  if (graph === diagram.graph && removed.length === 0 && written.length === 0 && edges === diagram.edges)
    return diagram;
  return { graph, meta: LayeredMap.changed(oldMeta, removed, written), edges, copies: false };
}

const sameEdge = (a: LayoutEdge, b: LayoutEdge) =>
  a === b || (a.id === b.id && a.source === b.source && a.target === b.target && a.kind === b.kind);

/**
 * `root` with each subnet box of `subnets` made again by `make` (from its previous box; false:
 * can't be) and the boxes above them copied; every other box is the same object. Undefined when a
 * subnet can't be made again.
 */
function withSubnets(
  root: ElkNode,
  subnets: ReadonlySet<string>,
  make: (subnet: string, old: ElkNode) => ElkNode | false,
): ElkNode | undefined {
  if (subnets.size === 0) return root;
  let left = subnets.size;
  const visit = (node: ElkNode): ElkNode | undefined => {
    if (subnets.has(node.id)) {
      left--;
      const made = make(node.id, node);
      return made === false ? undefined : made;
    }
    const kids = node.children;
    if (!kids) return node;
    let copy: ElkNode[] | undefined;
    for (let i = 0; i < kids.length && left > 0; i++) {
      const kid = kids[i] as ElkNode;
      // Subnets sit under zones (or at the top level): no need to look inside anything else's leaves.
      if (kid.children === undefined && !subnets.has(kid.id)) continue;
      const next = visit(kid);
      if (next === undefined) return undefined;
      if (next !== kid) {
        copy ??= kids.slice();
        copy[i] = next;
      }
    }
    return copy ? { ...node, children: copy } : node;
  };
  const out = visit(root);
  return left === 0 ? out : undefined;
}

/**
 * The instance-to-volume lines after the edit, in toDiagramGraph's order (by volume, each volume's
 * attachments in order, one per instance drawn): the previous lines of every volume not placed
 * again, the others drawn anew; the lines that follow them (Internet, public, NAT) as they were.
 */
function attachEdges(
  previous: readonly LayoutEdge[],
  volumes: readonly Volume[],
  placed: ReadonlyMap<string, unknown>,
  drawn: (instance: string) => boolean,
): LayoutEdge[] | undefined {
  const out: LayoutEdge[] = [];
  let p = 0;
  const attach = (at: number) => previous[at]?.kind === "attach";
  for (const v of volumes) {
    if (v.external === true) continue;
    // Lines of volumes gone or placed again, left behind.
    while (
      attach(p) &&
      (previous[p] as LayoutEdge).target !== v.id &&
      placed.has((previous[p] as LayoutEdge).target)
    )
      p++;
    if (!placed.has(v.id)) {
      while (attach(p) && (previous[p] as LayoutEdge).target === v.id) out.push(previous[p++] as LayoutEdge);
      continue;
    }
    while (attach(p) && (previous[p] as LayoutEdge).target === v.id) p++;
    const seen = new Set<string>();
    for (const a of v.attachments ?? []) {
      if (!drawn(a.instance) || seen.has(a.instance)) continue;
      seen.add(a.instance);
      out.push({
        id: edgeNodeId("attach", a.instance, v.id),
        source: a.instance,
        target: v.id,
        kind: "attach",
      });
    }
  }
  while (attach(p) && placed.has((previous[p] as LayoutEdge).target)) p++;
  // A line the walk didn't account for: the lists were not in step (left to the whole build).
  if (attach(p)) return undefined;
  for (; p < previous.length; p++) out.push(previous[p] as LayoutEdge);
  return out.length === previous.length && out.every((e, i) => sameEdge(e, previous[i] as LayoutEdge))
    ? (previous as LayoutEdge[])
    : out;
}

// Loading this module turns incremental graphs on (see installGraphEdit).
installGraphEdit(diagramAfterEdit);
