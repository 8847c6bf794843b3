// The mini map: the whole diagram drawn once on one canvas (React Flow's own minimap mounts a
// component per node and re-runs a selector for each on every pan frame, which costs seconds at
// tens of thousands of boxes). Only the view rectangle moves as the user pans and zooms. A press
// or drag on it centres the view there; the wheel zooms.
import { Panel, useReactFlow, useStore } from "@xyflow/react";
import { type PointerEvent, useEffect, useMemo, useRef, type WheelEvent } from "react";
import { overviewFillOf } from "../layout/overview-fill.ts";
import { isDetailKind } from "../layout/to-flow.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";
import { type LiveView, useShownTransform } from "./held-wheel.ts";

const WIDTH = 200;
const HEIGHT = 150;
/** Above this many boxes, instances and volumes are left out (their containers show where they are). */
const ALL_BOXES_UP_TO = 3000;

/** Diagram units → mini map pixels: the whole layout fitted and centred. */
function mapFrame(layout: Pick<LayoutResult, "width" | "height">, width = WIDTH, height = HEIGHT) {
  const w = Math.max(1, layout.width);
  const h = Math.max(1, layout.height);
  const scale = Math.min(width / w, height / h);
  return { scale, dx: (width - w * scale) / 2, dy: (height - h * scale) / 2 };
}

export function OverviewMap({
  layout,
  doc,
  label,
  live,
}: {
  layout: LayoutResult | null;
  /** The document the layout draws: a subnet's colour follows its routes, as on the canvas. */
  doc: Topology | null;
  label: string;
  /** The view drawn during a held wheel zoom (held-wheel.ts): the view rectangle follows it too. */
  live?: LiveView;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const [tx, ty, zoom] = useShownTransform(live);
  const paneW = useStore((s) => s.width);
  const paneH = useStore((s) => s.height);
  const frame = useMemo(() => mapFrame(layout ?? { width: 1, height: 1 }), [layout]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext("2d");
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = WIDTH * ratio;
    el.height = HEIGHT * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    if (!layout || !doc) return;
    const index = sharedIndex(doc);
    const all = layout.nodes.length <= ALL_BOXES_UP_TO;
    for (const n of layout.nodes) {
      if (!all && isDetailKind(n.kind)) continue;
      ctx.fillStyle = overviewFillOf(n, index);
      ctx.fillRect(
        frame.dx + n.absX * frame.scale,
        frame.dy + n.absY * frame.scale,
        Math.max(0.5, n.width * frame.scale),
        Math.max(0.5, n.height * frame.scale),
      );
    }
  }, [layout, doc, frame]);

  // The part of the diagram in view, in mini map pixels.
  const view = {
    left: frame.dx + (-tx / zoom) * frame.scale,
    top: frame.dy + (-ty / zoom) * frame.scale,
    width: (paneW / zoom) * frame.scale,
    height: (paneH / zoom) * frame.scale,
  };

  const centreAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left - frame.dx) / frame.scale;
    const y = (event.clientY - box.top - frame.dy) / frame.scale;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap ec2viz-minimap">
      <div
        className="ec2viz-minimap__surface"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreAt(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreAt(event);
        }}
        onWheel={(event: WheelEvent<HTMLDivElement>) => {
          const factor = event.deltaY < 0 ? 1.2 : 1 / 1.2;
          void flow.zoomTo(flow.getZoom() * factor);
        }}
      >
        <canvas ref={canvas} role="img" aria-label={label} style={{ width: WIDTH, height: HEIGHT }} />
        <div
          className="ec2viz-minimap__view"
          style={{
            transform: `translate(${view.left}px, ${view.top}px)`,
            width: view.width,
            height: view.height,
          }}
        />
      </div>
    </Panel>
  );
}
