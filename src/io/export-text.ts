// Page side of Export > CloudFormation and Export > Topology (YAML): the text is written in a worker
// (export-text.worker.ts) so a big document never holds the page, as the images and draw.io are
// (image-export.ts).
import type { LocalText } from "../i18n/text.ts";
import type { Topology } from "../model/schema.ts";
import { postInSlices } from "./image-export.ts";

/** What the worker writes: the topology as YAML, or the CloudFormation template (YAML). */
export type ExportTextKind = "yaml" | "cloudformation";

export type ExportTextAnswer =
  /** `notes`: what a template can't say (none for the topology's YAML). */
  | { ok: true; blob: Blob; notes: LocalText[] }
  /** `reason`: the topology can't be deployed (cloudFormationText's); `failed`: the worker broke. */
  | { ok: false; reason: LocalText }
  | { ok: false; failed: string };

/** `doc` as a file of `kind`, made in a worker; aborting `signal` stops it (undefined then). */
export function exportTextInWorker(
  doc: Topology,
  kind: ExportTextKind,
  signal?: AbortSignal,
): Promise<ExportTextAnswer | undefined> {
  if (signal?.aborted) return Promise.resolve(undefined);
  const worker = new Worker(new URL("./export-text.worker.ts", import.meta.url), {
    type: "module",
    name: "export-text",
  });
  return new Promise((resolve) => {
    const done = (answer: ExportTextAnswer | undefined) => {
      worker.terminate();
      signal?.removeEventListener("abort", stop);
      resolve(answer);
    };
    const stop = () => done(undefined);
    signal?.addEventListener("abort", stop, { once: true });
    worker.onmessage = (event: MessageEvent<ExportTextAnswer>) => done(event.data);
    worker.onerror = (event) => done({ ok: false, failed: event.message || "the worker stopped" });
    void postInSlices(worker, { doc, kind }, signal);
  });
}
