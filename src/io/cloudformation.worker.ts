// Export > CloudFormation off the main thread: the page posts the document (its long lists in
// slices, sliced-post.ts), this worker writes the template's YAML and sends it back as a file. On the
// page, 50,000 instances held it in one task of 11 s (the YAML library's stringify; issue #15).
import "../i18n/both-languages.ts";
import type { Topology } from "../model/schema.ts";
import { cloudFormationText } from "./cloudformation.ts";
import type { CloudFormationAnswer } from "./cloudformation-export.ts";
import { Reassembly, type SlicePart } from "./sliced-post.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const arriving = new Reassembly();

scope.onmessage = (event: MessageEvent<{ doc: Topology } | SlicePart>) => {
  if ("type" in event.data && event.data.type === "slice") {
    arriving.add(event.data);
    return;
  }
  const { doc } = arriving.complete(event.data as { doc: Topology });
  let answer: CloudFormationAnswer;
  try {
    const made = cloudFormationText(doc, "yaml");
    answer = made.ok
      ? {
          ok: true,
          blob: new Blob([made.text], { type: "application/yaml;charset=utf-8" }),
          notes: made.notes,
        }
      : { ok: false, reason: made.reason };
  } catch (error) {
    answer = { ok: false, failed: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
