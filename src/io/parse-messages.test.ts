import { describe, expect, it } from "vitest";
import { parseTopologyText } from "./parse.ts";
import { parseErrorText } from "./parse-messages.ts";

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
    expect(parseErrorText(errorOf("[1, 2]"), "en").summary).toContain("object");
    const schema = parseErrorText(
      errorOf('{"version": 1, "vpcs": [{"id": "v", "region": "r", "cidr": "x"}]}'),
      "en",
    );
    expect(schema.summary).toMatch(/problems/);
    expect(schema.details.join("\n")).toContain("$.vpcs[0]");
  });
});
