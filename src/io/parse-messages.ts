// What to tell a person whose file didn't parse: one exhaustive switch over the parser's named
// errors, in English or Korean. Schema problems list each diagnostic with its path.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../i18n/text.ts";
import { quoteShort } from "../model/echo.ts";
import { FORMAT_VERSION } from "../model/schema.ts";
import { MAX_NESTING_DEPTH } from "./limits.ts";
import { ALIAS_BOMB, DUPLICATE_KEY, type ParseError, TEXT_ENDS_EARLY, TOO_DEEP } from "./parse-json.ts";

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

/** The syntax problem itself (without its place), in `lang`; the YAML library's wording stays English. */
export function syntaxProblem(error: Extract<ParseError, { kind: "syntax" }>, lang: Lang): string {
  const format = error.format.toUpperCase();
  if (lang !== "ko") return `${format}: ${error.message}`;
  if (error.message === TOO_DEEP)
    return `${format} 문법 오류: 목록과 맵이 ${MAX_NESTING_DEPTH}단계보다 깊게 중첩되어 있습니다`;
  if (error.message === ALIAS_BOMB)
    return `${format} 문법 오류: 별칭(alias)을 펼치면 데이터가 지나치게 커집니다`;
  if (error.message.startsWith(`${DUPLICATE_KEY} `))
    return `${format} 문법 오류: 한 객체 안에 같은 키가 두 번 나옵니다: ${error.message.slice(DUPLICATE_KEY.length + 1)}`;
  const unexpected = /^unexpected (.*)$/.exec(error.message);
  const what =
    error.format !== "json"
      ? error.message
      : unexpected
        ? `여기에 올 수 없는 문자 ${unexpected[1]}`
        : error.message === TEXT_ENDS_EARLY
          ? "내용이 끝나기 전에 파일이 끝났습니다"
          : error.message;
  return `${format} 문법 오류: ${what}`;
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
        summary: t(lang, "io.parse.notAnObject"),
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
