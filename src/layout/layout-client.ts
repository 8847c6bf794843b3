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
