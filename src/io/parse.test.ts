import { describe, expect, it } from "vitest";
import { emptyTopology } from "../model/schema.ts";
import { baseTopology } from "../model/testing/fixtures.ts";
import { detectFormat, lineColumnOf, parseData, parseTopologyText, topologyFromData } from "./parse.ts";
import { toJsonText, toYamlText } from "./serialize.ts";

const syntaxAt = (text: string, format?: "json" | "yaml") => {
  const result = parseData(text, format);
  if (result.ok || result.error.kind !== "syntax") throw new Error(`expected a syntax error: ${text}`);
  return result.error;
};

describe("detectFormat", () => {
  it("calls text starting with { or [ JSON, anything else YAML", () => {
    expect(detectFormat('  \n{"version": 1}')).toBe("json");
    expect(detectFormat("[]")).toBe("json");
    expect(detectFormat("version: 1")).toBe("yaml");
    expect(detectFormat("# comment\n{}")).toBe("yaml");
  });
});

describe("lineColumnOf", () => {
  it("counts 1-based lines and columns", () => {
    expect(lineColumnOf("abc", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnOf("ab\n", 3)).toEqual({ line: 2, column: 1 });
  });
});

describe("parseData", () => {
  it("reads JSON and YAML", () => {
    expect(parseData('{"a": [1, "x"]}')).toEqual({ ok: true, data: { a: [1, "x"] } });
    expect(parseData("a:\n  - 1\n  - x\n")).toEqual({ ok: true, data: { a: [1, "x"] } });
  });

  it("points at a JSON trailing comma", () => {
    const error = syntaxAt('{\n  "version": 1,\n  "regions": [],\n}');
    expect(error).toMatchObject({ format: "json", line: 4, column: 1 });
    expect(error.message).toContain('"}"');
  });

  it("points at a missing comma between JSON members", () => {
    expect(syntaxAt('{\n  "version": 1\n  "name": "x"\n}')).toMatchObject({ line: 3, column: 3 });
  });

  it("says where JSON ends too early", () => {
    const error = syntaxAt('{\n  "version": 1,');
    expect(error).toMatchObject({ line: 2, column: 16 });
    expect(error.message).toContain("ends too early");
  });

  it("reports YAML errors with their place", () => {
    const error = syntaxAt("version: 1\nregions:\n  - id: a\n   bad: [\n");
    expect(error.format).toBe("yaml");
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.column).toBeGreaterThanOrEqual(1);
  });

  it("refuses duplicate YAML keys at the second key", () => {
    expect(syntaxAt("version: 1\nname: a\nname: b\n")).toMatchObject({ line: 3, column: 1 });
  });

  it("parses JSON text as YAML when told so", () => {
    expect(parseData('{"version": 1}', "yaml")).toEqual({ ok: true, data: { version: 1 } });
    expect(parseData("version: 1", "json").ok).toBe(false);
  });
});

describe("topologyFromData", () => {
  it("refuses what is not an object", () => {
    for (const data of [null, [], "x", 1]) {
      expect(topologyFromData(data)).toEqual({ ok: false, error: { kind: "not-an-object" } });
    }
  });

  it("names a missing, newer or odd version", () => {
    expect(topologyFromData({ regions: [] })).toEqual({ ok: false, error: { kind: "missing-version" } });
    expect(topologyFromData({ version: 3 })).toEqual({
      ok: false,
      error: { kind: "newer-version", found: 3 },
    });
    expect(topologyFromData({ version: "1" })).toEqual({
      ok: false,
      error: { kind: "unknown-version", found: "1" },
    });
    expect(topologyFromData({ version: 0 })).toEqual({
      ok: false,
      error: { kind: "unknown-version", found: 0 },
    });
  });

  it("returns schema diagnostics for a malformed document of the current version", () => {
    const result = topologyFromData({ version: 1, vpcs: [{ id: "v" }] });
    if (result.ok || result.error.kind !== "schema") throw new Error("expected schema error");
    expect(result.error.diagnostics.map((d) => d.path)).toEqual(["$.vpcs[0].region", "$.vpcs[0].cidrBlock"]);
  });

  it("fills absent lists and doesn't claim a migration for the current version", () => {
    const result = topologyFromData({ version: 2 });
    expect(result).toEqual({ ok: true, doc: emptyTopology() });
    expect(topologyFromData({ version: 1 })).toEqual({ ok: true, doc: emptyTopology(), migratedFrom: 1 });
  });
});

describe("parseTopologyText", () => {
  it("reads the same document from JSON and from YAML", () => {
    const doc = baseTopology();
    expect(parseTopologyText(toJsonText(doc))).toEqual({ ok: true, doc });
    expect(parseTopologyText(toYamlText(doc))).toEqual({ ok: true, doc });
  });

  it("passes syntax errors through", () => {
    const result = parseTopologyText("{ nope");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("syntax");
  });

  it("treats an empty YAML file as not an object", () => {
    expect(parseTopologyText("", "yaml")).toEqual({ ok: false, error: { kind: "not-an-object" } });
  });
});
