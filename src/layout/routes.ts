// Orthogonal edge routes computed from the finished layout. An edge that enters nested boxes goes
// down through the free bands between rows, or along a container's side margin, so it never cuts
// through a box it doesn't belong to (checked against siblings at every level).

import { LayeredMap } from "../model/layered-map.ts";
import { sameItems } from "../model/same-items.ts";
import { type Rect, type RouteRules, routeKeepsRules, searchRoute } from "./route-search.ts";
import { BORDER_GAP, GAP, HEADER_HEIGHT, PADDING } from "./sizes.ts";
import type { LayoutEdge, PlacedNode, Point, RoutedEdge } from "./types.ts";

const rect = (n: PlacedNode): Rect => ({
  left: n.absX,
  top: n.absY,
  right: n.absX + n.width,
  bottom: n.absY + n.height,
});

function hitsVertical(r: Rect, x: number, y1: number, y2: number): boolean {
  const [a, b] = y1 < y2 ? [y1, y2] : [y2, y1];
  return x > r.left && x < r.right && b > r.top && a < r.bottom;
}

function hitsHorizontal(r: Rect, y: number, x1: number, x2: number): boolean {
  const [a, b] = x1 < x2 ? [x1, x2] : [x2, x1];
  return y > r.top && y < r.bottom && b > r.left && a < r.right;
}

/** Drops repeated and collinear points so the path has only real corners. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const prev = out[out.length - 2];
    if (prev && last) {
      const sameX = Math.abs(prev.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01;
      const sameY = Math.abs(prev.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01;
      if (sameX || sameY) out.pop();
    }
    out.push(p);
  }
  return out;
}

/**
 * An edge with its route: `{ ...e, points }` written out (one per instance's volume, 100,000s; the
 * spread was most of routeEdges' own time). An edge has exactly these fields (elk-graph.ts).
 */
const routed = (e: LayoutEdge, points: Point[]): RoutedEdge => ({
  id: e.id,
  source: e.source,
  target: e.target,
  kind: e.kind,
  points,
});

/** An earlier layout as routeEdges reads it: its boxes by id and by parent, and its routes by id. */
export interface RoutedLayout {
  nodes: ReadonlyMap<string, PlacedNode>;
  children: ReadonlyMap<string | undefined, readonly PlacedNode[]>;
  edges: ReadonlyMap<string, RoutedEdge>;
  width: number;
  height: number;
}

/** Every box by id and by parent. */
function mapBoxes(nodes: readonly PlacedNode[]): BoxMaps {
  // Filled in a loop, not from a list of [id, box] pairs: 300,000 boxes at 100,000 instances.
  const byId = new Map<string, PlacedNode>();
  for (const n of nodes) byId.set(n.id, n);
  return { byId, children: childrenOf(nodes) };
}

function childrenOf(nodes: readonly PlacedNode[]): Map<string | undefined, PlacedNode[]> {
  const children = new Map<string | undefined, PlacedNode[]>();
  for (const n of nodes) {
    const list = children.get(n.parent);
    if (list) list.push(n);
    else children.set(n.parent, [n]);
  }
  return children;
}

export function routedLayout(layout: {
  nodes: readonly PlacedNode[];
  edges: readonly RoutedEdge[];
  width: number;
  height: number;
}): RoutedLayout {
  const { byId, children } = mapBoxes(layout.nodes);
  return {
    nodes: byId,
    children,
    edges: new Map(layout.edges.map((e) => [e.id, e])),
    width: layout.width,
    height: layout.height,
  };
}

/** A layout's boxes by id and by parent (each parent's in the order of the layout's list). */
export interface BoxMaps {
  byId: ReadonlyMap<string, PlacedNode>;
  children: ReadonlyMap<string | undefined, readonly PlacedNode[]>;
}

/**
 * The box maps of a layout made from `previous`'s: `made`, the boxes made anew (every other box is
 * `previous`'s own object, under the same parent), and `walked`, the containers whose boxes were
 * looked at again, each with its boxes in order (any other container holds what it held). A box
 * a walked container no longer holds is gone, with everything it held, unless it was made anew.
 * Made from `previous`'s maps with the changes laid over them (model/layered-map.ts), instead of
 * two maps of every box (at 50,000 instances ~100,000 boxes, ~30 ms of every edit's routing).
 * Undefined when the answer doesn't hold every box once (then they are mapped whole).
 */
export function boxMapsAfter(
  previous: RoutedLayout,
  nodes: readonly PlacedNode[],
  made: readonly PlacedNode[],
  walked: ReadonlyMap<string | undefined, readonly PlacedNode[]>,
): BoxMaps | undefined {
  const removed: string[] = [];
  const emptied: (string | undefined)[] = [];
  const drop = (n: PlacedNode) => {
    removed.push(n.id);
    const held = previous.children.get(n.id);
    if (!held) return;
    emptied.push(n.id);
    for (const k of held) drop(k);
  };
  const filled: [string | undefined, readonly PlacedNode[]][] = [];
  for (const [parent, kids] of walked) {
    const before = previous.children.get(parent) ?? [];
    if (sameItems(before, kids)) continue;
    if (kids.length > 0) filled.push([parent, kids]);
    else emptied.push(parent);
    const now = new Set<string>();
    for (const k of kids) now.add(k.id);
    for (const old of before) if (!now.has(old.id)) drop(old);
  }
  const byId = LayeredMap.changed(
    previous.nodes,
    removed,
    made.map((n) => [n.id, n] as const),
  );
  if (byId.size !== nodes.length) return undefined;
  return { byId, children: LayeredMap.changed(previous.children, emptied, filled) };
}

/** What routeEdges made on the way, for a caller that keeps the layout as a RoutedLayout next. */
export interface RouteNotes {
  /** The boxes by id and by parent. */
  byId?: ReadonlyMap<string, PlacedNode>;
  children?: ReadonlyMap<string | undefined, readonly PlacedNode[]>;
  /** The places (in the answer) of the routes drawn anew: the others are `previous`'s. */
  fresh: number[];
}

export function routeEdges(
  nodes: readonly PlacedNode[],
  edges: readonly LayoutEdge[],
  diagram: { width: number; height: number },
  /**
   * An earlier layout: an edge's route is handed back as it was when everything it reads is the
   * same object as then (its ends; for lines that go between boxes also the boxes around the ends,
   * everything beside those and the picture's size), instead of being drawn again.
   */
  previous?: RoutedLayout,
  notes?: RouteNotes,
  /** The boxes by id and by parent, when the caller has them (boxMapsAfter). */
  maps?: BoxMaps,
): RoutedEdge[] {
  // The top level acts as a container too, so edges can go around top-level boxes.
  const rootBox: PlacedNode = { id: "", kind: "region", x: 0, y: 0, absX: 0, absY: 0, ...diagram };
  const { byId, children } = maps ?? mapBoxes(nodes);
  if (notes) {
    notes.byId = byId;
    notes.children = children;
  }
  const kept = previous ? keptRoutes(previous, byId, children, diagram) : undefined;
  const ancestors = (n: PlacedNode): PlacedNode[] => {
    const out: PlacedNode[] = [];
    for (let p = n.parent && byId.get(n.parent); p; p = p.parent ? byId.get(p.parent) : undefined)
      out.push(p);
    return out;
  };
  /** An internet gateway on its VPC's top border is reached from the VPC's parent, like the VPC. */
  const onBorder = (n: PlacedNode): boolean => n.kind === "internetGateway" && n.y < 0;
  // The gateways on each box's border, found once: keepClear asks for every blocked box of every
  // route, and going through each blocked subnet's children (its instances and volumes) was ~12% of
  // the layout worker's time on an edit at 10,000 instances.
  // Looked for when a route is drawn, among the box's own (not in a pass over every box per layout).
  const onBorderOf = new Map<string, PlacedNode[]>();
  const gatewaysOnBorder = (id: string): PlacedNode[] => {
    let list = onBorderOf.get(id);
    if (list === undefined) {
      list = (children.get(id) ?? []).filter(onBorder);
      onBorderOf.set(id, list);
    }
    return list;
  };
  const levelParent = (n: PlacedNode): string | undefined =>
    onBorder(n) ? byId.get(n.parent ?? "")?.parent : n.parent;
  const siblingsHit = (of: PlacedNode, test: (r: Rect) => boolean): boolean =>
    (children.get(levelParent(of)) ?? []).some((s) => s.id !== of.id && s.id !== of.parent && test(rect(s)));

  /** From a point in a free band of `from`'s container down into `target`, level by level. */
  function descend(start: Point, bandY: number, target: PlacedNode, entryX: number): Point[] {
    const fromContainer = ancestors(target).filter((a) => !onBorder(target) || a.id !== target.parent);
    const points: Point[] = [start, { x: start.x, y: bandY }];
    // Boxes between the start and the target, outermost first.
    const levels = [...[...fromContainer].reverse(), target];
    let cur: Point = { x: start.x, y: bandY };
    let started = false;
    for (let i = 0; i < levels.length; i++) {
      const next = levels[i] as PlacedNode;
      // Skip the outer boxes that already contain the start point.
      const r = rect(next);
      if (!started && start.x >= r.left && start.x <= r.right && start.y >= r.top && start.y <= r.bottom)
        continue;
      started = true;
      const within = levelParent(next);
      const container = within ? byId.get(within) : rootBox;
      const x = Math.min(Math.max(entryX, r.left + 12), r.right - 12);
      if (!siblingsHit(next, (s) => hitsVertical(s, x, cur.y, r.top) || hitsHorizontal(s, cur.y, cur.x, x))) {
        points.push({ x, y: cur.y }, { x, y: r.top });
      } else if (container) {
        // Around: along the container's side margin, then along the free band just above `next`.
        const pad =
          container === rootBox
            ? PADDING.root
            : (PADDING[container.kind as keyof typeof PADDING] ?? PADDING.root);
        const laneY = r.top - GAP.siblings / 2;
        const left = container.absX + pad.side / 2;
        const right = container.absX + container.width - pad.side / 2;
        const lane = [left, right].find(
          (lx) =>
            !siblingsHit(
              next,
              (s) =>
                hitsVertical(s, lx, cur.y, laneY) ||
                hitsHorizontal(s, laneY, lx, x) ||
                hitsHorizontal(s, cur.y, cur.x, lx),
            ),
        );
        if (lane === undefined) points.push({ x, y: cur.y }, { x, y: r.top });
        else points.push({ x: lane, y: cur.y }, { x: lane, y: laneY }, { x, y: laneY }, { x, y: r.top });
      } else {
        points.push({ x, y: cur.y }, { x, y: r.top });
      }
      const pad = PADDING[next.kind as keyof typeof PADDING];
      cur = { x, y: pad ? r.top + (HEADER_HEIGHT + pad.header) / 2 : r.top };
      if (next !== target) points.push(cur);
    }
    return simplify(points);
  }

  /** The general route: from the NAT gateway's bottom edge down into the subnet, turned round. */
  function wayOutAround(subnet: PlacedNode, nat: PlacedNode): Point[] {
    const start = { x: nat.absX + nat.width / 2, y: nat.absY + nat.height };
    return descend(start, start.y + GAP.band, subnet, subnet.absX + subnet.width / 2).reverse();
  }

  const out: RoutedEdge[] = [];
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const same = kept?.(e, s, t);
    if (same) {
      out.push(same);
      continue;
    }
    notes?.fresh.push(out.length);
    let points: Point[];
    if (e.kind === "attach") {
      out.push(routed(e, sideBySide(s, t)));
      continue;
    }
    if (e.kind === "nat") {
      const direct = wayOut(s, t, byId);
      const ends = new Set([...ancestors(s), ...ancestors(t), s, t].map((n) => n.id));
      points = direct && clearOf(direct, children, ends) ? direct : wayOutAround(s, t);
    } else {
      const start = { x: s.absX + s.width / 2, y: s.absY + s.height };
      const entryX =
        e.kind === "public"
          ? t.absX + Math.min(t.width - 24, Math.max(24, t.width * 0.7))
          : t.absX + t.width / 2;
      points = descend(start, start.y + GAP.band, t, entryX);
    }
    out.push(routed(e, keepClear(e.kind, s, t, points)));
  }
  return out;

  /**
   * The hand-made route when it keeps the diagram's promise about lines (off every border, through
   * no box it doesn't belong to); otherwise one found by search (route-search.ts), if there is one.
   */
  function keepClear(kind: LayoutEdge["kind"], s: PlacedNode, t: PlacedNode, points: Point[]): Point[] {
    const up = [s, ...ancestors(s)];
    const tUp = new Set([t, ...ancestors(t)].map((n) => n.id));
    if (tUp.has(s.id) || up.some((n) => n.id === t.id)) return points;
    const common = up.find((n) => tUp.has(n.id));
    const chain = new Set([...up, ...[t, ...ancestors(t)]].filter((n) => n !== common).map((n) => n.id));
    const parents = new Set([...chain].map((id) => byId.get(id)?.parent));
    const blocked: Rect[] = [];
    for (const parent of parents)
      for (const n of children.get(parent) ?? []) {
        if (chain.has(n.id)) continue;
        blocked.push(rect(n));
        // A gateway on a blocked VPC's border sticks out above it: keep clear of it too.
        for (const k of gatewaysOnBorder(n.id)) if (!chain.has(k.id)) blocked.push(rect(k));
      }
    const walls = [...chain]
      .filter((id) => id !== s.id && id !== t.id)
      .map((id) => rect(byId.get(id) as PlacedNode));
    const bounds = common ? rect(common) : rect(rootBox);
    walls.push(bounds);
    const rules: RouteRules = { blocked, ends: [rect(s), rect(t)], walls, clearance: BORDER_GAP };
    if (routeKeepsRules(points, rules)) return points;
    if (kind === "nat") {
      const home = t.kind === "natGateway" && t.parent !== undefined ? byId.get(t.parent) : undefined;
      const lane = byGaps(s, t, home ? rect(home) : rect(t), rules);
      if (lane) return lane;
    }
    const [start, leave, end, arrive] =
      kind === "nat"
        ? [
            { x: s.absX + s.width / 2, y: s.absY },
            "up" as const,
            { x: t.absX + t.width / 2, y: t.absY + t.height },
            "up" as const,
          ]
        : [
            { x: s.absX + s.width / 2, y: s.absY + s.height },
            "down" as const,
            points[points.length - 1] as Point,
            "down" as const,
          ];
    // First near the two ends (few boxes to keep clear of), then anywhere in the common container.
    const margin = 10 * GAP.siblings;
    const near: Rect = {
      left: Math.max(bounds.left, Math.min(start.x, end.x) - margin),
      top: Math.max(bounds.top, Math.min(start.y, end.y) - margin),
      right: Math.min(bounds.right, Math.max(start.x, end.x) + margin),
      bottom: Math.min(bounds.bottom, Math.max(start.y, end.y) + margin),
    };
    const touches = (r: Rect) =>
      r.left < near.right && r.right > near.left && r.top < near.bottom && r.bottom > near.top;
    const found =
      searchRoute(start, leave, end, arrive, near, { ...rules, blocked: blocked.filter(touches) }) ??
      searchRoute(start, leave, end, arrive, bounds, rules);
    return found ?? points;
  }
}

/**
 * The earlier route of an edge when nothing its route reads changed. An instance's line to its
 * volume reads its two ends. Every other line reads its ends, the boxes that hold them, the boxes
 * those hold (siblings it must keep clear of, at every level, and what a way out may cross), the
 * gateways on those siblings' borders if they are VPCs, and the picture's size: all the same objects
 * (and lists) as in `previous`, the same route.
 */
function keptRoutes(
  previous: RoutedLayout,
  byId: ReadonlyMap<string, PlacedNode>,
  children: ReadonlyMap<string | undefined, readonly PlacedNode[]>,
  diagram: { width: number; height: number },
) {
  const sameSize = previous.width === diagram.width && previous.height === diagram.height;
  const kidsSame = new Map<string | undefined, boolean>();
  /** A VPC's internet gateways sit on its top border, above its box: a line passing it clears them too. */
  const sameBorder = (vpc: string): boolean => {
    const gateways = (list: readonly PlacedNode[] | undefined) =>
      (list ?? []).filter((n) => n.kind === "internetGateway");
    const mine = gateways(children.get(vpc));
    const theirs = gateways(previous.children.get(vpc));
    return sameItems(mine, theirs);
  };
  const sameKids = (id: string | undefined): boolean => {
    let known = kidsSame.get(id);
    if (known === undefined) {
      const mine = children.get(id) ?? [];
      const theirs = previous.children.get(id) ?? [];
      known =
        mine.length === theirs.length &&
        mine.every((n, i) => n === theirs[i] && (n.kind !== "vpc" || sameBorder(n.id)));
      kidsSame.set(id, known);
    }
    return known;
  };
  const same = (n: PlacedNode) => previous.nodes.get(n.id) === n;
  /** The box, every box above it and what each of them holds are as before. */
  const sameAround = (n: PlacedNode): boolean => {
    for (let p: PlacedNode | undefined = n; p; p = p.parent === undefined ? undefined : byId.get(p.parent))
      if (!same(p) || !sameKids(p.id)) return false;
    return true;
  };
  return (e: LayoutEdge, s: PlacedNode, t: PlacedNode): RoutedEdge | undefined => {
    const old = previous.edges.get(e.id);
    if (old === undefined || old.kind !== e.kind || old.source !== e.source || old.target !== e.target)
      return undefined;
    if (e.kind === "attach") return same(s) && same(t) ? old : undefined;
    return sameSize && sameKids(undefined) && sameAround(s) && sameAround(t) ? old : undefined;
  };
}

/**
 * A private subnet's way out to a NAT gateway in a subnet higher up, along the gaps between boxes:
 * up into the gap above the subnet, sideways into the gap beside it (or beside the NAT gateway's
 * subnet), up that gap to just below the NAT gateway's subnet, across and up into the NAT gateway.
 * `homeRect`: the NAT gateway's subnet (or the folded box it is drawn as). The first such route
 * that keeps the rules, or undefined.
 */
function byGaps(subnet: PlacedNode, nat: PlacedNode, homeRect: Rect, rules: RouteRules): Point[] | undefined {
  const half = GAP.siblings / 2;
  const below = homeRect.bottom + half;
  const above = subnet.absY - half;
  if (below >= above) return undefined;
  const natX = nat.absX + nat.width / 2;
  const fromX = subnet.absX + subnet.width / 2;
  const lanes = [
    subnet.absX - half,
    subnet.absX + subnet.width + half,
    homeRect.left - half,
    homeRect.right + half,
  ];
  lanes.sort((a, b) => Math.abs(a - fromX) + Math.abs(a - natX) - (Math.abs(b - fromX) + Math.abs(b - natX)));
  for (const x of lanes) {
    const route = simplify([
      { x: fromX, y: subnet.absY },
      { x: fromX, y: above },
      { x, y: above },
      { x, y: below },
      { x: natX, y: below },
      { x: natX, y: nat.absY + nat.height },
    ]);
    if (routeKeepsRules(route, rules)) return route;
  }
  return undefined;
}

/** Instance -> volume: straight across when side by side, otherwise one elbow. */
function sideBySide(s: PlacedNode, t: PlacedNode): Point[] {
  const sy = s.absY + s.height / 2;
  const ty = t.absY + t.height / 2;
  if (t.absX >= s.absX + s.width) {
    const midX = (s.absX + s.width + t.absX) / 2;
    return simplify([
      { x: s.absX + s.width, y: sy },
      { x: midX, y: sy },
      { x: midX, y: ty },
      { x: t.absX, y: ty },
    ]);
  }
  const sx = s.absX + s.width / 2;
  const tx = t.absX + t.width / 2;
  if (t.absY >= s.absY + s.height) {
    const midY = (s.absY + s.height + t.absY) / 2;
    return simplify([
      { x: sx, y: s.absY + s.height },
      { x: sx, y: midY },
      { x: tx, y: midY },
      { x: tx, y: t.absY },
    ]);
  }
  const midY = s.absY - GAP.subnetItems / 2;
  return simplify([
    { x: sx, y: s.absY },
    { x: sx, y: midY },
    { x: tx, y: midY },
    { x: tx, y: t.absY },
  ]);
}

/**
 * A private subnet's way out to a NAT gateway in a subnet above it (the usual picture: the NAT
 * gateway is the last box of a public subnet, private subnets are below). Straight up when they
 * share a column; otherwise up into the gap just above the subnet, across, and up into the NAT
 * gateway's lower edge. The arrow ends at the NAT gateway. Undefined when the NAT gateway's subnet
 * isn't above this one (the general route is used then).
 */
function wayOut(
  subnet: PlacedNode,
  nat: PlacedNode,
  byId: ReadonlyMap<string, PlacedNode>,
): Point[] | undefined {
  const home = nat.parent === undefined ? undefined : byId.get(nat.parent);
  if (!home || home.absY + home.height > subnet.absY) return undefined;
  const natX = nat.absX + nat.width / 2;
  const bottom = nat.absY + nat.height;
  const left = Math.max(subnet.absX, nat.absX) + 12;
  const right = Math.min(subnet.absX + subnet.width, nat.absX + nat.width) - 12;
  if (left <= right) {
    const x = Math.min(Math.max(natX, left), right);
    return [
      { x, y: subnet.absY },
      { x, y: bottom },
    ];
  }
  const from = subnet.absX + subnet.width / 2;
  const band = subnet.absY - GAP.siblings / 2;
  return simplify([
    { x: from, y: subnet.absY },
    { x: from, y: band },
    { x: natX, y: band },
    { x: natX, y: bottom },
  ]);
}

/**
 * True when no box but `allowed` ones lies across the polyline. Boxes lie inside their parents,
 * so a box can only be crossed where its parent is: the search goes down from the top level into
 * the allowed boxes the line crosses (a crossed box that isn't allowed ends it), never through the
 * whole diagram (that made every way out cost a pass over all boxes: quadratic in instances).
 */
function clearOf(
  points: readonly Point[],
  children: ReadonlyMap<string | undefined, readonly PlacedNode[]>,
  allowed: ReadonlySet<string>,
): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const crosses = (n: PlacedNode) => {
      const r = rect(n);
      return Math.abs(a.x - b.x) < 0.01 ? hitsVertical(r, a.x, a.y, b.y) : hitsHorizontal(r, a.y, a.x, b.x);
    };
    // Parents come before their children in the layout, so every drawn box is reached from the top.
    const open: (string | undefined)[] = [undefined];
    while (open.length > 0) {
      for (const n of children.get(open.pop()) ?? []) {
        if (!crosses(n)) continue;
        if (!allowed.has(n.id)) return false;
        open.push(n.id);
      }
    }
  }
  return true;
}
