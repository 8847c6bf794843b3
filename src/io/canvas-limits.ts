// Browsers refuse canvases past a size (and some return a blank one instead of failing), so a PNG
// export checks its size first and says which limit it hits and what to do, instead of writing an
// empty file. The limits are Chromium's and Firefox's (32,767 px per side, 16,384² pixels in
// all); a browser with smaller ones is caught after drawing by a blank-canvas check.
import type { Lang } from "../model/diagnostics.ts";

export const CANVAS_LIMITS = {
  /** Longest side, in pixels. */
  maxSide: 32_767,
  /** Total pixels (16,384 × 16,384). */
  maxArea: 268_435_456,
} as const;

export interface CanvasTooLarge {
  kind: "canvas-too-large";
  width: number;
  height: number;
  limit: "side" | "area";
  /** Largest of the offered scales (3, 2, 1) that fits; undefined when even 1x does not. */
  fittingScale?: number;
}

export const EXPORT_SCALES = [1, 2, 3] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

const fits = (w: number, h: number) =>
  w <= CANVAS_LIMITS.maxSide && h <= CANVAS_LIMITS.maxSide && w * h <= CANVAS_LIMITS.maxArea;

/** Checks a `width` x `height` picture (CSS pixels) drawn at `scale`. */
export function checkCanvasSize(width: number, height: number, scale: number): CanvasTooLarge | undefined {
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  if (fits(w, h)) return undefined;
  const limit = w > CANVAS_LIMITS.maxSide || h > CANVAS_LIMITS.maxSide ? "side" : "area";
  const fitting = [...EXPORT_SCALES]
    .reverse()
    .find((s) => s < scale && fits(Math.round(width * s), Math.round(height * s)));
  return {
    kind: "canvas-too-large",
    width: w,
    height: h,
    limit,
    ...(fitting ? { fittingScale: fitting } : {}),
  };
}

const num = (v: number) => v.toLocaleString("en-US");

export function canvasTooLargeMessage(e: CanvasTooLarge, lang: Lang): string {
  const size = `${num(e.width)} × ${num(e.height)} px`;
  const rule =
    e.limit === "side"
      ? lang === "ko"
        ? `브라우저가 그릴 수 있는 한 변의 최대 길이(${num(CANVAS_LIMITS.maxSide)} px)`
        : `the browser's limit of ${num(CANVAS_LIMITS.maxSide)} px per side`
      : lang === "ko"
        ? `브라우저가 그릴 수 있는 최대 픽셀 수(${num(CANVAS_LIMITS.maxArea)})`
        : `the browser's limit of ${num(CANVAS_LIMITS.maxArea)} pixels`;
  const advice =
    e.fittingScale !== undefined
      ? lang === "ko"
        ? `${e.fittingScale}× 배율을 고르거나 SVG로 내보내세요.`
        : `Choose the ${e.fittingScale}× scale, or export SVG instead.`
      : lang === "ko"
        ? "SVG로 내보내거나 일부 컨테이너를 접은 뒤 다시 시도하세요."
        : "Export SVG instead, or fold some containers and try again.";
  return lang === "ko"
    ? `PNG가 너무 큽니다: ${size}는 ${rule}를 넘습니다. ${advice}`
    : `The PNG would be too large: ${size} is over ${rule}. ${advice}`;
}
