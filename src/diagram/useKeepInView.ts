// Keeps what the user is working on in view: the selected box when it is selected, when a side
// panel opens or closes (the canvas changes size), and when it appears after an add; the boxes a
// palette add put on the canvas, once painted; the box just folded or unfolded after the new
// layout, clear of the canvas's panels (mini map, zoom buttons) when there is room. It pans
// smoothly at the current zoom and never zooms in; it only zooms out to fit the whole diagram when
// a fold left it a speck in a corner.
import type { ReactFlowInstance } from "@xyflow/react";
import { type RefObject, useEffect, useRef } from "react";
import type { DiagramEdge, DiagramNode } from "../layout/to-flow.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Topology } from "../model/schema.ts";
import { afterNextPaint } from "./after-paint.ts";
import { afterFirstPicture } from "./first-picture.ts";
import { fitWhole, panelsIn, wholeView } from "./fit-whole.ts";

type Box = import("./pan-to-reveal.ts").Box;
type Reveal = typeof import("./pan-to-reveal.ts");
let revealModule: Reveal | undefined;
/** The geometry, fetched once after the first picture; a reveal asked for before it waits for it. */
const loadReveal = () =>
  afterFirstPicture
    .then(() => import("./pan-to-reveal.ts"))
    .then((m) => {
      revealModule = m;
      return m;
    });
void loadReveal().catch(() => undefined);

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
    if (!revealModule) {
      void loadReveal().then(() => revealBox.current(box));
      return true;
    }
    const { x, y, zoom } = f.getViewport();
    const { dx, dy } = revealModule.panToReveal(
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
      const added = revealModule?.addedArea(before, layout);
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
