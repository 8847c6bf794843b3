// Where to pan so a box is in view, clear of the canvas's panels, and what an add put on the canvas:
// pure geometry for useKeepInView, loaded after the first picture (nothing is selected before it).
import type { PlacedNode } from "../layout/types.ts";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What addedArea reads of a laid-out box. */
type PlacedBox = Pick<PlacedNode, "id" | "absX" | "absY" | "width" | "height">;

const MARGIN = 24;
/** A box larger than the view keeps at least its header corner in view (a container's name). */
const HEADER = { width: 320, height: 48 };

/** Screen rectangles of the canvas's own panels, as `panToReveal` keeps the box clear of them. */
interface Obstacle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const GAP = 8;
const hits = (a: Obstacle, b: Obstacle) =>
  a.x < b.x + b.width + GAP &&
  b.x < a.x + a.width + GAP &&
  a.y < b.y + b.height + GAP &&
  b.y < a.y + a.height + GAP;

/**
 * The smallest pan (screen pixels) that brings `box` (flow coordinates) into a `width`×`height`
 * view at `zoom` with the viewport offset (x, y), clear of `obstacles` (the mini map, the zoom
 * buttons: screen rectangles inside the view) when there is room; {0, 0} when it is in view and
 * clear already. Pure.
 */
export function panToReveal(
  box: Box,
  view: { x: number; y: number; zoom: number; width: number; height: number },
  obstacles: readonly Obstacle[] = [],
): { dx: number; dy: number } {
  const fitsW = box.width * view.zoom <= view.width - 2 * MARGIN;
  const fitsH = box.height * view.zoom <= view.height - 2 * MARGIN;
  const w = (fitsW ? box.width : Math.min(box.width, HEADER.width / view.zoom)) * view.zoom;
  const h = (fitsH ? box.height : Math.min(box.height, HEADER.height / view.zoom)) * view.zoom;
  const left = box.x * view.zoom + view.x;
  const top = box.y * view.zoom + view.y;
  const axis = (start: number, size: number, room: number) => {
    if (start < MARGIN) return MARGIN - start;
    if (start + size > room - MARGIN) return Math.max(MARGIN - start, room - MARGIN - (start + size));
    return 0;
  };
  const plain = { dx: axis(left, w, view.width), dy: axis(top, h, view.height) };
  const inView = obstacles.filter((o) => o.width > 0 && o.height > 0);
  const at = (p: { dx: number; dy: number }) => ({ x: left + p.dx, y: top + p.dy, width: w, height: h });
  const clear = (p: { dx: number; dy: number }) => !inView.some((o) => hits(at(p), o));
  if (clear(plain)) return plain;
  // Step aside from each panel in the way (left, right, above or below it), twice over for a box
  // between two panels; the smallest pan that leaves the box whole in view and clear wins.
  const fits = (p: { dx: number; dy: number }) => {
    const r = at(p);
    return (
      r.x >= MARGIN - 0.5 &&
      r.y >= MARGIN - 0.5 &&
      r.x + w <= view.width - MARGIN + 0.5 &&
      r.y + h <= view.height - MARGIN + 0.5
    );
  };
  const asides = (p: { dx: number; dy: number }) => {
    const r = at(p);
    return inView
      .filter((o) => hits(r, o))
      .flatMap((o) => [
        { dx: p.dx + (o.x - GAP - (r.x + w)), dy: p.dy },
        { dx: p.dx + (o.x + o.width + GAP - r.x), dy: p.dy },
        { dx: p.dx, dy: p.dy + (o.y - GAP - (r.y + h)) },
        { dx: p.dx, dy: p.dy + (o.y + o.height + GAP - r.y) },
      ]);
  };
  let best: { dx: number; dy: number } | undefined;
  const size = (p: { dx: number; dy: number }) => Math.hypot(p.dx, p.dy);
  for (const first of asides(plain))
    for (const p of [first, ...asides(first)])
      if (fits(p) && clear(p) && (!best || size(p) < size(best))) best = p;
  return best ?? plain;
}

/**
 * The boxes of `after` that `before` doesn't have (by diagram id), as one rectangle in diagram
 * coordinates; null when nothing was added. Pure.
 */
export function addedArea(
  before: { nodes: readonly PlacedBox[] },
  after: { nodes: readonly PlacedBox[] },
): Box | null {
  const had = new Set<string>();
  for (const n of before.nodes) had.add(n.id);
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const n of after.nodes) {
    if (had.has(n.id)) continue;
    left = Math.min(left, n.absX);
    top = Math.min(top, n.absY);
    right = Math.max(right, n.absX + n.width);
    bottom = Math.max(bottom, n.absY + n.height);
  }
  return left === Number.POSITIVE_INFINITY
    ? null
    : { x: left, y: top, width: right - left, height: bottom - top };
}
