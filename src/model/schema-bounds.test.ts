// Issue #15 (reliability review B2, B14): free text is bounded by the schema, and messages show
// edge values as they are and cut long ones short.
import { describe, expect, it } from "vitest";
import seedJson from "../../examples/seed-article.json";
import { MAX_TEXT_LENGTH } from "./schema.ts";
import { schemaDiagnostics, topologyFromSchema } from "./schema-diagnostics.ts";

const seed = () =>
  structuredClone(seedJson) as Record<string, unknown> & { instances: Record<string, unknown>[] };

describe("text bounds in the schema", () => {
  const long = "x".repeat(MAX_TEXT_LENGTH + 1);
  const cases: [string, (doc: ReturnType<typeof seed>) => void, string][] = [
    ["document name", (d) => (d.name = long), "$.name"],
    [
      "instance name",
      (d) => ((d.instances[0] as Record<string, unknown>).name = long),
      "$.instances[0].name",
    ],
    [
      "instance type",
      (d) => ((d.instances[0] as Record<string, unknown>).instanceType = long),
      "$.instances[0].instanceType",
    ],
    [
      "tag value",
      (d) => ((d.instances[0] as Record<string, unknown>).tags = { k: long }),
      "$.instances[0].tags.k",
    ],
    [
      "tag key",
      (d) => ((d.instances[0] as Record<string, unknown>).tags = { [long]: "v" }),
      "$.instances[0].tags",
    ],
    [
      "security group description",
      (d) =>
        (((d.securityGroups as Record<string, unknown>[])[0] as Record<string, unknown>).description = long),
      "$.securityGroups[0].description",
    ],
  ];
  for (const [what, edit, path] of cases)
    it(`refuses a ${what} over ${MAX_TEXT_LENGTH} characters, at its path`, () => {
      const doc = seed();
      edit(doc);
      expect(topologyFromSchema(doc)).toBeUndefined();
      const diagnostics = schemaDiagnostics(doc);
      expect(diagnostics.some((d) => d.path.startsWith(path))).toBe(true);
      for (const d of diagnostics) expect(d.message.length).toBeLessThan(300);
    });

  it("names a tag key over the bound as a key, cut short, in both languages", () => {
    const doc = seed();
    (doc.instances[0] as Record<string, unknown>).tags = { [`k${"y".repeat(1_000_000)}`]: "v" };
    const en = schemaDiagnostics(doc, "en").find((d) => d.path.startsWith("$.instances[0].tags."));
    expect(en?.message).toMatch(
      /^\$\.instances\[0\]\.tags has key "ky+…", longer than the 1024 characters a key may have\.$/,
    );
    expect(en?.message.length).toBeLessThan(200);
    const ko = schemaDiagnostics(doc, "ko").find((d) => d.path.startsWith("$.instances[0].tags."));
    expect(ko?.message).toContain("키는 1024자까지");
  });

  it("keeps text up to the bound", () => {
    const doc = seed();
    doc.name = "x".repeat(MAX_TEXT_LENGTH);
    expect(topologyFromSchema(doc)).toBeDefined();
  });
});

describe("messages for edge values", () => {
  it("names NaN and infinities instead of 'must be a number, not a number'", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const doc = seed();
      (doc.volumes as Record<string, unknown>[])[0] = {
        ...(doc.volumes as Record<string, unknown>[])[0],
        sizeGiB: value,
      };
      const [en] = schemaDiagnostics(doc, "en");
      expect(en?.message).toBe(`$.volumes[0].sizeGiB must be a finite number, not ${value}.`);
      expect(schemaDiagnostics(doc, "ko")[0]?.message).toContain(String(value));
    }
  });

  it("cuts a huge CIDR or unknown key short in its message", () => {
    const doc = seed();
    (doc.vpcs as Record<string, unknown>[])[0] = {
      ...(doc.vpcs as Record<string, unknown>[])[0],
      cidrBlock: "1".repeat(1_000_000),
    };
    doc[`k${"y".repeat(1_000_000)}`] = 1;
    const diagnostics = schemaDiagnostics(doc);
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const d of diagnostics) expect(d.message.length).toBeLessThan(300);
  });
});
