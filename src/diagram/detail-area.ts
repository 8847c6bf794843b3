// Which part of the picture gets instance and volume nodes when zoomed in: the part in view with
// a margin of half a screen on every side. It is moved only when the view leaves it (or it has
// grown far bigger than the view, after zooming in), so panning rebuilds nodes now and then, not
// on every frame. Pure: viewport and canvas size in, rectangles in diagram coordinates out.
import type { Area } from "../layout/to-flow.ts";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The rectangle of the diagram the canvas shows, in diagram coordinates. */
export function visibleArea(viewport: Viewport, size: { width: number; height: number }): Area {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: size.width / viewport.zoom,
    height: size.height / viewport.zoom,
  };
}

/** `visible` grown by `margin` of its size on every side. */
export function withMargin(visible: Area, margin = 0.5): Area {
  return {
    x: visible.x - visible.width * margin,
    y: visible.y - visible.height * margin,
    width: visible.width * (1 + 2 * margin),
    height: visible.height * (1 + 2 * margin),
  };
}

function contains(outer: Area, inner: Area): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * The detail area to use for this view: `current` while the view is inside it and it is at most
 * `tooBig` times the view's width, else a new one around the view.
 */
export function nextDetailArea(current: Area | null, visible: Area, tooBig = 4): Area {
  if (current && contains(current, visible) && current.width <= visible.width * tooBig) return current;
  return withMargin(visible);
}

/** The part of `a` inside `b`, or null when they don't overlap. */
function overlap(a: Area, b: Area): Area | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * A wheel step or a pan to `next` can be drawn by moving the picture's layer alone while React
 * Flow keeps `shown` (held-wheel.ts): everything `next` shows is inside what `shown` shows, so its
 * nodes are already on the canvas. With `picture` (the extent of every box), only the part of
 * `next` that has picture in it counts: empty canvas past the picture's edge needs no node, so a
 * pan of a picture seen whole is held all the way.
 */
export function holdsView(
  shown: Viewport,
  next: Viewport,
  size: { width: number; height: number },
  picture?: Area,
): boolean {
  // A screen pixel of slack: zooming in and out again by the same steps comes back to the view
  // it left give or take a rounding.
  const pixel = 1 / shown.zoom;
  const area = visibleArea(shown, size);
  const slack = {
    x: area.x - pixel,
    y: area.y - pixel,
    width: area.width + 2 * pixel,
    height: area.height + 2 * pixel,
  };
  const seen = picture ? overlap(visibleArea(next, size), picture) : visibleArea(next, size);
  return seen === null || contains(slack, seen);
}

/**
 * The margins a new detail area grows through, each step in a task of its own: first the view
 * itself (the boxes a person sees), then the margin around it. Crossing into detail then builds a
 * third of the boxes per task instead of all of them in one long task.
 */
export const GROWTH_MARGINS = [0, 0.25, 0.5] as const;

/** The areas a new detail area around `visible` grows through (the last one is `withMargin(visible)`). */
export function growingAreas(visible: Area): Area[] {
  return GROWTH_MARGINS.map((margin) => withMargin(visible, margin));
}

/** A box as the staging below sees it: absolute diagram coordinates and its parent's id. */
export interface StagedBox {
  id: string;
  absX: number;
  absY: number;
  width: number;
  height: number;
  parent?: string;
}

/**
 * Which instance and volume boxes wait for a later frame (issue #14: crossing into detail mounted
 * every box in view in one task of 300 ms at 1,000 instances). `entering` are the detail boxes that
 * would go onto the canvas now and are not on it yet. Of those in view, the `slice` nearest the
 * view's centre go on and the rest wait. Those out of view are not drawn (React Flow culls them),
 * but each still costs React Flow its bookkeeping: `outside` of them go on with each slice, nearest
 * the centre first (a detail area growing around the view brought ~170 at once: a task of ~120 ms
 * at 10,000 instances). A box whose parent waits waits too, so parents go first: boxes whose
 * parent is not entering with them, then their children, and so on (else a slice nearest the
 * centre could be all children of waiting parents, and nothing would ever go on).
 */
export function heldBack(
  entering: readonly StagedBox[],
  view: Area,
  slice: number,
  outside = Number.POSITIVE_INFINITY,
): Set<string> {
  const cx = view.x + view.width / 2;
  const cy = view.y + view.height / 2;
  const inView: StagedBox[] = [];
  const outOfView: StagedBox[] = [];
  for (const b of entering) (inArea(b, view) ? inView : outOfView).push(b);
  const held = new Set<string>();
  const distance = (b: StagedBox) => Math.hypot(b.absX + b.width / 2 - cx, b.absY + b.height / 2 - cy);
  // How many of a box's ancestors are entering with it.
  const byId = new Map(entering.map((b) => [b.id, b]));
  const depths = new Map<string, number>();
  const depth = (b: StagedBox): number => {
    let d = depths.get(b.id);
    if (d === undefined) {
      const parent = b.parent === undefined ? undefined : byId.get(b.parent);
      d = parent && parent !== b ? depth(parent) + 1 : 0;
      depths.set(b.id, d);
    }
    return d;
  };
  const holdBeyond = (list: readonly StagedBox[], count: number) => {
    if (list.length <= count) return;
    const order = list
      .map((b) => ({ id: b.id, depth: depth(b), d: distance(b) }))
      .sort((a, b) => a.depth - b.depth || a.d - b.d || (a.id < b.id ? -1 : 1));
    for (const { id } of order.slice(count)) held.add(id);
  };
  holdBeyond(inView, slice);
  holdBeyond(outOfView, outside);
  if (held.size === 0) return held;
  // Children after their parents (a volume drawn inside an instance's box, if any).
  for (let grew = true; grew; ) {
    grew = false;
    for (const b of entering)
      if (b.parent !== undefined && held.has(b.parent) && !held.has(b.id)) {
        held.add(b.id);
        grew = true;
      }
  }
  return held;
}

/** `box` overlaps `area` (diagram coordinates). */
export function inArea(box: StagedBox, area: Area): boolean {
  return (
    box.absX < area.x + area.width &&
    box.absX + box.width > area.x &&
    box.absY < area.y + area.height &&
    box.absY + box.height > area.y
  );
}

/**
 * Of the boxes already on the canvas's list, those a wheel step zooming out brings into `view`
 * (React Flow culled them for the view `was`), and those still `waiting` from an earlier slice
 * that are in view: what React Flow would mount at once (issue #14: zooming out of the
 * 10,000-instance overview mounted ~60 containers with their miniatures in one task of ~250 ms).
 */
export function comingIntoView(
  boxes: readonly StagedBox[],
  was: Area,
  view: Area,
  waiting: ReadonlySet<string>,
): StagedBox[] {
  return boxes.filter((b) => inArea(b, view) && (waiting.has(b.id) || !inArea(b, was)));
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The boxes whose edges stay off the canvas while boxes go on slice by slice (heldBack, and boxes
 * waiting to come into view): every box held or waiting since the staging began, until none is
 * left, then none. Their edges come on together with the last slice instead of a few with each:
 * every new edge list makes React Flow rebuild its lookup of every edge and run each edge's
 * selectors again (issue #14: one zoom out of the 10,000-instance overview made 44 edge lists, one
 * per slice). `prev` comes back as it was while nothing new is held, so the list stays the same.
 */
export function edgesHeldFor(
  prev: ReadonlySet<string>,
  ...now: readonly ReadonlySet<string>[]
): ReadonlySet<string> {
  if (now.every((s) => s.size === 0)) return NONE;
  let grown: Set<string> | null = null;
  for (const s of now)
    for (const id of s)
      if (!prev.has(id)) {
        grown ??= new Set(prev);
        grown.add(id);
      }
  return grown ?? prev;
}
