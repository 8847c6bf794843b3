// Every file in examples/ through the same path as the CLI: valid ones are clean and match the
// generated JSON Schema; each invalid one produces exactly the codes examples/invalid/expected.json lists.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ALL_CODES } from "../model/diagnostics.ts";
import { checkFile } from "./check-file.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples", import.meta.url));
const INVALID = join(EXAMPLES, "invalid");
const SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../schemas/topology.schema.json", import.meta.url)), "utf8"),
);

type JsonSchema = Record<string, unknown>;

/** A small JSON Schema check (the keywords zod's output uses); returns the paths that fail. */
function schemaProblems(value: unknown, schema: JsonSchema, path = "$"): string[] {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  const typeOf = (v: unknown) =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  if (types.length > 0) {
    const t = typeOf(value);
    if (!types.includes(t) && !(t === "integer" && types.includes("number"))) return [`${path}: type`];
  }
  if ("const" in schema && value !== schema.const) return [`${path}: const`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: enum`];
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as JsonSchema[]).some((s) => schemaProblems(value, s, path).length === 0);
    if (!ok) return [`${path}: anyOf`];
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as JsonSchema[]).filter((s) => schemaProblems(value, s, path).length === 0);
    if (passing.length !== 1) return [`${path}: oneOf`];
  }
  const out: string[] = [];
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      out.push(`${path}: minLength`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value))
      out.push(`${path}: pattern`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) out.push(`${path}: minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) out.push(`${path}: maximum`);
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum)
      out.push(`${path}: min`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => {
      out.push(...schemaProblems(item, schema.items as JsonSchema, `${path}[${i}]`));
    });
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in record)) out.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(record)) {
      const sub = props[key];
      if (sub) out.push(...schemaProblems(v, sub, `${path}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${path}.${key}: additional`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        out.push(...schemaProblems(v, schema.additionalProperties as JsonSchema, `${path}.${key}`));
      }
    }
  }
  return out;
}

const readData = (path: string) => {
  const text = readFileSync(path, "utf8");
  return path.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
};

const validFiles = readdirSync(EXAMPLES).filter((f) => /\.(json|ya?ml)$/.test(f));
const expected = JSON.parse(readFileSync(join(INVALID, "expected.json"), "utf8")) as Record<string, string[]>;
const invalidFiles = readdirSync(INVALID).filter((f) => f.endsWith(".json") && f !== "expected.json");

describe("valid examples", () => {
  it("include the seed article, the two-AZ web tier and a YAML file", () => {
    expect(validFiles).toEqual(expect.arrayContaining(["seed-article.json", "web-two-az.json"]));
    expect(validFiles.some((f) => /\.ya?ml$/.test(f))).toBe(true);
  });

  it.each(validFiles)("%s has no error and no warning, and matches the JSON Schema", async (file) => {
    const path = join(EXAMPLES, file);
    const report = await checkFile(path, "en");
    expect(report.error).toBeUndefined();
    expect(report.diagnostics).toEqual([]);
    const data = readData(path);
    expect(data.$schema).toBe("../schemas/topology.schema.json");
    expect(schemaProblems(data, SCHEMA)).toEqual([]);
  });

  it("web-two-az.yaml is the same topology as web-two-az.json", () => {
    expect(readData(join(EXAMPLES, "web-two-az.yaml"))).toEqual(readData(join(EXAMPLES, "web-two-az.json")));
  });
});

describe("invalid examples", () => {
  it("cover every diagnostic code, one file each, all listed in expected.json", () => {
    expect(Object.keys(expected).sort()).toEqual([...invalidFiles].sort());
    expect(new Set(Object.values(expected).flat())).toEqual(new Set(ALL_CODES));
    for (const code of ALL_CODES) expect(invalidFiles).toContain(`${code}.json`);
  });

  it.each(invalidFiles)("%s gives exactly its expected codes, in both languages", async (file) => {
    const path = join(INVALID, file);
    for (const lang of ["en", "ko"] as const) {
      const report = await checkFile(path, lang);
      expect(report.error).toBeUndefined();
      const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
      expect(codes).toEqual([...(expected[file] ?? [])].sort());
      for (const d of report.diagnostics) expect(d.message.trim()).not.toBe("");
    }
    // The JSON Schema catches the same shape problems zod does (for the keywords it has).
    const shapeBroken = expected[file]?.includes("schema") ?? false;
    expect(schemaProblems(readData(path), SCHEMA).length > 0).toBe(shapeBroken);
  });
});
