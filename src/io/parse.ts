// Topology text (JSON or YAML) -> a Topology, or a named error a person can act on. Syntax errors
// carry the line and column; documents of an older format version are checked against their own
// version's schema and migrated first; newer ones are refused clearly rather than half-read. Schema
// problems come back as `schema` diagnostics. The JSON path and the checks are parse-json.ts's.
import { parseDocument } from "yaml";
import { MAX_NESTING_DEPTH } from "./limits.ts";
import {
  type DataResult,
  detectFormat,
  type ParseResult,
  parseJsonData,
  syntaxError,
  type TextFormat,
  topologyFromData,
  withoutBom,
} from "./parse-json.ts";
import { yamlTooDeepAt } from "./yaml-depth.ts";

export * from "./parse-json.ts";

/**
 * Reads JSON or YAML into plain data, or a syntax error with its place. Never throws: nesting
 * deeper than MAX_NESTING_DEPTH, a key repeated in one map (in JSON as in YAML) and YAML aliases
 * that expand exponentially are syntax errors like any other. A leading byte-order mark is skipped.
 */
export function parseData(source: string, format: TextFormat = detectFormat(source)): DataResult {
  if (format === "json") return parseJsonData(source);
  const text = withoutBom(source);
  const deep = yamlTooDeepAt(text, MAX_NESTING_DEPTH);
  if (deep !== undefined) return syntaxError(text, format, deep, { id: "tooDeep" });
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const message = first.message.split("\n")[0] ?? first.message;
      // The library's own words for a second document name its API ("please use YAML.parseAllDocuments()").
      const problem: Parameters<typeof syntaxError>[3] =
        first.code === "MULTIPLE_DOCS"
          ? { id: "secondDocument" }
          : /call stack/i.test(message)
            ? { id: "tooDeep" }
            : { id: "reader", message };
      return syntaxError(text, format, first.pos[0], problem);
    }
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    // toJS refuses an alias bomb with a ReferenceError; a deep document can overflow the stack.
    const message = String((error as Error)?.message ?? error);
    return syntaxError(
      text,
      format,
      0,
      /alias/i.test(message)
        ? { id: "aliasBomb" }
        : /call stack/i.test(message)
          ? { id: "tooDeep" }
          : { id: "reader", message: message.split("\n")[0] ?? "" },
    );
  }
}

export function parseTopologyText(text: string, format?: TextFormat): ParseResult {
  const data = parseData(text, format);
  return data.ok ? topologyFromData(data.data) : data;
}
