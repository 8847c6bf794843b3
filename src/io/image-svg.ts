// The two SVG documents an image export is made of, shared by the app (image-export.ts) and the
// command line (src/cli/render.ts) so both write the same drawing: the SVG file (topology in
// <metadata>, document title), and the SVG a PNG is painted from (sized to the PNG's pixels).
// Pure string work: no DOM, no fonts, no React.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { type Scene, type SceneAsMade, sceneBoxCount } from "./export-scene.ts";
import {
  DEFAULT_MARGIN,
  type ExportBackground,
  exportFrame,
  renderSvgParts,
  svgPartsAsMade,
} from "./svg-render.ts";

export interface ImageOptions {
  scale: number;
  background: ExportBackground;
  margin?: number;
}

/** The topology as embedded in images (SVG <metadata>, PNG iTXt). */
export const topologyJson = (doc: Topology): string => JSON.stringify(doc);

/** Why a scene can't become an image, in the reader's language; undefined when it can. */
export function emptySceneMessage(scene: Scene | SceneAsMade, lang: Lang): string | undefined {
  if (sceneBoxCount(scene) > 0) return undefined;
  return t(lang, "io.export.empty");
}

/**
 * The SVG file: vector, self-contained, topology in <metadata>, document name as its title. As parts
 * (text-parts.ts): at some 150,000 instances it is longer than one string can be.
 */
export function svgFileParts(scene: Scene | SceneAsMade, doc: Topology, options: ImageOptions): string[] {
  return [...svgFilePartsAsMade(scene, doc, options)];
}

/** svgFileParts' parts one by one, each made when asked for (svg-render.ts svgPartsAsMade). */
export function svgFilePartsAsMade(
  scene: Scene | SceneAsMade,
  doc: Topology,
  options: ImageOptions,
): Generator<string> {
  return svgPartsAsMade(scene, {
    background: options.background,
    margin: options.margin ?? DEFAULT_MARGIN,
    scale: options.scale,
    topologyJson: topologyJson(doc),
    ...(doc.name ? { title: doc.name } : {}),
  });
}

/** A PNG's frame (the drawing's rectangle it shows) and its size in pixels, from the scene alone. */
export function pngFrame(scene: Scene, options: ImageOptions) {
  const frame = exportFrame(scene, options.margin ?? DEFAULT_MARGIN);
  const width = Math.round(frame.width * options.scale);
  const height = Math.round(frame.height * options.scale);
  return { frame, width, height };
}

/**
 * The drawing a PNG is painted from, as parts (never one string): its own size is the PNG's size in
 * pixels, so the rasteriser draws it crisply instead of upscaling. The topology goes into the PNG
 * afterwards (iTXt). A PNG in strips paints band by band instead (strip-paint.ts).
 */
export function pngSource(scene: Scene, options: ImageOptions) {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const { frame, width, height } = pngFrame(scene, options);
  const parts = renderSvgParts(scene, {
    background: options.background,
    margin,
    scale: options.scale,
    frame,
  });
  return { parts, frame, width, height };
}

/** The SVG file's size in CSS pixels (its width and height attributes), read from its first part. */
export function svgPartsSize(parts: readonly string[]): { width: number; height: number } {
  const size = /<svg[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/.exec(parts[0] ?? "");
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
}
