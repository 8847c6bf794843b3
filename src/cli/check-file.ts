// One topology file -> its report: diagnostics, or the reason it couldn't be read or parsed.
// Reading and checking are split so the checking half is testable on plain text.

import { t } from "../i18n/strings.ts";
import { formatBytes, MAX_FILE_BYTES } from "../io/limits.ts";
import { detectFormat, lineColumnOf, parseData, type TextFormat, topologyFromData } from "../io/parse.ts";
import { parseErrorText, syntaxProblem } from "../io/parse-messages.ts";
import { decodeTopologyBytes } from "../io/text-decode.ts";
import { type Diagnostic, diagnosticsOfVersion, type Lang } from "../model/diagnostics.ts";
import { checkRules, localizeDiagnostic } from "../model/validate.ts";
import { type ReadBytesResult, readInputBytes } from "./read-bytes.ts";

export interface FileProblem {
  message: string;
  line?: number;
  column?: number;
}

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  /** Set when the file couldn't be read or parsed: then there are no diagnostics. */
  error?: FileProblem;
}

export function formatOfPath(path: string, text: string): TextFormat {
  if (/\.json$/i.test(path)) return "json";
  if (/\.ya?ml$/i.test(path)) return "yaml";
  return detectFormat(text);
}

/** Where the "version" key is written, to point a person at it; undefined when not found. */
function versionPlace(text: string): { line: number; column: number } | undefined {
  const match = /(^|[\s{,])("version"|version)\s*:/m.exec(text);
  if (!match) return undefined;
  return lineColumnOf(text, match.index + (match[1] ?? "").length);
}

export function checkText(file: string, text: string, lang: Lang): FileReport {
  const data = parseData(text, formatOfPath(file, text));
  if (!data.ok) {
    const { summary } = parseErrorText(data.error, lang);
    if (data.error.kind !== "syntax") return { file, diagnostics: [], error: { message: summary } };
    const { line, column } = data.error;
    return { file, diagnostics: [], error: { message: syntaxProblem(data.error, lang), line, column } };
  }
  const parsed = topologyFromData(data.data);
  if (!parsed.ok && parsed.error.kind !== "schema") {
    const message = parseErrorText(parsed.error, lang).summary;
    const place = parsed.error.kind === "missing-version" ? undefined : versionPlace(text);
    return { file, diagnostics: [], error: { message, ...place } };
  }
  // The document just passed the schema: only the rules are left (validate() would parse it again).
  if (parsed.ok)
    return { file, diagnostics: diagnosticsOfVersion(checkRules(parsed.doc, lang), parsed.migratedFrom) };
  // Shape problems are diagnostics (against the file's own version's schema), in the reader's language.
  const diagnostics = parsed.error.kind === "schema" ? parsed.error.diagnostics : [];
  return { file, diagnostics: diagnostics.map((d) => localizeDiagnostic(d, lang)) };
}

/** Why an input couldn't be read, for the terminal. */
export function readProblem(read: ReadBytesResult & { ok: false }, lang: Lang): string {
  if (read.error === "too-large") return t(lang, "cli.tooLarge", { limit: formatBytes(MAX_FILE_BYTES) });
  return t(lang, "cli.cantRead", { code: read.code });
}

export async function checkFile(file: string, lang: Lang): Promise<FileReport> {
  const problem = (message: string): FileReport => ({ file, diagnostics: [], error: { message } });
  // Bounds before work: a file over the limit is refused before it is read, a stream just past it.
  const read = await readInputBytes(file);
  if (!read.ok) return problem(readProblem(read, lang));
  const decoded = decodeTopologyBytes(read.bytes);
  if (!decoded.ok) {
    return problem(t(lang, "cli.notUtf8"));
  }
  try {
    return checkText(file, decoded.text, lang);
  } catch (error) {
    // The readers return named errors; this keeps anything unforeseen to one line for this file.
    const reason = String((error as Error)?.message ?? error).split("\n")[0] ?? "";
    return problem(t(lang, "cli.couldNotCheck", { reason }));
  }
}
