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
