// What an image export asks of the image worker (image.worker.ts), and the pure part of its answer:
// the scene, from the canvas's layout when there is one (no fresh layout per export), else from a
// layout made here. Shared with the command line's tests, which check the CLI draws the same.
import { layoutTopologySync } from "../layout/layout.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import type { CanvasTooLarge } from "./canvas-limits.ts";
import { type Scene, sceneFromLayout } from "./export-scene.ts";
import type { ExportBackground } from "./svg-render.ts";

export interface ImageRequest {
  /** draw.io too: the same scene, and made here it never holds the page (100,000 instances: 8 s). */
  format: "png" | "svg" | "drawio";
  doc: Topology;
  /** The canvas's layout of `doc`; without it the document is laid out in the worker. */
  layout?: LayoutResult;
  collapsed: readonly string[];
  diagnostics: readonly Diagnostic[];
  lang: Lang;
  scale: number;
  background: ExportBackground;
  /** Paint the PNG in strips into one streamed file (what a PNG past the canvas limits needs). */
  strips?: boolean;
  /** Largest piece painted at once, in pixels (default STRIP_AREA); smaller in tests, to cross seams. */
  stripArea?: number;
}

/**
 * An ImageRequest as the page posts it: the document and its layout either in it, or sent by the
 * layout worker to `from` (layout.worker.ts, HandedOver), which spares the page copying them.
 */
export type PostedImageRequest =
  | ImageRequest
  | (Omit<ImageRequest, "doc" | "layout"> & { from: MessagePort });

export type ImageResponse =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; blob: Blob; width: number; height: number; millis: number }
  | { type: "too-large"; detail: CanvasTooLarge; fit: number }
  | {
      type: "failed";
      kind: "empty-diagram" | "draw-failed" | "blank-image";
      message: string;
      /** The picture's size in pixels, when known. */
      size?: { width: number; height: number };
    };

/** The layout an export draws: the canvas's, or a fresh one of the document. */
export function layoutForRequest(request: Pick<ImageRequest, "doc" | "layout" | "collapsed">): LayoutResult {
  return request.layout ?? layoutTopologySync(request.doc, { collapsed: request.collapsed });
}

/** The scene an export draws: the given layout, or a fresh one of the document. */
export function sceneForRequest(
  request: Pick<ImageRequest, "doc" | "layout" | "collapsed" | "diagnostics" | "lang">,
  layout: LayoutResult = layoutForRequest(request),
): Scene {
  return sceneFromLayout(layout, request.doc, request.lang, request.diagnostics);
}
