// One topology file -> its report: diagnostics, or the reason it couldn't be read or parsed.
// Reading and checking are split so the checking half is testable on plain text.

import { t } from "../i18n/strings.ts";
import { formatBytes, MAX_FILE_BYTES } from "../io/limits.ts";
import { extractTopologyText, openFileErrorMessage } from "../io/open-file.ts";
import { detectFormat, lineColumnOf, parseData, type TextFormat, topologyFromData } from "../io/parse.ts";
import { parseErrorText, syntaxProblem } from "../io/parse-messages.ts";
import { isPng } from "../io/png-metadata.ts";
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

export function checkText(
  file: string,
  text: string,
  lang: Lang,
  format: TextFormat = formatOfPath(file, text),
): FileReport {
  const data = parseData(text, format);
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

/** A PNG, or SVG by its name or its first character (a topology's text never starts with "<"). */
function looksLikeImage(file: string, bytes: Uint8Array): boolean {
  if (isPng(bytes) || /\.svg$/i.test(file)) return true;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < Math.min(bytes.length, 512); i++)
    if (![0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] as number)) return bytes[i] === 0x3c;
  return false;
}

export async function checkFile(file: string, lang: Lang): Promise<FileReport> {
  const problem = (message: string): FileReport => ({ file, diagnostics: [], error: { message } });
  // Bounds before work: a file over the limit is refused before it is read, a stream just past it.
  const read = await readInputBytes(file);
  if (!read.ok) return problem(readProblem(read, lang));
  // An image ec2viz exported is checked by the topology inside it, as `render` and Open… read it,
  // instead of being refused as text that isn't UTF-8 or isn't an object.
  if (looksLikeImage(file, read.bytes)) {
    const bytes = read.bytes;
    const image = await extractTopologyText({ name: file, arrayBuffer: async () => bytes.slice().buffer });
    if (!image.ok) return problem(openFileErrorMessage(image.error, lang));
    if (image.source === "png" || image.source === "svg") return checkText(file, image.text, lang, "json");
  }
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
