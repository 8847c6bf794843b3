// Fitting the whole diagram into the canvas so that nothing of it ends up under the canvas's own
// panels (the mini map in one corner, the zoom buttons in another). React Flow's fitView knows
// neither the panels nor the boxes it doesn't render (zoomed out, instances are left out), so the
// canvas fits the layout's own bounds with this. Pure: the canvas measures, this decides.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The farthest the canvas zooms out. */
export const MIN_ZOOM = 0.02;
/** A fit never magnifies past 100%: a small diagram is shown at its own size. */
export const FIT_MAX_ZOOM = 1;

interface FitOptions {
  /** Screen pixels kept free around the diagram. */
  margin?: number;
  maxZoom?: number;
  minZoom?: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The viewport that shows all of `bounds` (diagram units) in a `view` of that size (screen pixels)
 * as large as it can be (at most `maxZoom`) without touching any of `obstacles` (screen rectangles
 * inside the view), as near the view's centre as that allows. Each obstacle is kept clear by giving
 * up the strip beside, above or below it; every combination is tried and the largest picture wins.
 */
export function fitClear(
  bounds: Rect,
  view: { width: number; height: number },
  obstacles: readonly Rect[] = [],
  options: FitOptions = {},
): Viewport {
  const margin = options.margin ?? 16;
  const maxZoom = options.maxZoom ?? FIT_MAX_ZOOM;
  const minZoom = options.minZoom ?? MIN_ZOOM;
  const bw = Math.max(1, bounds.width);
  const bh = Math.max(1, bounds.height);
  const centre = { x: view.width / 2, y: view.height / 2 };
  const inView = obstacles.filter((o) => o.width > 0 && o.height > 0 && overlaps(o, { x: 0, y: 0, ...view }));

  type Area = { left: number; top: number; right: number; bottom: number };
  const place = (area: Area) => {
    const w = area.right - area.left - 2 * margin;
    const h = area.bottom - area.top - 2 * margin;
    if (w <= 0 || h <= 0) return undefined;
    const zoom = Math.max(minZoom, Math.min(maxZoom, w / bw, h / bh));
    const sw = bw * zoom;
    const sh = bh * zoom;
    // As near the view's centre as the area allows.
    const clamp = (c: number, lo: number, hi: number, size: number) =>
      Math.min(Math.max(c - size / 2, lo), Math.max(lo, hi - size));
    const left = clamp(centre.x, area.left + margin, area.right - margin, sw);
    const top = clamp(centre.y, area.top + margin, area.bottom - margin, sh);
    const off = Math.hypot(left + sw / 2 - centre.x, top + sh / 2 - centre.y);
    return { zoom, left, top, off };
  };

  let best: ReturnType<typeof place>;
  const consider = (area: Area) => {
    const p = place(area);
    if (!p) return;
    if (!best || p.zoom > best.zoom + 1e-6 || (Math.abs(p.zoom - best.zoom) <= 1e-6 && p.off < best.off))
      best = p;
  };
  const whole: Area = { left: 0, top: 0, right: view.width, bottom: view.height };
  const free = place(whole);
  // Nothing in the way where the plain fit puts the diagram: keep it (centred, largest).
  if (
    free &&
    !inView.some((o) =>
      overlaps(o, { x: free.left, y: free.top, width: bw * free.zoom, height: bh * free.zoom }),
    )
  )
    best = free;
  else {
    const walk = (i: number, area: Area) => {
      if (area.right <= area.left || area.bottom <= area.top) return;
      const o = inView[i];
      if (!o) return consider(area);
      walk(i + 1, { ...area, right: Math.min(area.right, o.x) });
      walk(i + 1, { ...area, left: Math.max(area.left, o.x + o.width) });
      walk(i + 1, { ...area, bottom: Math.min(area.bottom, o.y) });
      walk(i + 1, { ...area, top: Math.max(area.top, o.y + o.height) });
    };
    walk(0, whole);
  }
  const chosen = best ?? free ?? { zoom: minZoom, left: 0, top: 0, off: 0 };
  return {
    zoom: chosen.zoom,
    x: chosen.left - bounds.x * chosen.zoom,
    y: chosen.top - bounds.y * chosen.zoom,
  };
}
