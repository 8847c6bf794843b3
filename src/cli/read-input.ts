// Any input file of the commands that draw or convert (render, export) -> a Topology and its rule
// findings, or the reason there is none, worded for the terminal. Reads topology files (JSON,
// YAML), images exported by ec2viz (PNG, SVG: the topology embedded in them), and whatever
// `ec2viz import` reads (src/import: AWS CLI output, CloudFormation, Terraform), through the
// importer, when the file is not a topology.

import { basename } from "node:path";
import { t } from "../i18n/strings.ts";
import { importFiles } from "../import/import.ts";
import { migrate } from "../io/migrations.ts";
import { extractTopologyText, openFileErrorMessage } from "../io/open-file.ts";
import { parseData, topologyFromData } from "../io/parse.ts";
import { parseErrorText, syntaxProblem } from "../io/parse-messages.ts";
import { type Diagnostic, diagnosticsOfVersion, type Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";
import { checkRules, validate } from "../model/validate.ts";
import { type FileProblem, formatOfPath, readProblem } from "./check-file.ts";
import { readInputBytes } from "./read-bytes.ts";

export type InputResult =
  | { ok: true; doc: Topology; diagnostics: Diagnostic[] }
  /** `diagnostics` holds the schema problems when the file's shape is wrong. */
  | { ok: false; problem: FileProblem; diagnostics: Diagnostic[] };

/** Parses topology text (or text taken out of an image) for `file`, in the reader's language. */
function topologyFromText(file: string, text: string, lang: Lang): InputResult {
  const data = parseData(text, formatOfPath(file, text));
  if (!data.ok) {
    const error = data.error;
    if (error.kind !== "syntax")
      return { ok: false, problem: { message: parseErrorText(error, lang).summary }, diagnostics: [] };
    return {
      ok: false,
      problem: { message: syntaxProblem(error, lang), line: error.line, column: error.column },
      diagnostics: [],
    };
  }
  const parsed = topologyFromData(data.data);
  if (parsed.ok) {
    // The command line never changes a document it read: the drawing reuses this index (sharedIndex).
    const index = sharedIndex(parsed.doc);
    const diagnostics = diagnosticsOfVersion(checkRules(parsed.doc, lang, index), parsed.migratedFrom);
    return { ok: true, doc: parsed.doc, diagnostics };
  }
  const summary = parseErrorText(parsed.error, lang).summary;
  if (parsed.error.kind !== "schema") return { ok: false, problem: { message: summary }, diagnostics: [] };
  // Shape problems in the reader's language: validate the (migrated) data again, as `validate` does.
  const migrated = migrate(data.data as Record<string, unknown>);
  const diagnostics = validate(migrated.ok ? migrated.data : data.data, { lang });
  return { ok: false, problem: { message: summary }, diagnostics };
}

/** Reads `file` from disk: a topology file, or a PNG/SVG exported by ec2viz. */
export async function readTopologyInput(file: string, lang: Lang): Promise<InputResult> {
  const input = await readInputBytes(file);
  if (!input.ok) return { ok: false, problem: { message: readProblem(input, lang) }, diagnostics: [] };
  const bytes = input.bytes;
  const copy = bytes.slice();
  const extracted = await extractTopologyText({
    name: basename(file),
    arrayBuffer: async () => copy.buffer as ArrayBuffer,
  });
  if (!extracted.ok) {
    const reason = {
      ok: false as const,
      problem: { message: openFileErrorMessage(extracted.error, lang) },
      diagnostics: [],
    };
    return extracted.error === "unsupported-type" ? (imported(file, bytes, lang) ?? reason) : reason;
  }
  // Text taken out of an image is always JSON; a topology file keeps its own name for the format.
  const image = extracted.source === "png" || extracted.source === "svg";
  const read = topologyFromText(image ? `${file}.json` : file, extracted.text, lang);
  if (read.ok || image || read.diagnostics.length > 0) return read;
  // Not a topology (no "version", not an object, or YAML our reader refuses, such as a template's
  // short-form tags): what `ec2viz import` recognises is read through the importer.
  return imported(file, bytes, lang) ?? read;
}

/** The topology the importer makes of `bytes`, or undefined when it recognises nothing there. */
function imported(file: string, bytes: Uint8Array, lang: Lang): InputResult | undefined {
  const result = importFiles([{ name: basename(file), bytes }], { lang });
  if (!result.ok) return undefined;
  const read = topologyFromText(`${file}.json`, JSON.stringify(result.doc), lang);
  if (read.ok) return read;
  const as = result.report.format;
  const message = t(lang, "cli.readAsImport", { format: as, problem: read.problem.message });
  return { ...read, problem: { ...read.problem, message } };
}
