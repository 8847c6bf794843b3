// Runs the whole layout off the main thread for big documents (the layout itself is plain
// TypeScript: no elkjs to load, so the worker starts in a few milliseconds). The worker keeps a
// layout cache, so an edit re-packs only what changed, and answers with only the boxes and routes
// that changed: the others are sent as their place in its previous answer (see layout-codec.ts),
// which keeps the copy across the thread boundary proportional to the edit.
// It also hands its newest document and layout to an export (handOver): the image worker gets them
// from here, so the page never copies a big document and its layout to it.
import { sliceMessage } from "../io/sliced-post.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";
import { createDocDecoder, type EncodedDocument } from "./doc-codec.ts";
import { createLayoutCache, type LayoutOptions, layoutTopologySync } from "./layout.ts";
import { type EncodedLayout, encodeLayout, type LayoutPart, splitLayout } from "./layout-codec.ts";
import type { LayoutResult } from "./types.ts";

export type LayoutRequest =
  | {
      requestId: number;
      /** The document, as what changed since the previous request (every request is decoded in order). */
      doc: EncodedDocument;
      options: LayoutOptions;
    }
  /** Send the newest request's document and layout to `port` (a HandedOver message). */
  | { handOver: MessagePort };

/**
 * What a port given to handOver receives: the newest document and its layout, or why there is none
 * (after the slices of its long arrays, sliced-post.ts).
 */
export type HandedOver = { doc: Topology; layout: LayoutResult } | { error: string };

export type LayoutResponse =
  /** A leading part of a big answer's boxes and routes; the answer itself follows. */
  | { requestId: number; part: LayoutPart }
  | { requestId: number; ok: true; result: EncodedLayout; millis: number }
  | { requestId: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cache = createLayoutCache();
const decode = createDocDecoder();
/** The newest request's outcome, for handOver. */
let newest: HandedOver = { error: "nothing laid out yet" };
/** Layout requests handled so far. */
let requests = 0;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  if ("handOver" in event.data) {
    // In slices (sliced-post.ts), so the image worker copies the first ones in while the rest are
    // copied out here: sent whole, the two copies ran one after the other (100,000 instances:
    // ~1.7 s of CPU here before the image worker could begin).
    const port = event.data.handOver;
    const { parts, rest } = sliceMessage(newest);
    for (const part of parts) port.postMessage(part);
    port.postMessage(rest satisfies HandedOver);
    port.close();
    return;
  }
  const { requestId, options } = event.data;
  const started = performance.now();
  // Each index and diagram graph is made from the one before (index-edit.ts, graph-edit.ts) once
  // those modules are here: they are fetched at the second document (most often the first one
  // edited), not before the first picture (issue #14, initial JS). Until then, or if a fetch
  // fails, indexes and graphs are built whole. (The page lays out only small documents, ≤ 400
  // instances and volumes, whose whole graph costs next to nothing: it never fetches graph-edit.)
  if (++requests === 2) {
    import("../model/index-edit.ts").catch(() => {});
    import("./graph-edit.ts").catch(() => {});
  }
  try {
    const doc = decode<Topology>(event.data.doc);
    const previous = cache.previous;
    // Decoded documents are never changed: each edit's index is made from the one before
    // (index-edit.ts), not built again.
    const result = layoutTopologySync(doc, { ...options, index: sharedIndex(doc) }, cache);
    newest = { doc, layout: result };
    const { parts, last } = splitLayout(encodeLayout(previous, result));
    for (const part of parts) scope.postMessage({ requestId, part } satisfies LayoutResponse);
    scope.postMessage({
      requestId,
      ok: true,
      result: last,
      millis: performance.now() - started,
    } satisfies LayoutResponse);
  } catch (error) {
    newest = { error: String(error) };
    scope.postMessage({ requestId, ok: false, error: String(error) } satisfies LayoutResponse);
  }
};
