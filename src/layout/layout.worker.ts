// Runs the whole layout off the main thread. elkjs's bundled build works synchronously in here;
// importing it also registers elkjs's own message handler, which we replace with ours.
import ELK from "elkjs/lib/elk.bundled.js";
import type { Topology } from "../model/schema.ts";
import { type LayoutOptions, layoutTopology } from "./layout.ts";
import type { LayoutResult } from "./types.ts";

export interface LayoutRequest {
  requestId: number;
  doc: Topology;
  options: LayoutOptions;
}

export type LayoutResponse =
  | { requestId: number; ok: true; result: LayoutResult; millis: number }
  | { requestId: number; ok: false; error: string };

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { requestId, doc, options } = event.data;
  const started = performance.now();
  try {
    const result = await layoutTopology(doc, elk, options);
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
