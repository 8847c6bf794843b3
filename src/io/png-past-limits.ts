// Whether a PNG of a layout is past the browser's canvas limits at a scale, and the largest scale
// that fits: asked by the image worker before it makes anything, and by the page before it starts
// a worker at all when it holds the layout (a refusal then costs no worker and no hand-over of the
// document: ~2.5 s at 50,000 instances). Pure: no DOM.
import type { LayoutResult } from "../layout/types.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import { type CanvasTooLarge, checkCanvasSize, largestFittingScale } from "./canvas-limits.ts";
import { layoutExportFrame } from "./svg-render.ts";

export interface PastLimits {
  detail: CanvasTooLarge;
  /** The largest scale that fits (0: none). */
  fit: number;
}

/** The refusal of a PNG of `layout` (with its diagnostics badges) at `scale`; undefined when it fits. */
export function pngPastLimits(
  layout: LayoutResult,
  diagnostics: readonly Diagnostic[],
  scale: number,
): PastLimits | undefined {
  const frame = layoutExportFrame(layout, diagnostics);
  const detail = checkCanvasSize(frame.width, frame.height, scale);
  return detail ? { detail, fit: largestFittingScale(frame.width, frame.height) } : undefined;
}
