// An orthogonal route found by search, for the lines the hand-made routes of routes.ts can't draw
// cleanly (a folded box beside the line's other end, a subnet in a lower row of its zone). The
// rules are the diagram's promise about lines (testing/quality.ts checks them on every layout): a line
// never enters a box it doesn't belong to, and never runs along any border closer than `clearance`.
// The search runs on a grid of the coordinates that matter (each box's border ± clearance, the
// middle of every gap) and prefers short routes with few corners.
import type { Point } from "./types.ts";

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Direction = "up" | "down" | "left" | "right";

export interface RouteRules {
  /** Boxes the line has nothing to do with: never inside them, never along their borders. */
  blocked: readonly Rect[];
  /** The line's own ends: never inside them, never along their borders (leaving them is fine). */
  ends: readonly Rect[];
  /** Containers the line runs inside: crossing their borders is fine, running along them is not. */
  walls: readonly Rect[];
  clearance: number;
}

/** True when the straight segment a–b keeps the rules. */
function segmentKeepsRules(a: Point, b: Point, rules: RouteRules): boolean {
  const horizontal = Math.abs(a.y - b.y) < 0.01;
  const [lo, hi] = horizontal ? minMax(a.x, b.x) : minMax(a.y, b.y);
  return keeps(horizontal, horizontal ? a.y : a.x, lo, hi, rules);
}

/**
 * The same for a horizontal (or vertical) run at `at` from `lo` to `hi`; `blocked`: the rules'
 * blocked boxes, or only those that could lie across this run.
 */
function keeps(
  horizontal: boolean,
  at: number,
  lo: number,
  hi: number,
  rules: RouteRules,
  blocked: readonly Rect[] = rules.blocked,
): boolean {
  const c = rules.clearance;
  for (const r of blocked) if (crossesInterior(horizontal, at, lo, hi, r, c)) return false;
  for (const r of rules.ends)
    if (crossesInterior(horizontal, at, lo, hi, r, 0) || runsAlong(horizontal, at, lo, hi, r, c))
      return false;
  for (const r of rules.walls) if (runsAlong(horizontal, at, lo, hi, r, c)) return false;
  return true;
}

/** True when every segment of the polyline keeps the rules. */
export function routeKeepsRules(points: readonly Point[], rules: RouteRules): boolean {
  for (let i = 1; i < points.length; i++)
    if (!segmentKeepsRules(points[i - 1] as Point, points[i] as Point, rules)) return false;
  return true;
}

function minMax(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}

/** Inside `r` grown by `grow` on every side. */
function crossesInterior(
  horizontal: boolean,
  at: number,
  lo: number,
  hi: number,
  r: Rect,
  grow: number,
): boolean {
  const e = 0.01 - grow;
  return horizontal
    ? at > r.top + e && at < r.bottom - e && hi > r.left + e && lo < r.right - e
    : at > r.left + e && at < r.right - e && hi > r.top + e && lo < r.bottom - e;
}

/** Parallel to one of `r`'s borders, closer than `c`, over more than half a pixel. */
function runsAlong(horizontal: boolean, at: number, lo: number, hi: number, r: Rect, c: number): boolean {
  const [s0, s1, b0, b1] = horizontal
    ? [r.left, r.right, r.top, r.bottom]
    : [r.top, r.bottom, r.left, r.right];
  if (Math.min(hi, s1) - Math.max(lo, s0) <= 0.5) return false;
  return Math.abs(at - b0) < c - 0.01 || Math.abs(at - b1) < c - 0.01;
}

const STEP: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };
const DIRS: readonly Direction[] = ["up", "down", "left", "right"];
/** What a corner costs, in pixels of length: a longer line with fewer corners reads better. */
const CORNER_COST = 60;
/** Past this many grid points the search is not worth it (the hand-made route stays). */
const MAX_POINTS = 160_000;

/**
 * The cheapest route from `start` (leaving in `leave` direction) to `end` (arriving moving in
 * `arrive` direction) inside `bounds`, keeping `rules`; undefined when there is none.
 */
export function searchRoute(
  start: Point,
  leave: Direction,
  end: Point,
  arrive: Direction,
  bounds: Rect,
  rules: RouteRules,
): Point[] | undefined {
  const c = rules.clearance;
  const xs = new Set<number>([start.x, end.x]);
  const ys = new Set<number>([start.y, end.y]);
  for (const r of [...rules.blocked, ...rules.ends, ...rules.walls]) {
    for (const v of [r.left - c, r.right + c, r.left + c, r.right - c]) xs.add(v);
    for (const v of [r.top - c, r.bottom + c, r.top + c, r.bottom - c]) ys.add(v);
  }
  const gx = withMiddles(xs, bounds.left, bounds.right);
  const gy = withMiddles(ys, bounds.top, bounds.bottom);
  if (gx.length * gy.length > MAX_POINTS) return undefined;
  const si = gx.indexOf(start.x);
  const sj = gy.indexOf(start.y);
  const ei = gx.indexOf(end.x);
  const ej = gy.indexOf(end.y);
  if (si < 0 || sj < 0 || ei < 0 || ej < 0) return undefined;

  const nx = gx.length;
  const ny = gy.length;
  const key = (i: number, j: number, d: number) => (j * nx + i) * 4 + d;
  const cost = new Float64Array(nx * ny * 4).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(nx * ny * 4).fill(-1);
  // Per grid row (column): the blocked boxes a horizontal (vertical) run there could cross.
  const across = (v: number, low: (r: Rect) => number, high: (r: Rect) => number) =>
    rules.blocked.filter((r) => v > low(r) - c + 0.01 && v < high(r) + c - 0.01);
  const rows = gy.map((y) =>
    across(
      y,
      (r) => r.top,
      (r) => r.bottom,
    ),
  );
  const cols = gx.map((x) =>
    across(
      x,
      (r) => r.left,
      (r) => r.right,
    ),
  );
  // Whether the step from a grid point in a direction keeps the rules: 0 unknown, 1 yes, 2 no.
  const ok = new Uint8Array(nx * ny * 4);
  const stepOk = (i: number, j: number, d: number, ni: number, nj: number): boolean => {
    const k = key(i, j, d);
    if (ok[k] === 0) {
      const horizontal = j === nj;
      const at = horizontal ? (gy[j] as number) : (gx[i] as number);
      const [lo, hi] = horizontal
        ? minMax(gx[i] as number, gx[ni] as number)
        : minMax(gy[j] as number, gy[nj] as number);
      ok[k] = keeps(horizontal, at, lo, hi, rules, horizontal ? rows[j] : cols[i]) ? 1 : 2;
    }
    return ok[k] === 1;
  };
  // A*: the straight distance to the end never overestimates what is left.
  const rest = (i: number, j: number) =>
    Math.abs((gx[i] as number) - end.x) + Math.abs((gy[j] as number) - end.y);
  const heap = new MinHeap();
  const first = DIRS.indexOf(leave);
  cost[key(si, sj, first)] = 0;
  heap.push(rest(si, sj), key(si, sj, first));
  let found = -1;
  while (heap.size > 0) {
    const [f, k] = heap.pop();
    const d = k % 4;
    const cell = (k - d) / 4;
    const i = cell % nx;
    const j = (cell - i) / nx;
    const c0 = cost[k] as number;
    if (f > c0 + rest(i, j) + 1e-6) continue;
    if (i === ei && j === ej) {
      if (DIRS[d] === arrive && k !== key(si, sj, first)) {
        found = k;
        break;
      }
      continue;
    }
    for (let nd = 0; nd < 4; nd++) {
      if (i === si && j === sj && c0 === 0 && nd !== first) continue; // leave as asked
      const [dx, dy] = STEP[DIRS[nd] as Direction];
      const ni = i + dx;
      const nj = j + dy;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      if (
        (dx !== 0 && (DIRS[d] === "left" || DIRS[d] === "right") && nd !== d) ||
        (dy !== 0 && (DIRS[d] === "up" || DIRS[d] === "down") && nd !== d)
      )
        continue; // no turning back
      if (!stepOk(i, j, nd, ni, nj)) continue;
      const length =
        Math.abs((gx[ni] as number) - (gx[i] as number)) + Math.abs((gy[nj] as number) - (gy[j] as number));
      const next = c0 + length + (nd === d ? 0 : CORNER_COST);
      const nk = key(ni, nj, nd);
      if (next < (cost[nk] as number)) {
        cost[nk] = next;
        from[nk] = k;
        heap.push(next + rest(ni, nj), nk);
      }
    }
  }
  if (found < 0) return undefined;
  const points: Point[] = [];
  for (let k = found; k >= 0; k = from[k] as number) {
    const cell = (k - (k % 4)) / 4;
    const i = cell % nx;
    points.push({ x: gx[i] as number, y: gy[(cell - i) / nx] as number });
  }
  return straighten(points.reverse());
}

/** Sorted coordinates inside [low, high], with the middle of every gap between two of them added. */
function withMiddles(values: Set<number>, low: number, high: number): number[] {
  const sorted = [...values].filter((v) => v >= low && v <= high).sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] as number;
    const prev = out[out.length - 1];
    if (prev !== undefined && v - prev < 0.01) continue;
    if (prev !== undefined) out.push((prev + v) / 2);
    out.push(v);
  }
  return out;
}

/** Drops the points in the middle of straight runs. */
function straighten(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (
      a &&
      b &&
      ((Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - p.x) < 0.01) ||
        (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - p.y) < 0.01))
    )
      out.pop();
    out.push(p);
  }
  return out;
}

/** A binary heap of (cost, key) pairs, cheapest first. */
class MinHeap {
  private costs: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.costs.length;
  }
  push(cost: number, key: number): void {
    const c = this.costs;
    const k = this.keys;
    let i = c.length;
    c.push(cost);
    k.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((c[p] as number) <= cost) break;
      c[i] = c[p] as number;
      k[i] = k[p] as number;
      i = p;
    }
    c[i] = cost;
    k[i] = key;
  }
  pop(): [number, number] {
    const c = this.costs;
    const k = this.keys;
    const top: [number, number] = [c[0] as number, k[0] as number];
    const lastC = c.pop() as number;
    const lastK = k.pop() as number;
    if (c.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= c.length) break;
        const r = l + 1;
        const m = r < c.length && (c[r] as number) < (c[l] as number) ? r : l;
        if ((c[m] as number) >= lastC) break;
        c[i] = c[m] as number;
        k[i] = k[m] as number;
        i = m;
      }
      c[i] = lastC;
      k[i] = lastK;
    }
    return top;
  }
}
