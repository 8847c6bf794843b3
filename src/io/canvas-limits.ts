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

/**
 * Largest piece a picture past the limits is painted in, band by band (png-encode.ts): 16,777,216
 * pixels, the smallest area limit among browsers (Safari's), so strips work everywhere.
 */
export const STRIP_AREA = 16_777_216;

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

/**
 * The largest scale, in steps of 0.1 (0.01 below 0.5), at which a `width` x `height` picture (CSS
 * pixels at 1x) fits both limits; 0 when not even the smallest step does.
 */
export function largestFittingScale(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 0;
  const exact = Math.min(
    CANVAS_LIMITS.maxSide / width,
    CANVAS_LIMITS.maxSide / height,
    Math.sqrt(CANVAS_LIMITS.maxArea / (width * height)),
  );
  const step = exact >= 0.5 ? 10 : 100;
  const ok = (v: number) => fits(Math.round(width * v), Math.round(height * v));
  let s = Math.floor(exact * step) / step;
  // The pixel sizes are rounded, so a step either side of the exact bound may fit or not.
  while (s > 0 && !ok(s)) s = Math.round((s - 1 / step) * step) / step;
  while (ok(Math.round((s + 1 / step) * step) / step)) s = Math.round((s + 1 / step) * step) / step;
  return Math.max(0, s);
}

/** Bands of rows, each painted in columns, that a PNG drawn in strips is made of. */
export function stripPlan(
  width: number,
  height: number,
  area: number = STRIP_AREA,
): { columns: number; tileWidth: number; bandHeight: number } {
  // Square-ish tiles, and a band of whole rows of at most `area` pixels: what the worker holds at once.
  const columns = Math.ceil(width / Math.min(CANVAS_LIMITS.maxSide, Math.floor(Math.sqrt(area))));
  const tileWidth = Math.ceil(width / columns);
  const bandHeight = Math.max(1, Math.min(height, Math.floor(area / width)));
  return { columns, tileWidth, bandHeight };
}

const scaleText = (s: number) => `${Number(s.toFixed(2))}×`;

/**
 * Says that a PNG at `scale` is past what a browser can draw, with the largest scale that fits and
 * the strips alternative: the export panel shows it above its two ways forward.
 */
export function tooLargeOffer(e: CanvasTooLarge, scale: number, fit: number, lang: Lang): string {
  const ko = lang === "ko";
  const s = scaleText(scale);
  let over: string;
  if (e.limit === "side") {
    const wide = e.width >= e.height;
    const side = num(wide ? e.width : e.height);
    over = ko
      ? `${s} 배율에서 이 다이어그램은 ${wide ? "가로" : "세로"} ${side} px로, 브라우저가 그릴 수 있는 크기(한 변 최대 ${num(CANVAS_LIMITS.maxSide)} px)를 넘습니다.`
      : `At ${s} this diagram is ${side} px ${wide ? "wide" : "tall"}, more than a browser can draw (${num(CANVAS_LIMITS.maxSide)} px at most).`;
  } else {
    const millions = (v: number) => num(Math.round(v / 1e6));
    over = ko
      ? `${s} 배율에서 이 다이어그램은 ${num(e.width)} × ${num(e.height)} px(약 ${millions(e.width * e.height)}백만 픽셀)로, 브라우저가 그릴 수 있는 크기(최대 ${millions(CANVAS_LIMITS.maxArea)}백만 픽셀)를 넘습니다.`
      : `At ${s} this diagram is ${num(e.width)} × ${num(e.height)} px, about ${millions(e.width * e.height)} million pixels: more than a browser can draw (${millions(CANVAS_LIMITS.maxArea)} million at most).`;
  }
  const fitting =
    fit > 0
      ? ko
        ? ` 그릴 수 있는 가장 큰 배율은 ${scaleText(fit)}입니다.`
        : ` The largest scale that fits is ${scaleText(fit)}.`
      : "";
  const strips = ko
    ? ` 또는 ${s} 그대로 띠 모양으로 나누어 그려 PNG 파일 하나로 만들 수 있습니다. 시간이 더 걸리고, 이렇게 큰 그림은 열지 못하는 이미지 뷰어도 있습니다.`
    : ` Or draw it at ${s} in strips, into one PNG file: slower, and some image viewers can't open a picture this large.`;
  return `${over}${fitting}${strips}`;
}
