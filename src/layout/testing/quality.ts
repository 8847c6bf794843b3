// Checks a finished layout against the promises of the diagram: siblings never overlap, every
// box sits inside its parent below the parent's label, parents come before children.
import { BORDER_GAP, HEADER_HEIGHT } from "../sizes.ts";
import { isContainerKind, type LayoutResult, type PlacedNode, type Point } from "../types.ts";

/** Smallest gap kept between a child and its parent's border. */
const MIN_INSET = 8;

interface Problem {
  kind: "overlap" | "outside" | "order" | "crossing";
  ids: string[];
  detail: string;
}

function overlap(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function aspectRatio(layout: LayoutResult): number {
  return layout.height === 0 ? 1 : layout.width / layout.height;
}

export function checkLayout(layout: LayoutResult): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, PlacedNode>();
  const siblings = new Map<string | undefined, PlacedNode[]>();
  const border: [PlacedNode, PlacedNode][] = [];
  for (const n of layout.nodes) {
    if (n.parent !== undefined) {
      const parent = seen.get(n.parent);
      if (!parent) {
        problems.push({ kind: "order", ids: [n.id], detail: `parent ${n.parent} missing or after child` });
      } else {
        const top = isContainerKind(parent.kind) ? HEADER_HEIGHT : MIN_INSET;
        const onBorder = onVpcBorder(n, parent);
        const inside =
          n.x >= MIN_INSET &&
          (onBorder || n.y >= top) &&
          n.x + n.width <= parent.width - MIN_INSET &&
          n.y + n.height <= parent.height - MIN_INSET;
        if (onBorder) border.push([n, parent]);
        if (!inside)
          problems.push({
            kind: "outside",
            ids: [n.id, parent.id],
            detail: `${n.id} not inside ${parent.id}`,
          });
        if (Math.abs(parent.absX + n.x - n.absX) > 0.01 || Math.abs(parent.absY + n.y - n.absY) > 0.01)
          problems.push({ kind: "order", ids: [n.id], detail: "absolute position disagrees with parent" });
      }
    } else if (n.x < 0 || n.y < 0 || n.x + n.width > layout.width || n.y + n.height > layout.height) {
      problems.push({ kind: "outside", ids: [n.id], detail: `${n.id} outside the diagram` });
    }
    seen.set(n.id, n);
    const list = siblings.get(n.parent) ?? [];
    for (const other of list)
      if (overlap(n, other))
        problems.push({ kind: "overlap", ids: [other.id, n.id], detail: "siblings overlap" });
    list.push(n);
    siblings.set(n.parent, list);
  }
  for (const [n, vpc] of border) problems.push(...checkOnBorder(n, vpc, seen, siblings));
  return problems;
}

/** The one box allowed out of its parent: an internet gateway centred on its VPC's top border. */
function onVpcBorder(n: PlacedNode, parent: PlacedNode): boolean {
  return n.kind === "internetGateway" && parent.kind === "vpc" && Math.abs(n.y + n.height / 2) < 0.01;
}

/**
 * A gateway on its VPC's border covers nothing: not the VPC's header text, not the VPC's
 * neighbours, and it stays inside the VPC's own parent, below that one's header.
 */
function checkOnBorder(
  n: PlacedNode,
  vpc: PlacedNode,
  seen: ReadonlyMap<string, PlacedNode>,
  siblings: ReadonlyMap<string | undefined, PlacedNode[]>,
): Problem[] {
  const problems: Problem[] = [];
  const ids = [n.id, vpc.id];
  if (n.x < (vpc.labelWidth ?? 0))
    problems.push({ kind: "overlap", ids, detail: `${n.id} covers the header` });
  const outer = vpc.parent === undefined ? undefined : seen.get(vpc.parent);
  if (outer && n.absY < outer.absY + HEADER_HEIGHT + MIN_INSET)
    problems.push({ kind: "outside", ids, detail: `${n.id} reaches into ${outer.id}'s header` });
  if (!outer && n.absY < 0) problems.push({ kind: "outside", ids, detail: `${n.id} outside the diagram` });
  const abs = (b: PlacedNode) => ({ ...b, x: b.absX, y: b.absY });
  for (const other of siblings.get(vpc.parent) ?? [])
    if (other.id !== vpc.id && overlap(abs(n), abs(other)))
      problems.push({ kind: "overlap", ids: [n.id, other.id], detail: `${n.id} covers ${other.id}` });
  return problems;
}

function segmentCrosses(a: Point, b: Point, n: PlacedNode): boolean {
  const left = n.absX;
  const right = n.absX + n.width;
  const top = n.absY;
  const bottom = n.absY + n.height;
  if (Math.abs(a.x - b.x) < 0.01) {
    const [y1, y2] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
    return a.x > left && a.x < right && y2 > top && y1 < bottom;
  }
  const [x1, x2] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
  return a.y > top && a.y < bottom && x2 > left && x1 < right;
}

/**
 * Edge segments that run along a box's border (parallel, closer than BORDER_GAP, over more than
 * half a pixel): a line on a frame reads as the frame's colour, not as a line.
 */
export function checkBorders(layout: LayoutResult): Problem[] {
  const problems: Problem[] = [];
  for (const e of layout.edges) {
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1] as Point;
      const b = e.points[i] as Point;
      const horizontal = Math.abs(a.y - b.y) < 0.01;
      const [lo, hi] = horizontal
        ? [Math.min(a.x, b.x), Math.max(a.x, b.x)]
        : [Math.min(a.y, b.y), Math.max(a.y, b.y)];
      const at = horizontal ? a.y : a.x;
      for (const n of layout.nodes) {
        const [s0, s1] = horizontal ? [n.absX, n.absX + n.width] : [n.absY, n.absY + n.height];
        if (Math.min(hi, s1) - Math.max(lo, s0) <= 0.5) continue;
        const sides = horizontal ? [n.absY, n.absY + n.height] : [n.absX, n.absX + n.width];
        if (sides.some((side) => Math.abs(at - side) < BORDER_GAP - 0.01))
          problems.push({
            kind: "crossing",
            ids: [e.id, n.id],
            detail: `${e.id} runs along ${n.id}'s border`,
          });
      }
    }
  }
  return problems;
}

/** Edges that pass through a box other than their ends and the ends' containers. */
export function checkRoutes(layout: LayoutResult): Problem[] {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const lineage = (id: string): Set<string> => {
    const out = new Set<string>();
    for (let n = byId.get(id); n; n = n.parent === undefined ? undefined : byId.get(n.parent)) out.add(n.id);
    return out;
  };
  const problems: Problem[] = [];
  for (const e of layout.edges) {
    const allowed = new Set([...lineage(e.source), ...lineage(e.target)]);
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1] as Point;
      const b = e.points[i] as Point;
      if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01)
        problems.push({ kind: "crossing", ids: [e.id], detail: "diagonal segment" });
      for (const n of layout.nodes) {
        if (allowed.has(n.id) || !segmentCrosses(a, b, n)) continue;
        problems.push({ kind: "crossing", ids: [e.id, n.id], detail: `${e.id} passes through ${n.id}` });
      }
    }
  }
  return problems;
}
