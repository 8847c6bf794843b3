// Topology text (JSON or YAML) -> a Topology, or a named error a person can act on. Syntax errors
// carry the line and column; documents of an older format version are migrated first; newer ones
// are refused clearly rather than half-read. Schema problems come back as `schema` diagnostics.
import { parseDocument } from "yaml";
import type { Diagnostic } from "../model/diagnostics.ts";
import { FORMAT_VERSION, type Topology } from "../model/schema.ts";
import { schemaDiagnostics, topologyFromSchema } from "../model/schema-diagnostics.ts";
import { jsonErrorOffset } from "./json-error-offset.ts";
import { migrate } from "./migrations.ts";

export type TextFormat = "json" | "yaml";

export type ParseError =
  | { kind: "syntax"; format: TextFormat; message: string; line: number; column: number }
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

/** Reads JSON or YAML into plain data, or a syntax error with its place. */
export function parseData(
  text: string,
  format: TextFormat = detectFormat(text),
): { ok: true; data: unknown } | { ok: false; error: ParseError } {
  if (format === "json") {
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch {
      // Node's message doesn't always carry a position, so find the place ourselves.
      const offset = jsonErrorOffset(text);
      const { line, column } = lineColumnOf(text, offset < 0 ? text.length : offset);
      const found = offset < 0 ? undefined : text[offset];
      const message = found === undefined ? "the text ends too early" : `unexpected ${JSON.stringify(found)}`;
      return { ok: false, error: { kind: "syntax", format, message, line, column } };
    }
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const { line, column } = lineColumnOf(text, first.pos[0]);
    const message = first.message.split("\n")[0] ?? first.message;
    return { ok: false, error: { kind: "syntax", format, message, line, column } };
  }
  return { ok: true, data: doc.toJS() };
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
  if (!migrated.ok) return { ok: false, error: { kind: "unknown-version", found: version } };
  const doc = topologyFromSchema(migrated.data);
  if (!doc) return { ok: false, error: { kind: "schema", diagnostics: schemaDiagnostics(migrated.data) } };
  return migrated.from === FORMAT_VERSION
    ? { ok: true, doc }
    : { ok: true, doc, migratedFrom: migrated.from };
}

export function parseTopologyText(text: string, format?: TextFormat): ParseResult {
  const data = parseData(text, format);
  return data.ok ? topologyFromData(data.data) : data;
}
