import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { emptyTopology, type Topology } from "../model/schema.ts";
import { validTopology } from "../model/testing/arbitrary.ts";
import { baseTopology } from "../model/testing/fixtures.ts";
import { parseTopologyText } from "./parse.ts";
import { jsonTextParts, toJsonText, toYamlText } from "./serialize.ts";

const reparse = (text: string, format: "json" | "yaml"): Topology => {
  const result = parseTopologyText(text, format);
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.error)}`);
  return result.doc;
};

describe("toJsonText", () => {
  it("writes 2-space JSON with a trailing newline", () => {
    const text = toJsonText(emptyTopology("x"));
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "version": 2,');
  });

  it("writes keys in the schema's order whatever the object's order", () => {
    const scrambled = {
      volumes: [],
      instances: [
        { state: "running", instanceType: "t3.micro", subnet: "s", id: "i-1", tags: { b: "2", a: "1" } },
      ],
      securityGroups: [],
      subnets: [],
      internetGateways: [],
      vpcs: [{ cidrBlock: "10.0.0.0/16", region: "r", id: "v" }],
      regions: [],
      version: 2,
      $schema: "s.json",
    } as unknown as Topology;
    const data = JSON.parse(toJsonText(scrambled));
    expect(Object.keys(data)).toEqual([
      "$schema",
      "version",
      "regions",
      "vpcs",
      "internetGateways",
      "subnets",
      "securityGroups",
      "instances",
      "volumes",
    ]);
    expect(Object.keys(data.vpcs[0])).toEqual(["id", "region", "cidrBlock"]);
    expect(Object.keys(data.instances[0])).toEqual(["id", "tags", "subnet", "instanceType", "state"]);
    // Tags keep the writer's order.
    expect(Object.keys(data.instances[0].tags)).toEqual(["b", "a"]);
  });

  it("keeps empty lists, drops undefined values, and keeps null for a detached gateway", () => {
    const doc = emptyTopology();
    doc.internetGateways.push({ id: "igw", vpc: null, name: undefined });
    const data = JSON.parse(toJsonText(doc));
    expect(data.volumes).toEqual([]);
    expect(data.internetGateways).toEqual([{ id: "igw", vpc: null }]);
  });

  it("writes a tag named __proto__ as data rather than changing the object's prototype", () => {
    // (zod's record parsing drops such a key on the way back in; the serializer must not lose it.)
    const doc = baseTopology();
    (doc.vpcs[0] as { tags?: Record<string, string> }).tags = JSON.parse('{"__proto__":"x"}');
    expect(toJsonText(doc)).toContain('"__proto__": "x"');
    expect(toYamlText(doc)).toContain("__proto__: x");
  });
});

describe("jsonTextParts (Save in steps)", () => {
  const joined = (doc: Topology, itemsPerPart: number) => [...jsonTextParts(doc, itemsPerPart)].join("");

  it("joins to exactly toJsonText's text, however the parts are cut", () => {
    fc.assert(
      fc.property(validTopology(), fc.integer({ min: 1, max: 5 }), (doc, itemsPerPart) => {
        expect(joined(doc, itemsPerPart)).toBe(toJsonText(doc));
      }),
      { numRuns: 100 },
    );
  });

  it("writes what toJsonText writes of scrambled keys, unknown keys, a __proto__ tag and newlines", () => {
    const doc = {
      instances: [{ state: "running", instanceType: "t3.micro", subnet: "s", id: "i-1", name: "a\nb" }],
      extra: { nested: [1, { deep: "x" }] },
      volumes: [],
      version: 2,
      $schema: "s.json",
    } as unknown as Topology;
    (doc.instances[0] as { tags?: Record<string, string> }).tags = JSON.parse('{"__proto__":"x","b":"1"}');
    expect(joined(doc, 1)).toBe(toJsonText(doc));
    expect(joined({} as Topology, 1)).toBe(toJsonText({} as Topology));
  });

  it("hands a big document over in parts", () => {
    const doc = emptyTopology("big");
    for (let i = 0; i < 10; i++) doc.regions.push({ id: `r-${i}`, availabilityZones: [] });
    expect([...jsonTextParts(doc, 3)].length).toBe(4);
  });
});

describe("toYamlText", () => {
  it("writes YAML that reads back as the same data as the JSON", () => {
    const doc = baseTopology();
    expect(parseYaml(toYamlText(doc))).toEqual(JSON.parse(toJsonText(doc)));
    expect(toYamlText(doc)).toMatch(/^version: 2\n/);
  });

  it("quotes strings YAML would otherwise read as numbers, booleans or null", () => {
    const doc = emptyTopology();
    doc.regions.push({
      id: "ap-northeast-2",
      availabilityZones: [],
      tags: { a: "yes", b: "1e3", c: "null", d: "0x10" },
    });
    expect(reparse(toYamlText(doc), "yaml")).toEqual(doc);
  });
});

// A hundred generated documents take about a second alone, but the machine is shared: allow slack.
const PROPERTY_TIMEOUT_MS = 60_000;

describe("round trips", () => {
  it(
    "JSON: serialize -> parse gives the same document, and serializing again the same text",
    () => {
      fc.assert(
        fc.property(validTopology(), (doc) => {
          const text = toJsonText(doc);
          const back = reparse(text, "json");
          expect(back).toEqual(doc);
          expect(toJsonText(back)).toBe(text);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "YAML: serialize -> parse gives the same document, and serializing again the same text",
    () => {
      fc.assert(
        fc.property(validTopology(), (doc) => {
          const text = toYamlText(doc);
          const back = reparse(text, "yaml");
          expect(back).toEqual(doc);
          expect(toYamlText(back)).toBe(text);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
