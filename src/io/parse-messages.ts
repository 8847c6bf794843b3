// What to tell a person whose file didn't parse: one exhaustive switch over the parser's named
// errors, in English or Korean. Schema problems list each diagnostic with its path.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../i18n/text.ts";
import { quoteShort } from "../model/echo.ts";
import { FORMAT_VERSION } from "../model/schema.ts";
import { type ParseError, syntaxText } from "./parse-json.ts";

/** A value found in a file, as a message shows it: numbers as written (NaN, Infinity), long text cut short. */
function valueText(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return quoteShort(value);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 40)}…` : json;
}

interface ParseErrorText {
  /** One sentence: what went wrong. */
  summary: string;
  /** Each problem on its own line (syntax position, or every schema diagnostic). */
  details: string[];
}

/** The syntax problem itself (without its place), in `lang`; the YAML library's own words stay English. */
export function syntaxProblem(error: Extract<ParseError, { kind: "syntax" }>, lang: Lang): string {
  return t(lang, "io.syntax.line", {
    format: error.format.toUpperCase(),
    problem: syntaxText(error.problem, lang),
  });
}

export function parseErrorText(error: ParseError, lang: Lang): ParseErrorText {
  switch (error.kind) {
    case "syntax":
      return {
        summary: t(lang, "io.parse.syntax", {
          format: error.format.toUpperCase(),
          line: error.line,
          column: error.column,
        }),
        details: [`${error.line}:${error.column}: ${error.message}`],
      };
    case "not-an-object":
      return {
        summary: t(lang, "io.parse.notAnObject", { version: FORMAT_VERSION }),
        details: [],
      };
    case "missing-version":
      return {
        summary: t(lang, "io.parse.missingVersion", { version: FORMAT_VERSION }),
        details: [],
      };
    case "newer-version":
      return {
        summary: t(lang, "io.parse.newerVersion", { found: error.found, version: FORMAT_VERSION }),
        details: [],
      };
    case "unknown-version":
      return {
        summary: t(lang, "io.parse.unknownVersion", {
          found: valueText(error.found),
          version: FORMAT_VERSION,
        }),
        details: [],
      };
    case "schema":
      return {
        summary: t(lang, error.diagnostics.length === 1 ? "io.parse.schemaOne" : "io.parse.schemaMany", {
          count: error.diagnostics.length,
        }),
        details: error.diagnostics.map((d) => `${d.path} [${d.code}] ${d.message}`),
      };
  }
}

/** One rule or schema problem on one line, as refusals list them: where, which rule, what. */
export function diagnosticLine(d: { path: string; code: string; message: string }): string {
  return `${d.path} [${d.code}] ${d.message}`;
}

/** The rule errors of a topology, one a line as refusals list them (warnings don't refuse). */
export function errorLines(
  diagnostics: readonly { path: string; code: string; message: string; severity: string }[],
): string[] {
  return diagnostics.filter((d) => d.severity === "error").map(diagnosticLine);
}
