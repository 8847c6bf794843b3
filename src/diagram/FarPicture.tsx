// The far picture's canvases (far-picture.ts): drawn once per picture, in idle time once the
// overview's boxes are known, then only moved and scaled with the view. diagram.css shows them over
// the boxes while the wheel turns below TINY_ZOOM (and while the boxes it brought into view are
// staged); the boxes stay on the canvas underneath, with their names, focus and clicks.
import { useEffect, useMemo, useRef, useState } from "react";
import type { DiagramEdge, DiagramNode } from "../layout/to-flow.ts";
import type { LayoutResult } from "../layout/types.ts";
import { drawFarPicture, farBoxes, farLevel, farLines, farPictureScales } from "./far-picture.ts";
import { MIN_ZOOM } from "./fit-clear.ts";
import { type LiveView, useShownTransform } from "./held-wheel.ts";

/** Drawing time per idle slice, and how many boxes are drawn between looks at the clock. */
const DRAW_SLICE_MS = 8;
const DRAW_BOXES = 8;

/** Runs `run` when the page is idle (within three seconds at worst); gives back a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== "function") {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: 3000 });
  return () => cancelIdleCallback(handle);
}

interface Props {
  layout: LayoutResult | null;
  /**
   * The overview's nodes (containers with miniatures), or null while there are none to draw from (the
   * canvas shows detail) or they should wait (a big picture still going onto the canvas).
   */
  nodes: readonly DiagramNode[] | null;
  edges: readonly DiagramEdge[];
  /** What the picture is drawn from: a new one (a new layout, new findings) draws it again. */
  drawnFrom: unknown;
  /** The view drawn during a held wheel zoom (held-wheel.ts): the picture follows it. */
  live?: LiveView;
}

export function FarPicture({ layout, nodes, edges, drawnFrom, live }: Props) {
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  // What the canvases hold now: shown only when it is what the picture is drawn from.
  const [drawn, setDrawn] = useState<unknown>(null);
  const [x, y, zoom] = useShownTransform(live);
  const ratio = window.devicePixelRatio || 1;
  const scales = useMemo(
    () => (layout ? farPictureScales(layout.width, layout.height, MIN_ZOOM, ratio) : []),
    [layout, ratio],
  );
  useEffect(() => {
    if (!layout || !nodes || drawn === drawnFrom) return;
    const boxes = farBoxes(layout, nodes);
    const lines = farLines(edges);
    // Drawn a few boxes at a time in idle time (~80 ms in all at 10,000 instances, the smaller copies
    // a third of that), so that no frame of a gesture waits for it; the lines go last, over the boxes.
    let level = 0;
    let next = 0;
    const drawSome = () => {
      const el = canvases.current[level];
      const ctx = el?.getContext("2d", { alpha: false });
      const scale = scales[level];
      if (!el || !ctx || scale === undefined) return;
      if (next === 0) {
        el.width = Math.ceil(layout.width * scale);
        el.height = Math.ceil(layout.height * scale);
        // Opaque (see diagram.css), on the canvas's own page colour.
        ctx.fillStyle = getComputedStyle(el.closest(".ec2viz-canvas") ?? el).backgroundColor;
        ctx.fillRect(0, 0, el.width, el.height);
      }
      const until = performance.now() + DRAW_SLICE_MS;
      do {
        const end = Math.min(boxes.length, next + DRAW_BOXES);
        drawFarPicture(ctx, boxes.slice(next, end), end === boxes.length ? lines : [], scale);
        next = end;
      } while (next < boxes.length && performance.now() < until);
      if (next === boxes.length) {
        level++;
        next = 0;
      }
      if (level < scales.length) cancel = whenIdle(drawSome);
      else setDrawn(drawnFrom);
    };
    let cancel = whenIdle(drawSome);
    return () => cancel();
  }, [layout, nodes, edges, drawnFrom, drawn, scales]);
  if (!layout) return null;
  const shown = farLevel(scales, zoom, ratio);
  return (
    // The boxes underneath carry the names: the picture is only paint.
    <div className="ec2viz-far-picture" aria-hidden="true" data-ready={drawn === drawnFrom ? "" : undefined}>
      {scales.map((scale, i) => (
        <canvas
          // One copy per scale, for as long as the layout lasts.
          // biome-ignore lint/suspicious/noArrayIndexKey: the copies are the levels, in order.
          key={i}
          ref={(el) => {
            canvases.current[i] = el;
          }}
          style={{
            display: i === shown ? "block" : "none",
            width: layout.width * scale,
            height: layout.height * scale,
            transform: `translate(${x}px, ${y}px) scale(${zoom / scale})`,
          }}
        />
      ))}
    </div>
  );
}
