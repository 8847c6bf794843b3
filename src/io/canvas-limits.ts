// Browsers refuse canvases past a size (and some return a blank one instead of failing), so a PNG
// export checks its size first and says which limit it hits and what to do, instead of writing an
// empty file. The limits are Chromium's and Firefox's (32,767 px per side, 16,384² pixels in
// all); a browser with smaller ones is caught after drawing by a blank-canvas check.
import { t } from "../i18n/strings.ts";
import type { Lang, LocalText } from "../i18n/text.ts";

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

/** "32,767 px per side" / "268,435,456 pixels": the limit `e` is past, worded once for the app and the CLI. */
export function canvasLimitText(limit: CanvasTooLarge["limit"], lang: Lang): string {
  return limit === "side"
    ? t(lang, "png.limitSide", { max: num(CANVAS_LIMITS.maxSide) })
    : t(lang, "png.limitArea", { max: num(CANVAS_LIMITS.maxArea) });
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

/** About how many pixels: "286 million" / "2억 8,600만" (Korean counts in 만 and 억, not millions). */
function aboutPixels(v: number): LocalText {
  const man = Math.round(v / 1e6) * 100; // whole millions, in units of 만
  const eok = Math.floor(man / 10_000);
  const rest = man % 10_000;
  const ko = eok > 0 ? `${eok}억${rest > 0 ? ` ${num(rest)}만` : ""}` : `${num(rest)}만`;
  return { en: `${num(Math.round(v / 1e6))} million`, ko };
}

/**
 * Says that a PNG at `scale` is past what a browser can draw, with the largest scale that fits and
 * the strips alternative: the export panel shows it above its two ways forward.
 */
export function tooLargeOffer(e: CanvasTooLarge, scale: number, fit: number, lang: Lang): string {
  const s = scaleText(scale);
  const limit = canvasLimitText(e.limit, lang);
  const over =
    e.limit === "side"
      ? t(lang, e.width >= e.height ? "png.overWide" : "png.overTall", {
          scale: s,
          side: num(Math.max(e.width, e.height)),
          limit,
        })
      : t(lang, "png.overArea", {
          scale: s,
          width: num(e.width),
          height: num(e.height),
          about: aboutPixels(e.width * e.height),
          limit,
        });
  const parts = [over];
  if (fit > 0) parts.push(t(lang, "png.fits", { fit: scaleText(fit) }));
  parts.push(t(lang, "png.strips", { scale: s }));
  return parts.join(" ");
}
