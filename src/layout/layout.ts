// The whole pipeline in one call: topology -> diagram graph -> bottom-up placement (with a few
// retries that steer the picture toward a screen's shape) -> absolute boxes and routed edges.
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { LayeredMap } from "../model/layered-map.ts";
import { INTERNET_NODE_ID, ROOT_NODE_ID } from "../model/node-ids.ts";
import { sameItems } from "../model/same-items.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex, type TopologyIndex } from "../model/topology-index.ts";
import { alignedLookup } from "./aligned-lookup.ts";
import { type BuiltGraph, type DiagramGraph, toDiagramGraph } from "./elk-graph.ts";
import {
  createPlaceCache,
  type PlaceCache,
  type PlacedSubtree,
  type Positions,
  placeGraph,
  type ShapeTargets,
  trimPlaceCache,
} from "./engine.ts";
import { boxMapsAfter, type RoutedLayout, type RouteNotes, routedLayout, routeEdges } from "./routes.ts";
import { PADDING } from "./sizes.ts";
import type { LayoutEdge, LayoutResult, NodeMeta, PlacedNode, RoutedEdge } from "./types.ts";

export interface LayoutOptions {
  /** Diagram ids of containers drawn folded. */
  collapsed?: readonly string[];
  /** Wanted width:height of the whole picture (a wide screen by default). */
  aspect?: number;
  /** The document's index when the caller has one (the CLI's render shares it with the scene). */
  index?: TopologyIndex;
}

const DEFAULT_ASPECT = 1.6;
/** Below this many instances the shape is whatever reads best; no retries. */
const SHAPE_MATTERS_ABOVE = 10;
/** Layouts tried per call while steering the shape (each is a full bottom-up pass). */
const MAX_ATTEMPTS = 6;

/**
 * What one caller (the worker, the page) keeps between layouts so an edit is laid out
 * incrementally: the packing of every container (only changed ones are packed again) and the
 * last result (boxes and routes that come out the same are handed back as the same objects, so
 * the canvas can skip them). The answer is exactly the one a layout without it would give.
 */
export interface LayoutCache {
  place: PlaceCache;
  previous: LayoutResult | undefined;
  /**
   * What the previous layout was made from: the diagram graph (boxes, nesting, sizes, what each
   * box is, edges), the wanted shape and whether it was steered. An edit that leaves all of it the
   * same (a rename, another instance type, a tag) gets the previous layout back without placing or
   * routing anything.
   */
  input: LayoutInput | undefined;
  /** The previous layout's boxes by id and parent, and routes by id (made when first needed). */
  routed?: { of: LayoutResult; layout: RoutedLayout };
  /** The placed content of the previous layout's containers (placeGraph's `subtrees`). */
  subtrees?: ReadonlyMap<string, PlacedSubtree>;
  /** How many routes the last layout drew anew (the others it kept): what an edit cost in routing. */
  routesDrawn?: number;
}

interface LayoutInput {
  /** The document laid out (documents are never changed: the next edit's graph is made from this one's). */
  doc: Topology;
  /** Whether some container was drawn folded (graph-edit.ts makes graphs with none). */
  folded: boolean;
  diagram: DiagramGraph;
  aspect: number;
  steered: boolean;
}

export function createLayoutCache(): LayoutCache {
  return { place: createPlaceCache(), previous: undefined, input: undefined };
}

type GraphAfterEdit = typeof import("./graph-edit.ts").diagramAfterEdit;
/**
 * graph-edit.ts's diagramAfterEdit once that module is loaded (it installs itself), as
 * index-edit.ts is: the first picture never edits, so the page's first layout doesn't fetch it
 * (issue #14, initial JS). Until then every graph is built whole, which gives the same graph.
 */
let graphAfterEdit: GraphAfterEdit | undefined;
export function installGraphEdit(after: GraphAfterEdit): void {
  graphAfterEdit = after;
}

/**
 * Lays the document out. Synchronous and self-contained (no elkjs, no DOM, no worker API): the
 * worker, the page itself and the CLI all call this one function. With a cache (one per caller),
 * only what changed since the caller's last layout is packed again.
 */
export function layoutTopologySync(
  doc: Topology,
  options: LayoutOptions = {},
  cache?: LayoutCache,
): LayoutResult {
  const collapsed = options.collapsed ?? [];
  const before = cache?.input;
  // An edit of instances and volumes only: the graph made from the previous one (graph-edit.ts),
  // its unchanged boxes already the previous objects.
  const edited =
    graphAfterEdit && before && !before.folded && collapsed.length === 0
      ? graphAfterEdit(before.doc, before.diagram, doc, options.index ?? sharedIndex(doc))
      : undefined;
  let diagram: DiagramGraph;
  if (edited) diagram = edited;
  else {
    const built = toDiagramGraph(doc, { collapsed, ...(options.index ? { index: options.index } : {}) });
    if (cache) intern(cache.input, built);
    diagram = built;
  }
  const aspect = options.aspect ?? DEFAULT_ASPECT;
  // Placing and routing read nothing but the diagram graph, the wanted shape and whether it is
  // steered: when all of them are as last time, so is the answer.
  const steered = doc.instances.length > SHAPE_MATTERS_ABOVE;
  const input: LayoutInput = { doc, folded: collapsed.length > 0, diagram, aspect, steered };
  if (cache?.previous && cache.input && sameInput(cache.input, input)) {
    cache.input = input;
    return cache.previous;
  }
  const base = initialTargets(diagram, aspect);
  // One knob scales every level's wanted shape. The picture's ratio grows with it, in steps, so
  // we bisect on it (in log space) instead of feeding the error back, which oscillates.
  let knob = 1;
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  let best: { positions: Positions; subtrees: Map<string, PlacedSubtree>; score: number } | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const targets = scale(base, knob);
    const subtrees = new Map<string, PlacedSubtree>();
    const positions = placeGraph(diagram.graph, diagram.meta, targets, cache?.place, subtrees);
    const root = positions.get(ROOT_NODE_ID);
    const ratio = root && root.height > 0 ? root.width / root.height : aspect;
    const score = shapeScore(ratio, aspect);
    if (!best || score < best.score - 1e-9) best = { positions, subtrees, score };
    if (doc.instances.length <= SHAPE_MATTERS_ABOVE || score < Math.log(1.3)) break;
    if (ratio < aspect) low = knob;
    else high = knob;
    knob = Number.isFinite(high) ? (low === 0 ? high / 2.5 : Math.sqrt(low * high)) : knob * 2.5;
  }
  const chosen = best as NonNullable<typeof best>;
  const { result, fresh, notes } = assemble(diagram, chosen.positions, cache, chosen.subtrees);
  if (!cache) return result;
  trimPlaceCache(cache.place);
  cache.routesDrawn = notes.fresh.length;
  const swapped = cache.previous
    ? reuseUnchanged(cache.previous, result, fresh, notes.fresh, routedOf(cache, cache.previous))
    : [];
  const stable = swapped === SAME && cache.previous ? cache.previous : result;
  // The answer as the next layout reads it, from the maps routeEdges made of it (no map of every box again).
  if (stable !== cache.previous)
    cache.routed = { of: stable, layout: routedFrom(stable, notes, swapped === SAME ? [] : swapped) };
  cache.previous = stable;
  cache.subtrees = chosen.subtrees;
  cache.input = input;
  return stable;
}

/** reuseUnchanged's answer when every box and route came out as the previous one. */
const SAME = Symbol("same");

/**
 * Replaces, in `next`, every box and route made anew (at the places `freshNodes`, `freshEdges`:
 * the others are `previous`'s own) that equals one of `previous` by that same object. Gives the
 * boxes replaced ([previous's, next's made anew]), or SAME when all of `next` is `previous`'s.
 * `routed`: `previous` by id (routedOf; assemble has made it already).
 */
function reuseUnchanged(
  previous: LayoutResult,
  next: LayoutResult,
  freshNodes: readonly number[],
  freshEdges: readonly number[],
  routed: RoutedLayout,
): [PlacedNode, PlacedNode][] | typeof SAME {
  const swapped: [PlacedNode, PlacedNode][] = [];
  for (const i of freshNodes) {
    const n = next.nodes[i] as PlacedNode;
    const old = routed.nodes.get(n.id);
    if (old !== undefined && sameFields(old, n)) {
      next.nodes[i] = old;
      swapped.push([old, n]);
    }
  }
  for (const i of freshEdges) {
    const e = next.edges[i] as RoutedEdge;
    const old = routed.edges.get(e.id);
    if (old !== undefined && sameEdge(old, e)) next.edges[i] = old;
  }
  const same =
    next.width === previous.width &&
    next.height === previous.height &&
    sameItems(next.nodes, previous.nodes) &&
    sameItems(next.edges, previous.edges);
  return same ? SAME : swapped;
}

/**
 * `layout` as RoutedLayout reads it, from the maps routeEdges made of its boxes before reuseUnchanged
 * put `swapped` previous boxes in place of equal ones made anew.
 */
function routedFrom(
  layout: LayoutResult,
  notes: RouteNotes,
  swapped: readonly [PlacedNode, PlacedNode][],
): RoutedLayout {
  const { byId, children } = notes;
  if (!byId || !children) return routedLayout(layout);
  // The lists of the parents of swapped boxes, copied with the previous boxes in place.
  const lists = new Map<string | undefined, PlacedNode[]>();
  for (const [old, made] of swapped) {
    let siblings = lists.get(old.parent);
    if (siblings === undefined) {
      siblings = [...(children.get(old.parent) ?? [])];
      lists.set(old.parent, siblings);
    }
    const at = siblings.indexOf(made);
    if (at >= 0) siblings[at] = old;
  }
  const nodes =
    swapped.length === 0
      ? byId
      : LayeredMap.changed(
          byId,
          [],
          swapped.map(([old]) => [old.id, old] as const),
        );
  const kids = lists.size === 0 ? children : LayeredMap.changed(children, [], lists);
  const edges = new Map<string, RoutedEdge>();
  for (const e of layout.edges) edges.set(e.id, e);
  return { nodes, children: kids, edges, width: layout.width, height: layout.height };
}

/** Same keys with the same values; values that are objects (a folded box's counts) one level down. */
function sameFields(a: object, b: object, deep = true): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (x === y) continue;
    if (!deep || typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (!sameFields(x, y, false)) return false;
  }
  return true;
}

/** Each field of a box's meta and how to compare it (the type insists every field is here). */
const META_FIELDS: { [K in keyof Required<NodeMeta>]: (a: NodeMeta[K], b: NodeMeta[K]) => boolean } = {
  id: Object.is,
  kind: Object.is,
  resourceId: Object.is,
  parent: Object.is,
  zone: Object.is,
  besideOf: Object.is,
  collapsed: Object.is,
  hiddenCount: Object.is,
  held: (a, b) => a === b || (a !== undefined && b !== undefined && sameFields(a, b, false)),
  foldedSize: (a, b) => a === b || (a !== undefined && b !== undefined && sameFields(a, b, false)),
  labelWidth: Object.is,
  minWidth: Object.is,
  external: Object.is,
};
const META_KEYS = Object.keys(META_FIELDS) as (keyof NodeMeta)[];

/**
 * Whether two metas say the same: field by field (toDiagramGraph never sets a field to undefined,
 * so a field is there exactly when it has a value), without listing each object's keys.
 */
function sameMeta(a: NodeMeta, b: NodeMeta): boolean {
  for (const k of META_KEYS)
    if (!(META_FIELDS[k] as (x: unknown, y: unknown) => boolean)(a[k], b[k])) return false;
  return true;
}

function sameEdge(a: RoutedEdge, b: RoutedEdge): boolean {
  if (a.kind !== b.kind || a.source !== b.source || a.target !== b.target) return false;
  if (a.points.length !== b.points.length) return false;
  return a.points.every((p, i) => p.x === b.points[i]?.x && p.y === b.points[i]?.y);
}

/**
 * Whether two layout inputs are the same: every box in the graph's order with its size, children
 * and every field of its meta (objects one level down), the edges, the shape and the steering.
 * Stops at the first difference, so an edit that moves boxes pays next to nothing for asking.
 */
function sameInput(a: LayoutInput, b: LayoutInput): boolean {
  if (a.aspect !== b.aspect || a.steered !== b.steered) return false;
  const x = a.diagram;
  const y = b.diagram;
  if (x.meta.size !== y.meta.size || x.edges.length !== y.edges.length) return false;
  for (let i = 0; i < x.edges.length; i++) {
    const e = x.edges[i] as LayoutEdge;
    const f = y.edges[i] as LayoutEdge;
    if (e.id !== f.id || e.source !== f.source || e.target !== f.target || e.kind !== f.kind) return false;
  }
  // Interned (see intern): the same graph comes back as the previous graph object itself.
  return x.graph === y.graph;
}

/**
 * Hands back, inside `next`, every box of the previous graph whose subtree is the same (id, size,
 * padding, meta, and children that are themselves the previous objects) as that previous object,
 * and every meta equal to the previous one as that previous meta. So "the same subtree" is one
 * identity check for what follows (placeGraph skips it whole). Each box's previous self is looked
 * for among its previous parent's children, where it nearly always is at the same place (no map of
 * every box of the document, 150,000 at 50,000 instances, is made or read on each edit).
 */
function intern(previous: LayoutInput | undefined, next: BuiltGraph): void {
  const oldMeta = previous?.diagram.meta;
  const visit = (node: ElkNode, old: ElkNode | undefined): ElkNode => {
    const kids = node.children;
    const theirs = old?.children;
    let keptKids = true;
    if (kids) {
      const at = theirs ? alignedLookup(theirs, idOf) : undefined;
      for (let i = 0; i < kids.length; i++) {
        const kid = kids[i] as ElkNode;
        const found = at ? at(kid.id, i) : -1;
        const kept = visit(kid, found < 0 ? undefined : theirs?.[found]);
        if (kept !== kid) kids[i] = kept;
      }
    }
    let meta = next.meta.get(node.id);
    const before = oldMeta?.get(node.id);
    if (meta && before && meta !== before && sameMeta(before, meta)) {
      next.meta.set(node.id, before);
      meta = before;
    }
    let same =
      old !== undefined &&
      meta === before &&
      old.width === node.width &&
      old.height === node.height &&
      old.layoutOptions?.["elk.padding"] === node.layoutOptions?.["elk.padding"] &&
      (theirs?.length ?? 0) === (kids?.length ?? 0);
    if (same && kids) {
      for (let i = 0; i < kids.length && keptKids; i++) keptKids = kids[i] === theirs?.[i];
      same = keptKids;
    }
    return same ? (old as ElkNode) : node;
  };
  next.graph = visit(next.graph, previous?.diagram.graph);
}

const idOf = (node: ElkNode) => node.id;

/** The same as a promise, for callers written when the layout needed elkjs. */
export function layoutTopology(doc: Topology, options?: LayoutOptions): Promise<LayoutResult>;
/** @deprecated The layout no longer uses elkjs: the engine argument is ignored. */
export function layoutTopology(
  doc: Topology,
  engine: unknown,
  options?: LayoutOptions,
): Promise<LayoutResult>;
export async function layoutTopology(
  doc: Topology,
  engineOrOptions?: unknown,
  options?: LayoutOptions,
): Promise<LayoutResult> {
  const isOptions = (v: unknown): v is LayoutOptions =>
    typeof v === "object" && v !== null && !("layout" in v) && ("collapsed" in v || "aspect" in v);
  return layoutTopologySync(doc, options ?? (isOptions(engineOrOptions) ? engineOrOptions : {}));
}

function scale(t: ShapeTargets, k: number): ShapeTargets {
  return { subnet: t.subnet * k, zone: t.zone * k, region: t.region * k, root: t.root * k };
}

/** Distance from the wanted ratio; anything outside 1:2.5..2.5:1 loses to anything inside. */
function shapeScore(ratio: number, aspect: number): number {
  const off = Math.abs(Math.log(ratio / aspect));
  return ratio < 0.4 || ratio > 2.5 ? off + 10 : off;
}

function initialTargets(diagram: DiagramGraph, aspect: number): ShapeTargets {
  // Zones stand side by side in a VPC, so each should be as much narrower as there are zones.
  let zonesPerVpc = 1;
  const count = new Map<string, number>();
  for (const m of diagram.meta.values()) {
    if (m.kind !== "availabilityZone" || m.parent === undefined) continue;
    const n = (count.get(m.parent) ?? 0) + 1;
    count.set(m.parent, n);
    zonesPerVpc = Math.max(zonesPerVpc, n);
  }
  return { subnet: 1.6, zone: aspect / zonesPerVpc, region: aspect, root: aspect };
}

/**
 * Absolute boxes in parent-first order, the Internet node over its gateways, then the routes. With
 * a cache, a box made from last time's meta (the same object: see intern) at last time's position
 * and size is last time's box itself (the Internet node aside: it is moved after), and so is an
 * instance's line to its volume when both its ends are.
 */
function assemble(
  diagram: DiagramGraph,
  positions: Positions,
  cache?: LayoutCache,
  subtrees?: ReadonlyMap<string, PlacedSubtree>,
): { result: LayoutResult; fresh: number[]; notes: RouteNotes } {
  const nodes: PlacedNode[] = [];
  /** The places of the boxes made anew (with a cache: the others are the previous layout's). */
  const fresh: number[] = [];
  const previous = cache?.previous && cache.input ? routedOf(cache, cache.previous) : undefined;
  const before = previous?.nodes;
  const oldMeta = cache?.input?.diagram.meta;
  const oldSubtrees = cache?.subtrees;
  const oldList = cache?.previous?.nodes ?? [];
  const oldAt = alignedLookup(oldList, idOf);
  /** The containers walked (not copied over unlooked-at), each with its boxes in order. */
  const walked = new Map<string | undefined, PlacedNode[]>();
  const walk = (node: ElkNode, absX: number, absY: number) => {
    const kids = node.children ?? [];
    const key = node.id === ROOT_NODE_ID ? undefined : node.id;
    const own: PlacedNode[] = [];
    if (kids.length > 0 || key === undefined || previous?.children.has(key)) walked.set(key, own);
    // A container's children's boxes are its placed content's (placeGraph doesn't copy those of a
    // container placed as before into positions).
    const content = subtrees?.get(node.id)?.boxes;
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k] as ElkNode;
      const box = content ? content[k]?.[1] : positions.get(child.id);
      const meta = diagram.meta.get(child.id);
      if (!box || !meta) continue;
      const old = before?.get(child.id);
      let placed: PlacedNode;
      if (
        old !== undefined &&
        oldMeta?.get(child.id) === meta &&
        old.x === box.x &&
        old.y === box.y &&
        old.width === box.width &&
        old.height === box.height &&
        old.absX === absX + box.x &&
        old.absY === absY + box.y &&
        child.id !== INTERNET_NODE_ID
      )
        placed = old;
      else {
        // Object.assign, not spreads into a literal: the same keys in the same order, at a fraction
        // of the cost (one per box: 100,000s of them).
        placed = Object.assign({}, meta, box) as PlacedNode;
        placed.absX = absX + box.x;
        placed.absY = absY + box.y;
        if (cache) fresh.push(nodes.length);
      }
      nodes.push(placed);
      own.push(placed);
      // A container at the same place whose content was placed as last time (the same subtree
      // entry: the same boxes at the same places, made from the same metas) holds last time's boxes:
      // they follow it in the previous list, in this order, so they are copied over unlooked-at.
      const same = placed === old && child.children ? subtrees?.get(child.id) : undefined;
      if (same !== undefined && same === oldSubtrees?.get(child.id)) {
        const at = oldAt(child.id, nodes.length - 1);
        if (at >= 0) {
          for (let i = at + 1; i <= at + same.count; i++) nodes.push(oldList[i] as PlacedNode);
          continue;
        }
      }
      walk(child, placed.absX, placed.absY);
    }
  };
  walk(diagram.graph, 0, 0);
  const root = positions.get(ROOT_NODE_ID) ?? { width: 0, height: 0 };
  centreInternet(nodes, diagram, root.width);
  if (before) keepInternetBox(nodes, before, fresh, walked.get(undefined) ?? []);
  const notes: RouteNotes = { fresh: [] };
  const size = { width: root.width, height: root.height };
  const made = () => fresh.map((k) => nodes[k] as PlacedNode);
  const maps = previous ? boxMapsAfter(previous, nodes, made(), walked) : undefined;
  const edges = routeEdges(nodes, diagram.edges, size, previous, cache ? notes : undefined, maps);
  return { result: { nodes, edges, width: root.width, height: root.height }, fresh, notes };
}

/** The cache's previous layout as assemble and routeEdges read it, made once per layout. */
function routedOf(cache: LayoutCache, result: LayoutResult): RoutedLayout {
  if (cache.routed?.of !== result) cache.routed = { of: result, layout: routedLayout(result) };
  return cache.routed.layout;
}

/**
 * The Internet box is made anew on every layout (centreInternet moves it once the rest is placed):
 * when it comes out as it was, it is the previous box itself again, so that the lines that keep
 * clear of the top-level boxes (every internet gateway's and NAT gateway's) aren't drawn again
 * (routes.ts keptRoutes: at 50,000 instances all ~1,700 were, on every drop).
 */
function keepInternetBox(
  nodes: PlacedNode[],
  before: ReadonlyMap<string, PlacedNode>,
  fresh: number[],
  topLevel: PlacedNode[],
): void {
  const old = before.get(INTERNET_NODE_ID);
  const at = nodes.findIndex((n) => n.id === INTERNET_NODE_ID);
  const made = nodes[at];
  if (old === undefined || made === undefined || !sameFields(old, made)) return;
  nodes[at] = old;
  const k = fresh.indexOf(at);
  if (k >= 0) fresh.splice(k, 1);
  const j = topLevel.indexOf(made);
  if (j >= 0) topLevel[j] = old;
}

function centreInternet(nodes: PlacedNode[], diagram: DiagramGraph, width: number): void {
  const internet = nodes.find((n) => n.id === INTERNET_NODE_ID);
  if (!internet) return;
  // The boxes the Internet's lines reach, found in one pass (no map of every box: 100,000s of them).
  const targets = new Set<string>();
  for (const e of diagram.edges) if (e.source === INTERNET_NODE_ID) targets.add(e.target);
  if (targets.size === 0) return;
  // A loop, not Math.min(...xs): 100,000 arguments overflow the call stack.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const n of nodes) {
    // Its lines reach gateways, or the folded boxes they are drawn in: a kind's word is compared
    // before an id is looked up (150,000 boxes at 50,000 instances).
    if ((n.kind !== "internetGateway" && n.collapsed !== true) || !targets.has(n.id)) continue;
    const x = n.absX + n.width / 2;
    low = Math.min(low, x);
    high = Math.max(high, x);
  }
  if (low === Number.POSITIVE_INFINITY) return;
  const mid = (low + high) / 2;
  const x = Math.min(
    Math.max(mid - internet.width / 2, PADDING.root.side),
    width - PADDING.root.side - internet.width,
  );
  internet.x = x;
  internet.absX = x;
}
