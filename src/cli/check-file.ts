// One topology file -> its report: diagnostics, or the reason it couldn't be read or parsed.
// Reading and checking are split so the checking half is testable on plain text.
import { readFile } from "node:fs/promises";
import { migrate } from "../io/migrations.ts";
import { detectFormat, lineColumnOf, parseData, type TextFormat, topologyFromData } from "../io/parse.ts";
import { parseErrorText, syntaxProblem } from "../io/parse-messages.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import { validate } from "../model/validate.ts";

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
  if (parsed.ok) return { file, diagnostics: validate(parsed.doc, { lang }) };
  // Shape problems are diagnostics, in the reader's language: validate the (migrated) data again.
  const migrated = migrate(data.data as Record<string, unknown>);
  return { file, diagnostics: validate(migrated.ok ? migrated.data : data.data, { lang }) };
}

export async function checkFile(file: string, lang: Lang): Promise<FileReport> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const message = lang === "ko" ? `파일을 읽을 수 없습니다 (${code})` : `can't read the file (${code})`;
    return { file, diagnostics: [], error: { message } };
  }
  return checkText(file, text, lang);
}
