// Fits the whole diagram into the canvas, clear of the canvas's own panels (see fit-clear.ts).
import type { ReactFlowInstance } from "@xyflow/react";
import type { DiagramEdge, DiagramNode } from "../layout/to-flow.ts";
import type { LayoutResult } from "../layout/types.ts";
import { fitClear, type Rect } from "./fit-clear.ts";

/** The canvas's own panels (mini map, zoom buttons, …) as rectangles inside it, hidden ones left out. */
export function panelsIn(canvas: HTMLElement): Rect[] {
  const origin = canvas.getBoundingClientRect();
  return [...canvas.querySelectorAll<HTMLElement>(".react-flow__panel")].flatMap((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0
      ? [{ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }]
      : [];
  });
}

/** The viewport fitWhole sets, or null while the canvas has no size (hidden, not laid out). */
export function wholeView(
  canvas: HTMLElement,
  layout: Pick<LayoutResult, "width" | "height">,
): { x: number; y: number; zoom: number } | null {
  if (canvas.clientWidth === 0 || canvas.clientHeight === 0) return null;
  return fitClear(
    { x: 0, y: 0, width: layout.width, height: layout.height },
    { width: canvas.clientWidth, height: canvas.clientHeight },
    panelsIn(canvas),
    { margin: 8 },
  );
}

/**
 * Shows the whole layout, clear of the canvas's panels, never past 100%. React Flow's fitView
 * would miss the boxes it doesn't render when zoomed out (a lone instance at the top level).
 * `before` is handed the view first (the canvas stages the boxes it brings in).
 */
export function fitWhole(
  flow: ReactFlowInstance<DiagramNode, DiagramEdge>,
  canvas: HTMLElement,
  layout: Pick<LayoutResult, "width" | "height">,
  duration = 0,
  before?: (view: { x: number; y: number; zoom: number }) => void,
): Promise<number> {
  // A canvas with no size yet (hidden, not laid out) has nowhere to fit into: leave the view alone.
  const view = wholeView(canvas, layout);
  if (!view) return Promise.resolve(flow.getZoom());
  before?.(view);
  return flow.setViewport(view, { duration }).then(() => view.zoom);
}
