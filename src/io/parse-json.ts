// JSON topology text -> a Topology, or a named error a person can act on: the reading path every
// reader shares (version check, migrations, schema), without the YAML parser, so the autosave can
// be restored before anything else loads. parse.ts adds YAML on top and re-exports all of this.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../i18n/text.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import { quoteShort } from "../model/echo.ts";
import { FORMAT_VERSION, type Topology } from "../model/schema.ts";
import { schemaDiagnostics, topologyFromSchema } from "../model/schema-diagnostics.ts";
import { parsedJsonPasses, scanJson } from "./json-error-offset.ts";
import { MAX_NESTING_DEPTH } from "./limits.ts";
import { migrate } from "./migrations.ts";

export type TextFormat = "json" | "yaml";

export type ParseError =
  | {
      kind: "syntax";
      format: TextFormat;
      /** What is wrong, as an id the catalog words in each language (`io.syntax.*`). */
      problem: SyntaxProblem;
      /** The problem in English (`syntaxText(problem, "en")`). */
      message: string;
      line: number;
      column: number;
    }
  | { kind: "not-an-object" }
  | { kind: "missing-version" }
  | { kind: "newer-version"; found: number }
  | { kind: "unknown-version"; found: unknown }
  | { kind: "schema"; diagnostics: Diagnostic[] };

export type ParseResult =
  | { ok: true; doc: Topology; migratedFrom?: number }
  | { ok: false; error: ParseError };

/** JSON when the text starts like JSON, else YAML (YAML is a superset, but JSON errors read better). */
export function detectFormat(text: string): TextFormat {
  return /^\s*[{[]/.test(text) ? "json" : "yaml";
}

/** 1-based line and column of a character offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Why text isn't JSON or YAML; `reader` carries the YAML library's own words (English). */
type SyntaxProblem =
  | { id: "tooDeep" }
  | { id: "aliasBomb" }
  | { id: "duplicateKey"; key: string }
  | { id: "unexpected"; found: string }
  | { id: "endsEarly" }
  | { id: "secondDocument" }
  | { id: "reader"; message: string };

/** A syntax problem in `lang`, from the catalog's `io.syntax.*` entries. */
export function syntaxText(problem: SyntaxProblem, lang: Lang): string {
  const { id, ...params } = problem;
  return t(lang, `io.syntax.${id}`, { ...params, depth: MAX_NESTING_DEPTH });
}

/** The English of the problems tests and callers compare with. */
export const TOO_DEEP = syntaxText({ id: "tooDeep" }, "en");
export const ALIAS_BOMB = syntaxText({ id: "aliasBomb" }, "en");

export function syntaxError(
  text: string,
  format: TextFormat,
  offset: number,
  problem: SyntaxProblem,
): { ok: false; error: ParseError } {
  const { line, column } = lineColumnOf(text, offset);
  return {
    ok: false,
    error: { kind: "syntax", format, problem, message: syntaxText(problem, "en"), line, column },
  };
}

export type DataResult = { ok: true; data: unknown } | { ok: false; error: ParseError };

/** A leading byte-order mark is not part of the text. */
export function withoutBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

/**
 * Reads JSON into plain data, or a syntax error with its place. Never throws: nesting deeper than
 * MAX_NESTING_DEPTH and a key repeated in one object are syntax errors like any other.
 */
export function parseJsonData(source: string): DataResult {
  const text = withoutBom(source);
  const format = "json";
  // JSON.parse first (native and fast); the scanner only runs to find where and why text fails.
  let data: unknown;
  let parsed = false;
  try {
    data = JSON.parse(text);
    parsed = true;
  } catch {
    // Found below.
  }
  if (parsed && parsedJsonPasses(text, data, MAX_NESTING_DEPTH)) return { ok: true, data };
  const problem = scanJson(text, { maxDepth: MAX_NESTING_DEPTH, duplicateKeys: true });
  if (!problem) return syntaxError(text, format, 0, { id: "unexpected", found: "text" });
  const found = text.codePointAt(problem.offset);
  const why: SyntaxProblem =
    problem.kind === "too-deep"
      ? { id: "tooDeep" }
      : problem.kind === "duplicate-key"
        ? { id: "duplicateKey", key: quoteShort(problem.key ?? "") }
        : found === undefined
          ? { id: "endsEarly" }
          : { id: "unexpected", found: JSON.stringify(String.fromCodePoint(found)) };
  return syntaxError(text, format, problem.offset, why);
}

/** Checks the version, migrates older documents, then validates the shape against the schema. */
export function topologyFromData(data: unknown): ParseResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, error: { kind: "not-an-object" } };
  }
  const version = (data as { version?: unknown }).version;
  if (version === undefined) return { ok: false, error: { kind: "missing-version" } };
  if (typeof version === "number" && Number.isInteger(version) && version > FORMAT_VERSION) {
    return { ok: false, error: { kind: "newer-version", found: version } };
  }
  const migrated = migrate(data as Record<string, unknown>);
  if (!migrated.ok) {
    return migrated.reason === "schema"
      ? { ok: false, error: { kind: "schema", diagnostics: migrated.diagnostics } }
      : { ok: false, error: { kind: "unknown-version", found: version } };
  }
  const doc = topologyFromSchema(migrated.data);
  if (!doc) return { ok: false, error: { kind: "schema", diagnostics: schemaDiagnostics(migrated.data) } };
  return migrated.from === FORMAT_VERSION
    ? { ok: true, doc }
    : { ok: true, doc, migratedFrom: migrated.from };
}

/** A JSON topology (the autosave): the same path as a file's, without loading the YAML parser. */
export function parseJsonTopologyText(text: string): ParseResult {
  const data = parseJsonData(text);
  return data.ok ? topologyFromData(data.data) : data;
}
