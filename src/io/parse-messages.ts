// What to tell a person whose file didn't parse: one exhaustive switch over the parser's named
// errors, in English or Korean. Schema problems list each diagnostic with its path.
import { interpolate, type Lang } from "../i18n/text.ts";
import { FORMAT_VERSION } from "../model/schema.ts";
import type { ParseError } from "./parse.ts";

export interface ParseErrorText {
  /** One sentence: what went wrong. */
  summary: string;
  /** Each problem on its own line (syntax position, or every schema diagnostic). */
  details: string[];
}

/** The syntax problem itself (without its place), in `lang`; the YAML library's wording stays English. */
export function syntaxProblem(error: Extract<ParseError, { kind: "syntax" }>, lang: Lang): string {
  const format = error.format.toUpperCase();
  if (lang !== "ko") return `${format}: ${error.message}`;
  const unexpected = /^unexpected (.*)$/.exec(error.message);
  const what =
    error.format !== "json"
      ? error.message
      : unexpected
        ? `여기에 올 수 없는 문자 ${unexpected[1]}`
        : error.message === "the text ends too early"
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
          ? `알 수 없는 형식 버전 ${JSON.stringify(error.found)}입니다. "version"은 ${FORMAT_VERSION} 같은 정수입니다.`
          : `Unknown format version ${JSON.stringify(error.found)}: "version" is a whole number such as ${FORMAT_VERSION}.`,
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
