// Page side of Export > CloudFormation: the template is written in a worker (cloudformation.worker.ts)
// so a big document never holds the page, as the images and draw.io are (image-export.ts).
import type { LocalText } from "../i18n/text.ts";
import type { Topology } from "../model/schema.ts";
import { postInSlices } from "./image-export.ts";

export type CloudFormationAnswer =
  | { ok: true; blob: Blob; notes: LocalText[] }
  /** `reason`: the topology can't be deployed (cloudFormationText's); `failed`: the worker broke. */
  | { ok: false; reason: LocalText }
  | { ok: false; failed: string };

/** The template of `doc` as a YAML file, made in a worker; aborting `signal` stops it (undefined then). */
export function cloudFormationInWorker(
  doc: Topology,
  signal?: AbortSignal,
): Promise<CloudFormationAnswer | undefined> {
  if (signal?.aborted) return Promise.resolve(undefined);
  const worker = new Worker(new URL("./cloudformation.worker.ts", import.meta.url), {
    type: "module",
    name: "cloudformation",
  });
  return new Promise((resolve) => {
    const done = (answer: CloudFormationAnswer | undefined) => {
      worker.terminate();
      signal?.removeEventListener("abort", stop);
      resolve(answer);
    };
    const stop = () => done(undefined);
    signal?.addEventListener("abort", stop, { once: true });
    worker.onmessage = (event: MessageEvent<CloudFormationAnswer>) => done(event.data);
    worker.onerror = (event) => done({ ok: false, failed: event.message || "the worker stopped" });
    void postInSlices(worker, { doc }, signal);
  });
}
