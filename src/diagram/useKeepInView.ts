// Keeps what the user is working on in view: the selected box when it is selected, when a side
// panel opens or closes (the canvas changes size), and when it appears after an add; the boxes a
// palette add put on the canvas, once painted; the box just folded or unfolded after the new
// layout, clear of the canvas's panels (mini map, zoom buttons) when there is room. It pans
// smoothly at the current zoom and never zooms in; it only zooms out to fit the whole diagram when
// a fold left it a speck in a corner.
import type { ReactFlowInstance } from "@xyflow/react";
import { type RefObject, useEffect, useRef } from "react";
import type { DiagramEdge, DiagramNode } from "../layout/to-flow.ts";
import type { LayoutResult, PlacedNode } from "../layout/types.ts";
import type { Topology } from "../model/schema.ts";
import { afterNextPaint } from "./after-paint.ts";
import { fitWhole, panelsIn, wholeView } from "./fit-whole.ts";

interface Box {
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

/** Whether a whole picture of `size` (diagram units, from 0, 0) is on screen in `view`. Pure. */
export function wholeInView(
  size: { width: number; height: number },
  view: { x: number; y: number; zoom: number; width: number; height: number },
): boolean {
  // A pixel of slack: a fitted view's edges are computed, not exact.
  return (
    view.x >= -1 &&
    view.y >= -1 &&
    view.x + size.width * view.zoom <= view.width + 1 &&
    view.y + size.height * view.zoom <= view.height + 1
  );
}

export function useKeepInView(options: {
  flow: RefObject<ReactFlowInstance<DiagramNode, DiagramEdge> | null>;
  container: RefObject<HTMLElement | null>;
  layout: LayoutResult | null;
  ready: boolean;
  /** Diagram id of the selected box, or null. */
  selectedNodeId: string | null;
  /** Diagram id of the container just folded or unfolded (read and cleared after the next layout). */
  toggled: RefObject<string | null>;
  /** The document `layout` was made from. */
  layoutDoc: Topology | null;
  /** A document made by a palette add: the boxes its layout adds are brought into view. */
  addedIn: Topology | null;
}): void {
  const { flow, container, layout, ready, selectedNodeId, toggled, layoutDoc, addedIn } = options;
  const boxOf = useRef<(id: string) => Box | undefined>(() => undefined);
  boxOf.current = (id) => {
    const n = layout?.nodes.find((b) => b.id === id);
    return n ? { x: n.absX, y: n.absY, width: n.width, height: n.height } : undefined;
  };

  const revealBox = useRef((box: Box) => {
    const f = flow.current;
    const el = container.current;
    if (!f || !el) return false;
    const { x, y, zoom } = f.getViewport();
    const { dx, dy } = panToReveal(
      box,
      { x, y, zoom, width: el.clientWidth, height: el.clientHeight },
      panelsIn(el),
    );
    if (dx !== 0 || dy !== 0) void f.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 300 });
    return true;
  });
  const reveal = useRef((id: string) => {
    const box = boxOf.current(id);
    return box !== undefined && revealBox.current(box);
  });

  // A newly selected box is revealed once it is laid out (an added box appears a layout later).
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = selectedNodeId;
  }, [selectedNodeId]);
  // What a palette add put on the canvas comes into view after the frame that paints it, keeping
  // what the user was looking at: a whole picture stays whole (zoomed out as little as it takes,
  // never in); in a part of it, the added boxes are panned into view if they landed outside. The
  // added box is often the new selection: this one move stands for both.
  const shown = useRef<{ before: LayoutResult | null; now: LayoutResult | null }>({
    before: null,
    now: null,
  });
  const addedDone = useRef<Topology | null>(null);
  useEffect(() => {
    if (layout === shown.current.now) return;
    shown.current = { before: shown.current.now, now: layout };
    const before = shown.current.before;
    if (!ready || !layout || !before || addedIn === null || layoutDoc !== addedIn) return;
    if (addedDone.current === addedIn) return;
    addedDone.current = addedIn;
    const selected = pending.current;
    if (selected !== null && !before.nodes.some((n) => n.id === selected)) pending.current = null;
    afterNextPaint(() => {
      const f = flow.current;
      const el = container.current;
      if (!f || !el) return;
      const view = { ...f.getViewport(), width: el.clientWidth, height: el.clientHeight };
      if (wholeInView(before, view) && !wholeInView(layout, view)) {
        const fit = wholeView(el, layout);
        // The fit (capped at 100%) when it zooms out or keeps the zoom; a view zoomed out further
        // than that keeps its zoom and only pans.
        if (fit && fit.zoom <= view.zoom + 1e-6) void fitWhole(f, el, layout, 300);
        else revealBox.current({ x: 0, y: 0, width: layout.width, height: layout.height });
        return;
      }
      const added = addedArea(before, layout);
      if (added) revealBox.current(added);
    });
  }, [layout, layoutDoc, addedIn, ready, flow, container]);
  useEffect(() => {
    const id = pending.current;
    if (!ready || id === null || !boxOf.current(id)) return;
    pending.current = null;
    requestAnimationFrame(() => reveal.current(id));
  });

  // The canvas changes size when a side panel opens or closes, or the window is resized.
  const selected = useRef(selectedNodeId);
  selected.current = selectedNodeId;
  useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    let last = { width: el.clientWidth, height: el.clientHeight };
    let frame = 0;
    const observer = new ResizeObserver(() => {
      const now = { width: el.clientWidth, height: el.clientHeight };
      if (now.width === last.width && now.height === last.height) return;
      last = now;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (selected.current !== null) reveal.current(selected.current);
      });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container]);

  // After a fold or unfold: the toggled box stays in view; a diagram left much smaller than the
  // view (a folded VPC of 1,000 instances) is fitted again, never past 100%.
  useEffect(() => {
    const id = toggled.current;
    if (!ready || !layout || id === null) return;
    toggled.current = null;
    requestAnimationFrame(() => {
      const f = flow.current;
      const el = container.current;
      if (!f || !el) return;
      const zoom = f.getViewport().zoom;
      const small =
        layout.width * zoom < el.clientWidth * 0.4 && layout.height * zoom < el.clientHeight * 0.4;
      if (small) void fitWhole(f, el, layout, 300);
      else reveal.current(id);
    });
  }, [layout, ready, flow, container, toggled]);
}
