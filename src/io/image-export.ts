// Browser side of image export. Both formats start from the same pure SVG (svg-render.ts), drawn
// from the layout rather than captured from the page: the canvas only renders what is on screen
// (and hides cards when zoomed out), while an export must show the whole diagram in full detail,
// and selection rings, handles, minimap and controls can't leak in since they are never drawn.
// PNG = that SVG painted on a <canvas> at the chosen scale, plus the topology in an iTXt chunk.
import type { Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { type CanvasTooLarge, canvasTooLargeMessage, checkCanvasSize } from "./canvas-limits.ts";
import { isCard, type Scene } from "./export-scene.ts";
import { emptySceneMessage, type ImageOptions, pngSource, svgFileText, topologyJson } from "./image-svg.ts";
import { embedTopologyInPng } from "./png-metadata.ts";

export type { ImageOptions } from "./image-svg.ts";

/** A failure the user can act on; `message` is already in their language. */
export class ExportError extends Error {
  constructor(
    readonly kind: "canvas-too-large" | "blank-image" | "draw-failed" | "empty-diagram" | "not-deployable",
    message: string,
    readonly detail?: CanvasTooLarge,
  ) {
    super(message);
    this.name = "ExportError";
  }
}

function ensureNotEmpty(scene: Scene, lang: Lang): void {
  const empty = emptySceneMessage(scene, lang);
  if (empty !== undefined) throw new ExportError("empty-diagram", empty);
}

/** The SVG file: vector, self-contained, topology in <metadata>. */
export function svgBlob(scene: Scene, doc: Topology, options: ImageOptions, lang: Lang): Blob {
  ensureNotEmpty(scene, lang);
  return new Blob([svgFileText(scene, doc, options)], { type: "image/svg+xml;charset=utf-8" });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = "async";
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("the browser could not read the SVG drawing"));
    img.src = url;
  });
}

/** Points inside opaque parts of the drawing (card centres), in canvas pixels, to spot a blank canvas. */
function probePoints(scene: Scene, frame: { x: number; y: number }, scale: number) {
  const cards = scene.boxes.filter((b) => isCard(b) || b.kind === "internet").slice(0, 5);
  return cards.map((b) => ({
    x: Math.floor((b.x + b.width / 2 - frame.x) * scale),
    y: Math.floor((b.y + b.height / 2 - frame.y) * scale),
  }));
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

/**
 * The PNG file at `options.scale` device pixels per diagram pixel. Refuses, with a message naming
 * the limit, pictures the browser can't hold; and checks the result isn't silently blank.
 */
export async function pngBlob(scene: Scene, doc: Topology, options: ImageOptions, lang: Lang): Promise<Blob> {
  ensureNotEmpty(scene, lang);
  const { svg, frame, width, height } = pngSource(scene, options);
  const tooLarge = checkCanvasSize(frame.width, frame.height, options.scale);
  if (tooLarge) throw new ExportError("canvas-too-large", canvasTooLargeMessage(tooLarge, lang), tooLarge);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  const failed = (kind: "blank-image" | "draw-failed") =>
    new ExportError(
      kind,
      lang === "ko"
        ? `브라우저가 ${width.toLocaleString("en-US")} × ${height.toLocaleString("en-US")} px 이미지를 그리지 못했습니다. 더 작은 배율을 고르거나 SVG로 내보내세요.`
        : `The browser could not draw a ${width.toLocaleString("en-US")} × ${height.toLocaleString("en-US")} px image. Choose a smaller scale, or export SVG instead.`,
    );
  try {
    const img = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d", { willReadFrequently: false });
    if (!ctx) throw failed("draw-failed");
    ctx.drawImage(img, 0, 0, width, height);
    // Some browsers hand back a blank canvas instead of failing when it is too big for them.
    const probes = probePoints(scene, frame, options.scale);
    if (probes.length > 0 && probes.every((p) => ctx.getImageData(p.x, p.y, 1, 1).data[3] === 0))
      throw failed("blank-image");
    const blob = await canvasToBlob(canvas);
    if (!blob || blob.size === 0) throw failed("draw-failed");
    const bytes = embedTopologyInPng(new Uint8Array(await blob.arrayBuffer()), topologyJson(doc));
    return new Blob([bytes], { type: "image/png" });
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw failed("draw-failed");
  } finally {
    URL.revokeObjectURL(url);
  }
}
