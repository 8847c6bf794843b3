// A topology -> the bytes of the image the app's Export would write: the same layout
// (src/layout, which the app runs in a worker), the same scene and SVG renderer (src/io), the topology
// embedded the same way (SVG <metadata>, PNG iTXt). No files here: render.ts does the I/O.
import { CANVAS_LIMITS, type CanvasTooLarge, checkCanvasSize } from "../io/canvas-limits.ts";
import { type Scene, sceneFromLayout } from "../io/export-scene.ts";
import {
  emptySceneMessage,
  type ImageOptions,
  pngSource,
  svgFileText,
  topologyJson,
} from "../io/image-svg.ts";
import { embedTopologyInPng } from "../io/png-metadata.ts";
import { layoutTopologySync } from "../layout/layout.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { type RasterOptions, rasterize } from "./rasterize.ts";

interface ImageRequest extends ImageOptions {
  format: "svg" | "png";
  lang: Lang;
  /** Diagram ids of folded containers (see src/layout/collapse-ids.ts). */
  collapsed?: readonly string[];
  /** The rule findings drawn as badges, as on the canvas. */
  diagnostics?: readonly Diagnostic[];
  raster?: RasterOptions;
}

type ImageResult =
  | { ok: true; bytes: Uint8Array; width: number; height: number; notes: string[] }
  | { ok: false; reason: string };

/** The scene the app's Export draws for `doc` (layout in this thread). */
export async function sceneOf(
  doc: Topology,
  lang: Lang,
  collapsed: readonly string[] = [],
  diagnostics: readonly Diagnostic[] = [],
): Promise<Scene> {
  const layout = layoutTopologySync(doc, { collapsed });
  return sceneFromLayout(layout, doc, lang, diagnostics);
}

/** The app's PNG limits hold here too, so a PNG written here also opens in a browser. */
function tooLargeReason(e: CanvasTooLarge, lang: Lang): string {
  const num = (v: number) => v.toLocaleString("en-US");
  const size = `${num(e.width)} × ${num(e.height)} px`;
  const limit =
    e.limit === "side"
      ? lang === "ko"
        ? `한 변 ${num(CANVAS_LIMITS.maxSide)} px`
        : `${num(CANVAS_LIMITS.maxSide)} px per side`
      : lang === "ko"
        ? `${num(CANVAS_LIMITS.maxArea)} 픽셀`
        : `${num(CANVAS_LIMITS.maxArea)} pixels`;
  const advice =
    e.fittingScale !== undefined
      ? lang === "ko"
        ? `--scale ${e.fittingScale}로 그리거나 SVG로 그리세요.`
        : `Use --scale ${e.fittingScale}, or render SVG.`
      : lang === "ko"
        ? "SVG로 그리거나 --collapse로 컨테이너 몇 개를 접으세요."
        : "Render SVG, or fold some containers with --collapse.";
  return lang === "ko"
    ? `PNG가 너무 큽니다: ${size}는 브라우저가 열 수 있는 한도(${limit})를 넘습니다. ${advice}`
    : `The PNG would be too large: ${size} is over ${limit}, the most browsers open. ${advice}`;
}

function noFontNote(lang: Lang): string {
  return lang === "ko"
    ? "글꼴을 하나도 찾지 못해 PNG에 글자가 그려지지 않았습니다. 글꼴을 설치하거나(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) SVG로 그리세요."
    : "No fonts were found, so the PNG has no text. Install some (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk), or render SVG, which uses the viewer's fonts.";
}

function cjkNote(lang: Lang): string {
  return lang === "ko"
    ? "한글을 그릴 수 있는 글꼴(CJK)을 찾지 못해 PNG의 한국어 글자가 빈 네모로 보일 수 있습니다. 글꼴을 설치하거나(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) SVG로 그리세요. SVG는 보는 쪽의 글꼴을 씁니다."
    : "No font with Korean (CJK) glyphs was found, so Korean text in the PNG may show as empty boxes. Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk), or render SVG, which uses the viewer's fonts.";
}

export async function renderImage(doc: Topology, request: ImageRequest): Promise<ImageResult> {
  const scene = await sceneOf(doc, request.lang, request.collapsed, request.diagnostics);
  const empty = emptySceneMessage(scene, request.lang);
  if (empty !== undefined) return { ok: false, reason: empty };
  if (request.format === "svg") {
    const svg = svgFileText(scene, doc, request);
    const size = /<svg[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/.exec(svg);
    return {
      ok: true,
      bytes: new TextEncoder().encode(svg),
      width: Number(size?.[1] ?? 0),
      height: Number(size?.[2] ?? 0),
      notes: [],
    };
  }
  const source = pngSource(scene, request);
  const tooLarge = checkCanvasSize(source.frame.width, source.frame.height, request.scale);
  if (tooLarge) return { ok: false, reason: tooLargeReason(tooLarge, request.lang) };
  const raster = await rasterize(source.svg, request.raster);
  const bytes = embedTopologyInPng(raster.png, topologyJson(doc));
  return {
    ok: true,
    bytes,
    width: raster.width,
    height: raster.height,
    notes: [
      ...(raster.missingFonts ? [noFontNote(request.lang)] : []),
      ...(raster.missingCjkFont && !raster.missingFonts ? [cjkNote(request.lang)] : []),
    ],
  };
}
