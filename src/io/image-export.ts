// Browser side of image export: asks the image worker (image.worker.ts) for the PNG or SVG, so the
// page stays responsive however large the diagram. Both formats start from the same pure SVG
// (svg-render.ts), drawn from the layout rather than captured from the page: the canvas only
// renders what is on screen, while an export shows the whole diagram in full detail, and selection
// rings, handles, minimap and controls can't leak in since they are never drawn.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { CanvasTooLarge } from "./canvas-limits.ts";
import type { ExportInput } from "./export-input.ts";
import type { ImageRequest, ImageResponse, PostedImageRequest } from "./image-job.ts";
import type { ImageOptions } from "./image-svg.ts";
import { nextTask } from "./next-task.ts";
import { pngPastLimits } from "./png-past-limits.ts";
import { sliceMessage } from "./sliced-post.ts";

export type { ImageOptions } from "./image-svg.ts";

/** A failure the user can act on; `message` is already in their language. */
export class ExportError extends Error {
  constructor(
    readonly kind:
      | "canvas-too-large"
      | "blank-image"
      | "draw-failed"
      | "empty-diagram"
      | "not-deployable"
      | "cancelled",
    message: string,
    readonly detail?: CanvasTooLarge,
  ) {
    super(message);
    this.name = "ExportError";
  }
}

type ImageResult =
  | { ok: true; blob: Blob; width: number; height: number }
  /** The PNG is past the browser's canvas limits at this scale; `fit` is the largest scale that fits. */
  | { ok: false; tooLarge: CanvasTooLarge; fit: number };

function drawFailed(lang: Lang, reason: string, size?: { width: number; height: number }): ExportError {
  const why = reason ? ` (${reason})` : "";
  return new ExportError(
    "draw-failed",
    size
      ? t(lang, "png.drawFailedSize", {
          size: `${size.width.toLocaleString("en-US")} × ${size.height.toLocaleString("en-US")} px`,
          why,
        })
      : t(lang, "png.drawFailed", { why }),
  );
}

/**
 * Sends the request: its long arrays (a big document's instances, its layout's nodes) in slices,
 * a task each, so the copy into the worker never holds the page for long (sliced-post.ts). A port
 * in its `from` goes with it.
 */
export async function postInSlices<T extends object>(
  worker: Worker,
  request: T,
  signal?: AbortSignal,
): Promise<void> {
  const { parts, rest } = sliceMessage(request);
  for (const part of parts) {
    if (signal?.aborted) return;
    worker.postMessage(part);
    await nextTask();
  }
  const port = "from" in rest ? rest.from : undefined;
  if (!signal?.aborted) worker.postMessage(rest, port instanceof MessagePort ? [port] : []);
}

/**
 * What is posted to the image worker for `input`: without the document and its layout when the
 * layout worker holds them and sends them itself, through a channel between the two workers.
 */
function postedRequest(
  input: ExportInput,
  settings: Omit<ImageRequest, "doc" | "layout">,
): PostedImageRequest {
  if (input.handOver) {
    const channel = new MessageChannel();
    if (input.handOver(channel.port1)) return { ...settings, from: channel.port2 };
    channel.port2.close();
  }
  return { ...settings, doc: input.doc, ...(input.layout ? { layout: input.layout } : {}) };
}

/**
 * The image of `input` in `format`, made in a worker. A PNG past the canvas limits comes back as
 * `ok: false` with the largest scale that fits, unless `strips` asks for it to be painted in strips.
 * Aborting `signal` stops the worker at once and rejects with an ExportError of kind "cancelled".
 */
export function imageInWorker(
  input: ExportInput,
  format: ImageRequest["format"],
  options: ImageOptions & { strips?: boolean },
  lang: Lang,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImageResult> {
  if (signal?.aborted) return Promise.reject(new ExportError("cancelled", "cancelled"));
  // Past the limits by the page's own layout: said at once, as the worker would say it.
  const past =
    format === "png" && !options.strips && input.layout
      ? pngPastLimits(input.layout, input.diagnostics ?? [], options.scale)
      : undefined;
  if (past) return Promise.resolve({ ok: false, tooLarge: past.detail, fit: past.fit });
  const request = postedRequest(input, {
    format,
    collapsed: input.collapsed ?? [],
    diagnostics: input.diagnostics ?? [],
    lang,
    scale: options.scale,
    background: options.background,
    ...(options.strips ? { strips: true } : {}),
  });
  const worker = new Worker(new URL("./image.worker.ts", import.meta.url), { type: "module", name: "image" });
  return new Promise<ImageResult>((resolve, reject) => {
    const cancel = () => {
      worker.terminate();
      reject(new ExportError("cancelled", "cancelled"));
    };
    signal?.addEventListener("abort", cancel, { once: true });
    const settled = () => signal?.removeEventListener("abort", cancel);
    worker.onmessage = (event: MessageEvent<ImageResponse>) => {
      const answer = event.data;
      if (answer.type === "progress") {
        onProgress?.(answer.done, answer.total);
        return;
      }
      worker.terminate();
      settled();
      if (answer.type === "done")
        resolve({ ok: true, blob: answer.blob, width: answer.width, height: answer.height });
      else if (answer.type === "too-large") resolve({ ok: false, tooLarge: answer.detail, fit: answer.fit });
      else if (answer.kind === "empty-diagram") reject(new ExportError("empty-diagram", answer.message));
      else reject(drawFailed(lang, answer.message, answer.size));
    };
    worker.onerror = (event) => {
      worker.terminate();
      settled();
      reject(drawFailed(lang, event.message || t(lang, "png.workerStopped")));
    };
    void postInSlices(worker, request, signal);
  });
}

/**
 * The draw.io file of `input` (drawio.ts), made in the image worker from the same scene as the
 * images, so even 100,000 instances never hold the page. Aborting `signal` stops it.
 */
export async function drawioInWorker(input: ExportInput, lang: Lang, signal?: AbortSignal): Promise<Blob> {
  const made = await imageInWorker(
    input,
    "drawio",
    { scale: 1, background: "white" },
    lang,
    undefined,
    signal,
  );
  // Only a PNG is ever past the canvas limits.
  if (!made.ok) throw drawFailed(lang, "");
  return made.blob;
}
