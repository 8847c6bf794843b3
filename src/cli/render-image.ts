// A topology -> the bytes of the image the app's Export would write: the same layout
// (src/layout, which the app runs in a worker), the same scene and SVG renderer (src/io), the topology
// embedded the same way (SVG <metadata>, PNG iTXt). No files here: render.ts does the I/O.
import { t } from "../i18n/strings.ts";
import { type CanvasTooLarge, canvasLimitText, checkCanvasSize } from "../io/canvas-limits.ts";
import { sceneAsMade, sceneFromLayout } from "../io/export-scene.ts";
import {
  emptySceneMessage,
  type ImageOptions,
  pngSource,
  svgFilePartsAsMade,
  svgPartsSize,
  topologyJson,
} from "../io/image-svg.ts";
import { embedTopologyInPng } from "../io/png-metadata.ts";
import { DEFAULT_MARGIN, layoutExportFrame } from "../io/svg-render.ts";
import { layoutTopologySync } from "../layout/layout.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";
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
  /** `data`: PNG bytes, or the SVG's parts (to be taken once, in order). */
  | { ok: true; data: Uint8Array | Iterable<string>; width: number; height: number; notes: string[] }
  | { ok: false; reason: string };

/** The app's PNG limits hold here too, so a PNG written here also opens in a browser. */
function tooLargeReason(e: CanvasTooLarge, lang: Lang): string {
  const num = (v: number) => v.toLocaleString("en-US");
  const size = `${num(e.width)} × ${num(e.height)} px`;
  const limit = canvasLimitText(e.limit, lang);
  const advice =
    e.fittingScale !== undefined
      ? t(lang, "cli.png.useScale", { scale: e.fittingScale })
      : t(lang, "cli.png.useSvg");
  return t(lang, "cli.png.tooLarge", { size, limit, advice });
}

function noFontNote(lang: Lang): string {
  return t(lang, "cli.png.noFont");
}

function cjkNote(lang: Lang): string {
  return t(lang, "cli.png.noCjk");
}

function* chain(head: readonly string[], rest: Iterator<string>): Generator<string> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

export async function renderImage(doc: Topology, request: ImageRequest): Promise<ImageResult> {
  const diagnostics = request.diagnostics ?? [];
  // One index of the document for the rules (read-input.ts), the layout and the scene (each would
  // build its own): the command line never changes a document in place.
  const index = sharedIndex(doc);
  const layout = layoutTopologySync(doc, { collapsed: request.collapsed ?? [], index });
  if (request.format === "png") {
    // Refused by its size before any drawing (no scene, no SVG): 100,000 instances make a 120,000 px
    // wide picture. The frame is the one the scene would have (layoutExportFrame).
    const frame = layoutExportFrame(layout, diagnostics, request.margin ?? DEFAULT_MARGIN);
    const tooLarge = checkCanvasSize(frame.width, frame.height, request.scale);
    if (tooLarge) return { ok: false, reason: tooLargeReason(tooLarge, request.lang) };
  }
  if (request.format === "svg") {
    // Parts, written one after another: at some 150,000 instances the SVG is longer than a string can be.
    // Parts made as the file takes them, and each box as its part is made (sceneAsMade): neither the
    // whole SVG (some 350 MB at 100,000 instances) nor the whole scene is ever in memory at once.
    // The first part, with the <svg> tag, is made now for the size.
    const scene = sceneAsMade(layout, doc, request.lang, diagnostics, index);
    const empty = emptySceneMessage(scene, request.lang);
    if (empty !== undefined) return { ok: false, reason: empty };
    const parts = svgFilePartsAsMade(scene, doc, request);
    const first = parts.next();
    const head = first.done ? [] : [first.value];
    return { ok: true, data: chain(head, parts), ...svgPartsSize(head), notes: [] };
  }
  const scene = sceneFromLayout(layout, doc, request.lang, diagnostics, index);
  const empty = emptySceneMessage(scene, request.lang);
  if (empty !== undefined) return { ok: false, reason: empty };
  const source = pngSource(scene, request);
  // One string for the rasteriser: a PNG this size passed the canvas limits above, so it is bounded.
  const raster = await rasterize(source.parts.join(""), request.raster);
  const bytes = embedTopologyInPng(raster.png, topologyJson(doc));
  return {
    ok: true,
    data: bytes,
    width: raster.width,
    height: raster.height,
    notes: [
      ...(raster.missingFonts ? [noFontNote(request.lang)] : []),
      ...(raster.missingCjkFont && !raster.missingFonts ? [cjkNote(request.lang)] : []),
    ],
  };
}
