// Runs the whole layout off the main thread for big documents (the layout itself is plain
// TypeScript: no elkjs to load, so the worker starts in a few milliseconds).
import type { Topology } from "../model/schema.ts";
import { type LayoutOptions, layoutTopologySync } from "./layout.ts";
import type { LayoutResult } from "./types.ts";

export interface LayoutRequest {
  requestId: number;
  doc: Topology;
  options: LayoutOptions;
}

export type LayoutResponse =
  | { requestId: number; ok: true; result: LayoutResult; millis: number }
  | { requestId: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, doc, options } = event.data;
  const started = performance.now();
  try {
    const result = layoutTopologySync(doc, options);
    scope.postMessage({
      requestId,
      ok: true,
      result,
      millis: performance.now() - started,
    } satisfies LayoutResponse);
  } catch (error) {
    scope.postMessage({ requestId, ok: false, error: String(error) } satisfies LayoutResponse);
  }
};
