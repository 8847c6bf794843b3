// Image export (and draw.io's, from the same scene) off the main thread. The worker gets the document
// (and the canvas's layout when it has one: no fresh layout then; for a big document both come from
// the layout worker, which holds them, so the page copies neither), builds the export scene and the
// SVG (or the .drawio text), and for a PNG paints that SVG onto an OffscreenCanvas (svg-paint.ts:
// workers can't decode SVG) and encodes it, so a large export never stalls the page. A PNG past the browser's canvas limits is refused with its size and
// the largest scale that fits, unless strips are asked for: then it is painted band by band, each
// band from the boxes that reach into it (strip-paint.ts), and streamed into one PNG (png-encode.ts).
import "../i18n/both-languages.ts";
import type { HandedOver } from "../layout/layout.worker.ts";
import { stripPlan } from "./canvas-limits.ts";
import { drawioParts } from "./drawio-export.ts";
import { isCard, type Scene, sceneAsMade } from "./export-scene.ts";
import {
  type ImageRequest,
  type ImageResponse,
  layoutForRequest,
  type PostedImageRequest,
  sceneForRequest,
} from "./image-job.ts";
import {
  emptySceneMessage,
  pngFrame,
  pngSource,
  svgFileParts,
  svgPartsSize,
  topologyJson,
} from "./image-svg.ts";
import { PngRowWriter } from "./png-encode.ts";
import { embedTopologyInPng, topologyChunk } from "./png-metadata.ts";
import { pngPastLimits } from "./png-past-limits.ts";
import { Reassembly, type SlicePart } from "./sliced-post.ts";
import { bandPaintList, bandScenes, stripBands, stripScale } from "./strip-paint.ts";
import { paintList, parseSvgForPaint } from "./svg-paint.ts";
import { DEFAULT_MARGIN, exportFrame } from "./svg-render.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Points inside opaque parts of the drawing (card centres), in canvas pixels, to spot a blank canvas. */
function probePoints(scene: Scene, frame: { x: number; y: number }, sx: number, sy: number) {
  const cards = scene.boxes.filter((b) => isCard(b) || b.kind === "internet").slice(0, 5);
  return cards.map((b) => ({
    x: Math.floor((b.x + b.width / 2 - frame.x) * sx),
    y: Math.floor((b.y + b.height / 2 - frame.y) * sy),
  }));
}

function context(
  canvas: OffscreenCanvas,
  settings?: CanvasRenderingContext2DSettings,
): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext("2d", settings);
  if (!ctx) throw new Error("no 2D context");
  return ctx;
}

async function make(
  request: ImageRequest,
  progress: (done: number, total: number) => void,
): Promise<ImageResponse> {
  const started = performance.now();
  const { doc, lang } = request;
  const layout = layoutForRequest(request);
  const options = { scale: request.scale, background: request.background };
  if (request.format === "png" && !request.strips) {
    // Refused by its size before the scene and its SVG are made (seconds at 100,000 instances).
    const past = pngPastLimits(layout, request.diagnostics, request.scale);
    if (past) return { type: "too-large", detail: past.detail, fit: past.fit };
  }
  if (request.format === "drawio" || request.format === "svg") {
    // Written box by box, each box made as it is written (sceneAsMade): no scene kept whole.
    const made = sceneAsMade(layout, doc, lang, request.diagnostics);
    const empty = emptySceneMessage(made, lang);
    if (empty !== undefined) return { type: "failed", kind: "empty-diagram", message: empty };
    if (request.format === "drawio") {
      const blob = new Blob(drawioParts(doc, layout, made), {
        type: "application/vnd.jgraph.mxfile;charset=utf-8",
      });
      const { width, height } = exportFrame(made);
      return { type: "done", blob, width, height, millis: performance.now() - started };
    }
    // Parts, not one string: at some 150,000 instances the SVG is longer than a string can be.
    const parts = svgFileParts(made, doc, options);
    const { width, height } = svgPartsSize(parts);
    const blob = new Blob(parts, { type: "image/svg+xml;charset=utf-8" });
    return { type: "done", blob, width, height, millis: performance.now() - started };
  }
  const scene = sceneForRequest(request, layout);
  const empty = emptySceneMessage(scene, lang);
  if (empty !== undefined) return { type: "failed", kind: "empty-diagram", message: empty };
  const makePath = (d: string) => new Path2D(d);
  if (!request.strips) {
    const { parts, frame, width, height } = pngSource(scene, options);
    const list = parseSvgForPaint(parts);
    // The SVG maps its viewBox (the frame) onto width × height pixels.
    const sx = width / frame.width;
    const sy = height / frame.height;
    const canvas = new OffscreenCanvas(width, height);
    const ctx = context(canvas);
    ctx.setTransform(sx, 0, 0, sy, -frame.x * sx, -frame.y * sy);
    paintList(ctx, list, makePath);
    // Some browsers hand back a blank canvas instead of failing when it is too big for them.
    const probes = probePoints(scene, frame, sx, sy);
    if (probes.length > 0 && probes.every((p) => ctx.getImageData(p.x, p.y, 1, 1).data[3] === 0))
      return { type: "failed", kind: "blank-image", message: "", size: { width, height } };
    const blob = await canvas.convertToBlob({ type: "image/png" });
    if (blob.size === 0) return { type: "failed", kind: "draw-failed", message: "", size: { width, height } };
    const bytes = embedTopologyInPng(new Uint8Array(await blob.arrayBuffer()), topologyJson(doc));
    return {
      type: "done",
      blob: new Blob([bytes], { type: "image/png" }),
      width,
      height,
      millis: performance.now() - started,
    };
  }
  // Strips: one band of rows at a time, each painted in columns no browser refuses, from the boxes
  // and edges that reach into it (strip-paint.ts): the whole picture's SVG is never made.
  const { frame, width, height } = pngFrame(scene, options);
  const geometry = { frame, width, height, plan: stripPlan(width, height, request.stripArea) };
  const { sx, sy } = stripScale(geometry);
  const { plan } = geometry;
  const scenes = bandScenes(scene, geometry);
  const writer = new PngRowWriter(width, height, [topologyChunk(topologyJson(doc))]);
  const tile = new OffscreenCanvas(plan.tileWidth, plan.bandHeight);
  const ctx = context(tile, { willReadFrequently: true });
  const band = new Uint8Array(width * plan.bandHeight * 4);
  for (const [i, { top, rows, tiles }] of stripBands(geometry).entries()) {
    const list = bandPaintList(scenes[i] as Scene, geometry, { ...options, margin: DEFAULT_MARGIN });
    for (const { left, cols, view } of tiles) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, plan.tileWidth, plan.bandHeight);
      ctx.setTransform(sx, 0, 0, sy, -frame.x * sx - left, -frame.y * sy - top);
      paintList(ctx, list, makePath, view);
      const pixels = ctx.getImageData(0, 0, cols, rows).data;
      for (let r = 0; r < rows; r++)
        band.set(pixels.subarray(r * cols * 4, (r + 1) * cols * 4), (r * width + left) * 4);
    }
    await writer.writeRows(band, rows);
    progress(top + rows, height);
  }
  const blob = new Blob((await writer.finish()) as BlobPart[], { type: "image/png" });
  return { type: "done", blob, width, height, millis: performance.now() - started };
}

// A big request comes in slices first (sliced-post.ts), then the rest of it.
const arriving = new Reassembly();

/** The request whole: its document and layout sent by the layout worker, when they come from there. */
function whole(posted: PostedImageRequest): Promise<ImageRequest> {
  if (!("from" in posted)) return Promise.resolve(posted);
  const { from, ...settings } = posted;
  const handing = new Reassembly();
  return new Promise((resolve, reject) => {
    from.onmessage = (event: MessageEvent<HandedOver | SlicePart>) => {
      if ("type" in event.data && event.data.type === "slice") {
        handing.add(event.data);
        return;
      }
      from.close();
      const handed = handing.complete(event.data as HandedOver);
      if ("error" in handed) reject(new Error(handed.error));
      else resolve({ ...settings, doc: handed.doc, layout: handed.layout });
    };
  });
}

scope.onmessage = (event: MessageEvent<PostedImageRequest | SlicePart>) => {
  if ("type" in event.data && event.data.type === "slice") {
    arriving.add(event.data);
    return;
  }
  const posted = arriving.complete(event.data as PostedImageRequest);
  let last = 0;
  const progress = (done: number, total: number) => {
    const now = performance.now();
    if (now - last < 250 && done < total) return;
    last = now;
    scope.postMessage({ type: "progress", done, total } satisfies ImageResponse);
  };
  whole(posted)
    .then((request) => make(request, progress))
    .then(
      (answer) => scope.postMessage(answer),
      (error: unknown) =>
        scope.postMessage({
          type: "failed",
          kind: "draw-failed",
          message: error instanceof Error ? error.message : String(error),
        } satisfies ImageResponse),
    );
};
