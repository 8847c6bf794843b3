// What to tell a person whose file didn't parse: one exhaustive switch over the parser's named
// errors, in English or Korean. Schema problems list each diagnostic with its path.
import { interpolate, type Lang } from "../i18n/text.ts";
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
  const ko = lang === "ko";
  switch (error.kind) {
    case "syntax":
      return {
        summary: ko
          ? `${error.format.toUpperCase()} 문법 오류: ${error.line}행 ${error.column}열`
          : `${error.format.toUpperCase()} syntax error at line ${error.line}, column ${error.column}`,
        details: [`${error.line}:${error.column}: ${error.message}`],
      };
    case "not-an-object":
      return {
        summary: ko
          ? '토폴로지 파일은 { "version": 1, ... } 형태의 객체여야 합니다.'
          : 'A topology file is an object like { "version": 1, ... }.',
        details: [],
      };
    case "missing-version":
      return {
        summary: ko
          ? interpolate(
              '"version" 키가 없습니다. 이 형식의 파일은 "version": {version:으로/로} 시작합니다.',
              { version: FORMAT_VERSION },
              "ko",
            )
          : `The file has no "version" key; files in this format say "version": ${FORMAT_VERSION}.`,
        details: [],
      };
    case "newer-version":
      return {
        summary: ko
          ? `이 파일은 형식 버전 ${error.found}입니다. 이 ec2viz는 버전 ${FORMAT_VERSION}까지 읽을 수 있으니 ec2viz를 업데이트하세요.`
          : `This file uses format version ${error.found}; this ec2viz reads up to version ${FORMAT_VERSION}. Update ec2viz to open it.`,
        details: [],
      };
    case "unknown-version":
      return {
        summary: ko
          ? `알 수 없는 형식 버전 ${valueText(error.found)}입니다. "version"은 ${FORMAT_VERSION} 같은 정수입니다.`
          : `Unknown format version ${valueText(error.found)}: "version" is a whole number such as ${FORMAT_VERSION}.`,
        details: [],
      };
    case "schema":
      return {
        summary: ko
          ? `파일 구조에 문제가 ${error.diagnostics.length}개 있습니다.`
          : `The file's structure has ${error.diagnostics.length} problem${error.diagnostics.length === 1 ? "" : "s"}.`,
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
