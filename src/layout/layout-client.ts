// Main-thread side of the layout worker: one worker, one request in flight per caller, answers
// matched by request id so a slow old layout can never overwrite a newer one. Requests and answers
// carry only what changed since the previous one (doc-codec.ts, layout-codec.ts).
import { knownDocText } from "../io/doc-text.ts";
import type { Topology } from "../model/schema.ts";
import { createDocEncoder } from "./doc-codec.ts";
import type { LayoutOptions } from "./layout.ts";
import type { LayoutRequest, LayoutResponse } from "./layout.worker.ts";
import { decodeLayout, joinLayout, type LayoutPart } from "./layout-codec.ts";
import type { LayoutResult } from "./types.ts";

export interface LayoutClient {
  layout(doc: Topology, options: LayoutOptions): Promise<LayoutResult>;
  /**
   * Has the worker send `doc` and its layout (a HandedOver message) to `port`, once it has laid it
   * out, when `doc` with `options` is the newest document it was asked for: the page copies
   * nothing. False, with nothing sent, for any other document.
   */
  handOver(doc: Topology, options: LayoutOptions, port: MessagePort): boolean;
  /**
   * Starts laying out the document whose JSON text is `text` before its objects are on the page (a
   * big file still being read, checked and copied over: issue #15, B9). The next `layout` call for
   * the document of that text (knownDocText), with the same options, takes this answer instead of
   * asking again; any other call drops it.
   */
  ahead(text: string, options: LayoutOptions): void;
  dispose(): void;
}

const optionsKey = (options: LayoutOptions) => JSON.stringify(options);

export function createLayoutClient(): LayoutClient {
  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), {
    type: "module",
    name: "layout",
  });
  let nextId = 1;
  // The newest request: what handOver can give.
  let newest: { doc: Topology; options: string } | undefined;
  // The layout started from a text (ahead), until the next request takes or drops it.
  let early: { text: string; options: string; answer: Promise<LayoutResult> } | undefined;
  // Documents go as what changed since the previous request, or as the text they were read from (doc-codec.ts).
  const encode = createDocEncoder();
  // The worker's previous answer, decoded: its next answer names unchanged items by index in it.
  let previous: LayoutResult | undefined;
  const waiting = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();
  // Parts of the answer being received (a big answer comes in parts, each copied in its own task).
  let parts: LayoutPart[] = [];
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const answer = event.data;
    if ("part" in answer) {
      parts.push(answer.part);
      return;
    }
    const received = parts;
    parts = [];
    const pending = waiting.get(answer.requestId);
    waiting.delete(answer.requestId);
    if (!answer.ok) {
      pending?.reject(new Error(answer.error));
      return;
    }
    // Every answer is decoded, in order, even one nobody waits for: the next refers to it.
    try {
      previous = decodeLayout(previous, joinLayout(received, answer.result));
      pending?.resolve(previous);
    } catch (error) {
      pending?.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  worker.onerror = (event) => {
    for (const p of waiting.values()) p.reject(new Error(event.message || "layout worker failed"));
    waiting.clear();
  };
  return {
    layout(doc, options) {
      const started = early;
      early = undefined;
      // The worker's newest document is the one of the text: `doc` itself (no copy goes over).
      if (started && started.options === optionsKey(options) && knownDocText(doc) === started.text) {
        encode.adopt(doc);
        newest = { doc, options: started.options };
        return started.answer;
      }
      const requestId = nextId++;
      newest = { doc, options: optionsKey(options) };
      return new Promise((resolve, reject) => {
        waiting.set(requestId, { resolve, reject });
        worker.postMessage({
          requestId,
          doc: encode(doc, knownDocText(doc)),
          options,
        } satisfies LayoutRequest);
      });
    },
    ahead(text, options) {
      const requestId = nextId++;
      const answer = new Promise<LayoutResult>((resolve, reject) =>
        waiting.set(requestId, { resolve, reject }),
      );
      // Nobody may take it (the file is refused): its failure is then nobody's to hear.
      answer.catch(() => undefined);
      early = { text, options: optionsKey(options), answer };
      // Until `layout` takes it, the worker's newest document is one the page has no object for.
      newest = undefined;
      worker.postMessage({ requestId, doc: encode.text(text), options } satisfies LayoutRequest);
    },
    handOver(doc, options, port) {
      if (newest?.doc !== doc || newest.options !== optionsKey(options)) return false;
      worker.postMessage({ handOver: port } satisfies LayoutRequest, [port]);
      return true;
    },
    dispose() {
      worker.terminate();
      waiting.clear();
    },
  };
}
