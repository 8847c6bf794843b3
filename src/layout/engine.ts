// Bottom-up layout of the diagram graph: every container is sized from its already-sized children.
// Regular levels (instances in subnets, subnets in zones, zones in VPCs) use the hand-written
// packers of pack.ts: they keep document order, so a small edit never reshuffles the picture.
// Irregular levels (a Region's VPCs and stray boxes, the top level) are packed in rows too
// (packRows). No level needs elkjs, so the layout starts at once, in Node, a worker or a page.
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { INTERNET_ID, ROOT_ID } from "./elk-graph.ts";
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
} from "./pack.ts";
import { GAP, MIN_CONTAINER, PADDING, type Size } from "./sizes.ts";
import type { NodeMeta } from "./types.ts";

/** Wanted width:height ratios per level; the driver tunes them to keep the whole picture screen-shaped. */
export interface ShapeTargets {
  subnet: number;
  zone: number;
  region: number;
  root: number;
}

export interface Box extends Size {
  x: number;
  y: number;
}

/** Positions relative to the parent box, by diagram id (the root's size under ROOT_ID). */
export type Positions = Map<string, Box>;

export function placeGraph(
  graph: ElkNode,
  meta: ReadonlyMap<string, NodeMeta>,
  targets: ShapeTargets,
): Positions {
  const positions: Positions = new Map();
  const grids = new Map<string, GridShape>();

  function place(node: ElkNode): Size {
    const kids = node.children ?? [];
    if (kids.length === 0) return { width: node.width ?? 0, height: node.height ?? 0 };
    const kind = meta.get(node.id)?.kind;
    if (kind === "az") {
      // The zone decides one grid for all its subnets, so their instances line up.
      const subnets = kids.filter((k) => meta.get(k.id)?.kind === "subnet" && (k.children?.length ?? 0) > 0);
      const unitLists = subnets.map((k) => unitsOf(k, meta));
      const shape = commonGrid(unitLists, targets.subnet);
      for (const k of subnets) grids.set(k.id, shape);
    }
    const sizes = kids.map(place);
    const items: Item[] = kids.map((k, i) => ({
      id: k.id,
      ...(sizes[i] as Size),
      ...(meta.get(k.id)?.collapsed ? { keep: true } : {}),
    }));
    let packed: Packed;
    if (kind === "subnet") packed = packSubnet(items, meta, targets.subnet, grids.get(node.id));
    else if (kind === "vpc") packed = packVpcItems(items, meta);
    else if (kind === "az") {
      const isSubnet = (i: Item) => meta.get(i.id)?.kind === "subnet";
      packed = packZone(
        items.filter(isSubnet),
        items.filter((i) => !isSubnet(i)),
        PADDING.az,
        targets.zone,
        MIN_CONTAINER.az,
      );
    } else if (kind === "region")
      packed = packRows(items, PADDING.region, targets.region, MIN_CONTAINER.region);
    else packed = packRoot(items, targets.root);
    for (const p of packed.placed) positions.set(p.id, { x: p.x, y: p.y, width: p.width, height: p.height });
    return { width: packed.width, height: packed.height };
  }

  const size = place(graph);
  positions.set(ROOT_ID, { x: 0, y: 0, ...size });
  // Zones were stretched to a common height after their own children were placed: nothing to redo.
  return positions;
}

/** Units of a subnet from its leaves' own sizes (before it is packed). */
function unitsOf(subnet: ElkNode, meta: ReadonlyMap<string, NodeMeta>): Unit[] {
  const items = (subnet.children ?? []).map((c) => ({
    id: c.id,
    width: c.width ?? 0,
    height: c.height ?? 0,
  }));
  return groupUnits(items, meta);
}

function groupUnits(items: readonly Item[], meta: ReadonlyMap<string, NodeMeta>): Unit[] {
  const units: Unit[] = [];
  const byId = new Map<string, Unit>();
  for (const item of items) {
    const host = meta.get(item.id)?.besideOf;
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

function packSubnet(
  items: readonly Item[],
  meta: ReadonlyMap<string, NodeMeta>,
  aspect: number,
  shape?: GridShape,
): Packed {
  return packGrid(groupUnits(items, meta), PADDING.subnet, aspect, MIN_CONTAINER.subnet, shape);
}

function packVpcItems(items: readonly Item[], meta: ReadonlyMap<string, NodeMeta>): Packed {
  const gateways = items.filter((i) => meta.get(i.id)?.kind === "internetGateway");
  const zones = items.filter((i) => meta.get(i.id)?.kind !== "internetGateway");
  return packVpc(gateways, zones, PADDING.vpc, MIN_CONTAINER.vpc);
}

/** The top level: the Internet node above everything else. */
function packRoot(items: readonly Item[], aspect: number): Packed {
  const internet = items.find((i) => i.id === INTERNET_ID);
  const rest = items.filter((i) => i.id !== INTERNET_ID);
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
