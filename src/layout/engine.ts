// Bottom-up layout of the diagram graph: every container is sized from its already-sized children.
// Regular levels (instances in subnets, subnets in zones, zones in VPCs) use the hand-written
// packers of pack.ts: they keep document order, so a small edit never reshuffles the picture.
// Irregular levels (a Region's VPCs and stray boxes, the top level) are packed in rows too
// (packRows). No level needs elkjs, so the layout starts at once, in Node, a worker or a page.
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { INTERNET_NODE_ID, ROOT_NODE_ID } from "../model/node-ids.ts";
import {
  commonGrid,
  type GridShape,
  type Item,
  type Packed,
  packGrid,
  packRows,
  packVpc,
  packZone,
  type Unit,
  withRoomAbove,
} from "./pack.ts";
import { GAP, MIN_CONTAINER, PADDING, type Size } from "./sizes.ts";
import type { DiagramKind, NodeMeta } from "./types.ts";

/** Wanted width:height ratios per level; the driver tunes them to keep the whole picture screen-shaped. */
export interface ShapeTargets {
  subnet: number;
  zone: number;
  region: number;
  root: number;
}

/** A container's size, and how far its children reach above its top edge (see withRoomAbove). */
interface Placement extends Size {
  above?: number;
}

export interface Box extends Size {
  x: number;
  y: number;
}

/** Positions relative to the parent box, by diagram id (the root's size under ROOT_NODE_ID). */
export type Positions = Map<string, Box>;

/**
 * Packings of earlier layouts, by container, so an edit re-packs only the containers whose
 * content changed (every other one is looked up: same children, same sizes, same wanted shape →
 * the same packing, as every packer is a pure function of exactly those). Keep one per caller
 * (the layout worker, the page); entries a layout didn't use are dropped after it.
 */
export interface PlaceCache {
  entries: Map<string, CacheEntry>;
  used: Set<string>;
  /**
   * Whole placed subtrees, by container and every wanted shape (and its zone's grid): a container
   * given again as the same graph object (layout.ts hands unchanged subtrees back as the previous
   * objects, metas included) under the same shapes is not walked at all: its boxes are replayed.
   */
  subtrees: Map<string, SubtreeEntry>;
  usedSubtrees: Set<string>;
}

/**
 * One container's placed content, as placeGraph tells its caller (see placeGraph's `subtrees`): the
 * same object in two layouts means the same boxes inside it, at the same places.
 */
export interface PlacedSubtree {
  /** How many boxes it holds, at every depth. */
  readonly count: number;
  /** Its children's boxes (relative to it), in the children's order. */
  readonly boxes: readonly (readonly [string, Box])[];
}

/** One container placed under one set of wanted shapes: its size and its children's boxes. */
interface SubtreeEntry extends PlacedSubtree {
  key: string;
  node: ElkNode;
  placement: Placement;
  /** The children's boxes (shared, never changed), in the children's order. */
  boxes: [string, Box][];
  /** The entries of the children that are containers themselves. */
  kids: SubtreeEntry[];
}

interface CacheEntry {
  /** Per child: id, kind, the box it is drawn beside, folded or not, width, height (flattened). */
  signature: unknown[];
  packed: Packed;
  /** Its placed boxes as Positions hold them (made once, shared by every layout that hits). */
  boxes: [string, Box][];
  /** Zones: the grid their subnets share (its own inputs are the subnets' leaves). */
  grid?: { signature: unknown[]; shape: GridShape };
}

export function createPlaceCache(): PlaceCache {
  return { entries: new Map(), used: new Set(), subtrees: new Map(), usedSubtrees: new Set() };
}

/** Forgets the packings the last layout didn't use (deleted containers, abandoned shapes). */
export function trimPlaceCache(cache: PlaceCache): void {
  for (const key of cache.entries.keys()) if (!cache.used.has(key)) cache.entries.delete(key);
  cache.used.clear();
  for (const key of cache.subtrees.keys()) if (!cache.usedSubtrees.has(key)) cache.subtrees.delete(key);
  cache.usedSubtrees.clear();
}

function boxesOf(packed: Packed): [string, Box][] {
  return packed.placed.map((p) => [p.id, { x: p.x, y: p.y, width: p.width, height: p.height }]);
}

function sameSignature(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function childSignature(
  kids: readonly ElkNode[],
  sizes: readonly Placement[],
  metas: readonly (NodeMeta | undefined)[],
): unknown[] {
  const out: unknown[] = [];
  kids.forEach((k, i) => {
    const m = metas[i];
    const size = sizes[i] as Placement;
    out.push(k.id, m?.kind, m?.besideOf, m?.collapsed, size.width, size.height, size.above);
  });
  return out;
}

/** What a zone's shared grid depends on: its subnets' leaves (ids, kinds, hosts, sizes). */
function gridSignature(subnets: readonly ElkNode[], meta: ReadonlyMap<string, NodeMeta>): unknown[] {
  const out: unknown[] = [];
  for (const s of subnets) {
    out.push(s.id, "|");
    for (const c of s.children ?? []) out.push(c.id, meta.get(c.id)?.besideOf, c.width, c.height);
  }
  return out;
}

export function placeGraph(
  graph: ElkNode,
  meta: ReadonlyMap<string, NodeMeta>,
  targets: ShapeTargets,
  cache?: PlaceCache,
  /**
   * Filled (with a cache) with each container's placed content, by id. Then the boxes inside a
   * container placed as before are not put into the answer again (150,000 at 50,000 instances, for
   * every shape tried): its children's boxes are its entry's, as are those of each container in it.
   */
  subtrees?: Map<string, PlacedSubtree>,
): Positions {
  const positions: Positions = new Map();
  const entriesRead = subtrees !== undefined;
  const grids = new Map<string, GridShape>();
  const keyOf = (id: string, kind: DiagramKind | undefined) =>
    `${id}\u0000${kind}\u0000${targetOf(kind, targets)}\u0000${gridKey(grids.get(id))}\u0000${meta.get(id)?.labelWidth ?? ""}\u0000${meta.get(id)?.minWidth ?? ""}`;
  const shapes = `${targets.subnet}/${targets.zone}/${targets.region}/${targets.root}`;
  /** The subtree entry of each container placed in this call (a parent's entry lists its kids'). */
  const placedEntries: Map<string, SubtreeEntry> = (subtrees as Map<string, SubtreeEntry>) ?? new Map();
  /**
   * Marks a cached subtree's entries used and gives each container in it its entry; its boxes go
   * into `positions` only when the caller doesn't read them from the entries.
   */
  const replay = (entry: SubtreeEntry, subtrees: PlaceCache) => {
    subtrees.usedSubtrees.add(entry.key);
    if (!entriesRead) for (const [id, box] of entry.boxes) positions.set(id, box);
    for (const kid of entry.kids) {
      placedEntries.set(kid.node.id, kid);
      replay(kid, subtrees);
    }
  };
  /**
   * Each container's children's metas, in their order, looked up once: a subnet's are read for its
   * zone's grid and again for its own packing, each for every instance and volume (300,000 lookups
   * in a map of 300,000 boxes per pass at 100,000 instances).
   */
  const kidMetas = new Map<ElkNode, (NodeMeta | undefined)[]>();
  const metasOf = (node: ElkNode): (NodeMeta | undefined)[] => {
    let list = kidMetas.get(node);
    if (!list) {
      list = (node.children ?? []).map((k) => meta.get(k.id));
      kidMetas.set(node, list);
    }
    return list;
  };

  function place(node: ElkNode): Placement {
    const kids = node.children ?? [];
    if (kids.length === 0) return { width: node.width ?? 0, height: node.height ?? 0 };
    if (!cache) return placeContainer(node, kids);
    const subtreeKey = `${node.id}\u0000${shapes}\u0000${gridKey(grids.get(node.id))}`;
    const known = cache.subtrees.get(subtreeKey);
    if (known && known.node === node) {
      replay(known, cache);
      placedEntries.set(node.id, known);
      return known.placement;
    }
    const placement = placeContainer(node, kids);
    const boxes: [string, Box][] = [];
    const entries: SubtreeEntry[] = [];
    let count = kids.length;
    for (const k of kids) {
      boxes.push([k.id, positions.get(k.id) as Box]);
      const entry = placedEntries.get(k.id);
      if (entry) {
        entries.push(entry);
        count += entry.count;
      }
    }
    const entry: SubtreeEntry = { key: subtreeKey, node, placement, boxes, kids: entries, count };
    cache.subtrees.set(subtreeKey, entry);
    cache.usedSubtrees.add(subtreeKey);
    placedEntries.set(node.id, entry);
    return placement;
  }

  function placeContainer(node: ElkNode, kids: readonly ElkNode[]): Placement {
    const kind = meta.get(node.id)?.kind;
    const previous = cache?.entries.get(keyOf(node.id, kind));
    let grid: CacheEntry["grid"];
    if (kind === "availabilityZone") {
      // The zone decides one grid for all its subnets, so their instances line up.
      const subnets = kids.filter((k) => meta.get(k.id)?.kind === "subnet" && (k.children?.length ?? 0) > 0);
      const signature = cache ? gridSignature(subnets, meta) : [];
      const shape =
        previous?.grid && sameSignature(previous.grid.signature, signature)
          ? previous.grid.shape
          : commonGrid(
              subnets.map((k) => unitsOf(k, metasOf(k))),
              targets.subnet,
            );
      for (const k of subnets) grids.set(k.id, shape);
      if (cache) grid = { signature, shape };
    }
    const sizes = kids.map(place);
    const key = cache ? keyOf(node.id, kind) : "";
    const signature = cache ? childSignature(kids, sizes, metasOf(node)) : [];
    const hit = cache?.entries.get(key);
    if (cache && hit && sameSignature(hit.signature, signature)) {
      cache.used.add(key);
      for (const [id, box] of hit.boxes) positions.set(id, box);
      return placement(hit.packed);
    }
    // Written out, not spread: one per box and attempt (100,000s of boxes, up to 6 attempts).
    const metas = metasOf(node);
    const items: Item[] = kids.map((k, i) => {
      const size = sizes[i] as Placement;
      const item: Item = { id: k.id, width: size.width, height: size.height };
      if (size.above !== undefined) item.above = size.above;
      if (metas[i]?.collapsed) item.keep = true;
      return item;
    });
    let packed: Packed;
    const min = minSize(meta.get(node.id));
    if (kind === "subnet")
      packed = packSubnet(items, metas, targets.subnet, min("subnet"), grids.get(node.id));
    else if (kind === "vpc") packed = packVpcItems(items, meta, min("vpc"), meta.get(node.id)?.labelWidth);
    else if (kind === "availabilityZone") {
      const isSubnet = (i: Item) => meta.get(i.id)?.kind === "subnet";
      packed = packZone(
        items.filter(isSubnet),
        items.filter((i) => !isSubnet(i)),
        PADDING.availabilityZone,
        targets.zone,
        min("availabilityZone"),
      );
    } else if (kind === "region")
      packed = withRoomAbove(items, (list) => packRows(list, PADDING.region, targets.region, min("region")));
    else packed = withRoomAbove(items, (list) => packRoot(list, targets.root));
    if (cache) {
      const boxes = boxesOf(packed);
      for (const [id, box] of boxes) positions.set(id, box);
      cache.entries.set(key, { signature, packed, boxes, ...(grid ? { grid } : {}) });
      cache.used.add(key);
    } else {
      // No cache (the command line): no [id, box] list to keep, only the boxes, every attempt.
      for (const p of packed.placed)
        positions.set(p.id, { x: p.x, y: p.y, width: p.width, height: p.height });
    }
    return placement(packed);
  }

  const size = place(graph);
  positions.set(ROOT_NODE_ID, { x: 0, y: 0, width: size.width, height: size.height });
  // Zones were stretched to a common height after their own children were placed: nothing to redo.
  return positions;
}

/** The one wanted shape a container of this kind is packed for. */
function targetOf(kind: DiagramKind | undefined, t: ShapeTargets): number | string {
  if (kind === "subnet") return t.subnet;
  if (kind === "availabilityZone") return `${t.zone}/${t.subnet}`;
  if (kind === "region") return t.region;
  if (kind === "vpc") return 0;
  return t.root;
}

function gridKey(shape: GridShape | undefined): string {
  return shape ? `${shape.cols}x${shape.cell.width}x${shape.cell.height}` : "";
}

/** Units of a subnet from its leaves' own sizes (before it is packed); `metas`: its children's. */
function unitsOf(subnet: ElkNode, metas: readonly (NodeMeta | undefined)[]): Unit[] {
  const items = (subnet.children ?? []).map((c) => ({
    id: c.id,
    width: c.width ?? 0,
    height: c.height ?? 0,
  }));
  return groupUnits(items, metas);
}

/** `metas[i]`: the meta of `items[i]`. */
function groupUnits(items: readonly Item[], metas: readonly (NodeMeta | undefined)[]): Unit[] {
  const units: Unit[] = [];
  const byId = new Map<string, Unit>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const host = metas[i]?.besideOf;
    const unit = host === undefined ? undefined : byId.get(host);
    if (unit) unit.beside.push(item);
    else {
      const u: Unit = { main: item, beside: [] };
      units.push(u);
      byId.set(item.id, u);
    }
  }
  return units;
}

/** A container's smallest size: its kind's, wider when its header's words need it (NodeMeta.minWidth). */
function minSize(m: NodeMeta | undefined) {
  return (kind: keyof typeof MIN_CONTAINER): Size => {
    const least = MIN_CONTAINER[kind];
    return m?.minWidth === undefined ? least : { ...least, width: Math.max(least.width, m.minWidth) };
  };
}

function packSubnet(
  items: readonly Item[],
  metas: readonly (NodeMeta | undefined)[],
  aspect: number,
  min: Size,
  shape?: GridShape,
): Packed {
  return packGrid(groupUnits(items, metas), PADDING.subnet, aspect, min, shape);
}

function packVpcItems(
  items: readonly Item[],
  meta: ReadonlyMap<string, NodeMeta>,
  min: Size,
  labelWidth?: number,
): Packed {
  const gateways = items.filter((i) => meta.get(i.id)?.kind === "internetGateway");
  const zones = items.filter((i) => meta.get(i.id)?.kind !== "internetGateway");
  return packVpc(gateways, zones, PADDING.vpc, min, labelWidth);
}

/** A packed container's size, and how far its children reach above it. */
function placement(packed: Packed): Placement {
  return { width: packed.width, height: packed.height, ...(packed.above ? { above: packed.above } : {}) };
}

/** The top level: the Internet node above everything else. */
function packRoot(items: readonly Item[], aspect: number): Packed {
  const internet = items.find((i) => i.id === INTERNET_NODE_ID);
  const rest = items.filter((i) => i.id !== INTERNET_NODE_ID);
  const top = internet ? internet.height + GAP.band * 2 : 0;
  const pad = { ...PADDING.root, header: PADDING.root.header + top };
  const packed = packRows(rest, pad, aspect, { width: 0, height: 0 });
  if (internet) {
    const width = Math.max(packed.width, internet.width + 2 * pad.side);
    packed.placed.unshift({ ...internet, x: (width - internet.width) / 2, y: PADDING.root.header });
    packed.width = width;
  }
  return packed;
}
