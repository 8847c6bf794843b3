// Export > CloudFormation and Export > Topology (YAML) off the main thread: the page posts the
// document (its long lists in slices, sliced-post.ts), this worker writes the text and sends it back
// as a file. On the page, at 50,000 instances the template held it in one task of 11 s and the YAML
// for 0.9-1.6 s (issue #15).
import "../i18n/both-languages.ts";
import type { Topology } from "../model/schema.ts";
import { cloudFormationText } from "./cloudformation.ts";
import type { ExportTextAnswer, ExportTextKind } from "./export-text.ts";
import { toYamlText } from "./serialize.ts";
import { Reassembly, type SlicePart } from "./sliced-post.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const arriving = new Reassembly();

function made(doc: Topology, kind: ExportTextKind): ExportTextAnswer {
  const type = "application/yaml;charset=utf-8";
  if (kind === "yaml") return { ok: true, blob: new Blob([toYamlText(doc)], { type }), notes: [] };
  const template = cloudFormationText(doc, "yaml");
  return template.ok
    ? { ok: true, blob: new Blob([template.text], { type }), notes: template.notes }
    : { ok: false, reason: template.reason };
}

scope.onmessage = (event: MessageEvent<{ doc: Topology; kind: ExportTextKind } | SlicePart>) => {
  if ("type" in event.data && event.data.type === "slice") {
    arriving.add(event.data);
    return;
  }
  const { doc, kind } = arriving.complete(event.data as { doc: Topology; kind: ExportTextKind });
  let answer: ExportTextAnswer;
  try {
    answer = made(doc, kind);
  } catch (error) {
    answer = { ok: false, failed: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
