import { describe, expect, it } from "vitest";
import { parseTopologyText } from "./parse.ts";
import { parseErrorText, syntaxProblem } from "./parse-messages.ts";

function errorOf(text: string) {
  const result = parseTopologyText(text);
  if (result.ok) throw new Error("expected a parse error");
  return result.error;
}

describe("parseErrorText", () => {
  it("names the line and column of a JSON syntax error", () => {
    const text = parseErrorText(errorOf('{\n  "version": 1,\n  "regions": [\n}'), "en");
    expect(text.summary).toMatch(/^JSON syntax error at line 4, column 1$/);
    expect(parseErrorText(errorOf('{\n  "version": 1,\n  "regions": [\n}'), "ko").summary).toContain(
      "4행 1열",
    );
  });

  it("names the line of a YAML syntax error", () => {
    const text = parseErrorText(errorOf("version: 1\nregions:\n  - id: a\n   bad: [\n"), "en");
    expect(text.summary).toMatch(/^YAML syntax error at line \d+, column \d+$/);
  });

  it("explains version problems and lists schema problems with their paths", () => {
    expect(parseErrorText(errorOf('{"regions": []}'), "en").summary).toContain('"version"');
    expect(parseErrorText(errorOf('{"version": 7}'), "en").summary).toContain("version 7");
    // The shape of the format written today (it said "version": 1 after format 2 came).
    expect(parseErrorText(errorOf("[1, 2]"), "en").summary).toBe(
      'A topology file is an object like { "version": 2, ... }.',
    );
    expect(parseErrorText(errorOf("[1, 2]"), "ko").summary).toContain('{ "version": 2, ... }');
    const schema = parseErrorText(
      errorOf('{"version": 1, "vpcs": [{"id": "v", "region": "r", "cidr": "x"}]}'),
      "en",
    );
    expect(schema.summary).toMatch(/problems/);
    expect(schema.details.join("\n")).toContain("$.vpcs[0]");
  });
});

describe("syntaxProblem", () => {
  function syntaxOf(text: string) {
    const error = errorOf(text);
    if (error.kind !== "syntax") throw new Error("expected a syntax error");
    return error;
  }

  it("says what broke in English as before, and in Korean with the same character", () => {
    const error = syntaxOf('{\n  "version": 1,\n  "regions": [\n}');
    expect(syntaxProblem(error, "en")).toBe('JSON: unexpected "}"');
    expect(syntaxProblem(error, "ko")).toBe('JSON 문법 오류: 여기에 올 수 없는 문자 "}"');
  });

  it("words a file that stops too early in Korean", () => {
    const error = syntaxOf('{"version": 1,');
    expect(syntaxProblem(error, "en")).toBe("JSON: the text ends too early");
    expect(syntaxProblem(error, "ko")).toMatch(/^JSON 문법 오류: .*끝났습니다$/);
  });

  it("keeps the YAML library's own message after a Korean heading", () => {
    const error = syntaxOf("version: 1\nregions:\n  - id: a\n   bad: [\n");
    expect(syntaxProblem(error, "ko")).toBe(`YAML 문법 오류: ${error.message}`);
  });
});
