import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import * as yaml from "yaml";
import { generateTopology } from "../model/examples/generate.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { topologyToTemplate } from "./cloudformation.ts";
import { toYamlText } from "./serialize.ts";
import { yamlText } from "./yaml-text.ts";

// Every call of the package's stringify is counted (and passed on): the one-pass writer must not
// hand ordinary topologies to the package, which costs ~10× more (issue 15: 100,000 instances).
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (original) => {
  const actual = await original<typeof import("yaml")>();
  return {
    ...actual,
    stringify: (...args: Parameters<typeof actual.stringify>) => {
      calls.count++;
      return actual.stringify(...args);
    },
  };
});

const OPTIONS = { indent: 2, lineWidth: 0 } as const;
const packageText = (data: unknown) => yaml.stringify(data, OPTIONS);

/** Characters outside YAML's printable set, which the package writes raw (yaml-text.ts UNPRINTABLE). */
const UNPRINTABLE = /[\u0080-\u0084\u0086-\u009f\ufffe\uffff]/;

/**
 * yamlText's text is the package's, byte for byte, when the package's is a YAML file; where the
 * package wrote a character YAML forbids, it is a file without one that reads back the same.
 */
function expectPackageOrSafer(ours: string, theirs: string, options: yaml.DocumentOptions = {}): void {
  if (!UNPRINTABLE.test(theirs)) {
    expect(ours).toBe(theirs);
    return;
  }
  expect(ours).not.toMatch(UNPRINTABLE);
  expect(yaml.parse(ours, options)).toEqual(yaml.parse(theirs, options));
}

/** Strings YAML treats specially, mixed with any text. */
const awkward = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    ...[
      "",
      " a",
      "a ",
      "a:",
      "a: b",
      "a #b",
      "#a",
      "- a",
      "-",
      "-a",
      "?a",
      "? a",
      "%a",
      "---",
      "...",
      "--- a",
    ],
    ...["true", "True", "FALSE", "null", "NULL", "~", "1", "-1", "+1", "1.5", "1e3", ".5", "0x1F", "0o7"],
    ...[".inf", "-.inf", ".nan", "a\nb", "a\n\nb", "a\n", "\n", "é", "웹 서버", "10.0.0.0/16", "a\u0085b"],
    ...[
      "yes",
      "No",
      "on",
      "OFF",
      "y",
      "2010-09-09",
      "2001-12-14t21:59:43.10-05:00",
      "1:20",
      "0b101",
      "1_000",
    ],
    ...["\uFEFFa", "a\u2028b", "a\tb", "'a'", '"a"', "a'b", "[a]", "{a}", "a,b", "*a", "&a", "!a", "|", ">"],
    "__proto__",
    "x".repeat(1100),
  ),
);

const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small" },
    awkward,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("any"), { maxLength: 4 }),
    fc.dictionary(awkward, tie("any"), { maxKeys: 4 }),
  ),
})).any;

describe("yamlText", () => {
  it("writes generated topologies and the showcase exactly as the yaml package does, without it", () => {
    const docs = [showcaseTopology(), ...[0, 1, 7, 60, 500].map((n) => generateTopology(n, n + 1))];
    for (const doc of docs) {
      const expected = packageText(doc);
      calls.count = 0;
      expect(yamlText(doc)).toBe(expected);
      expect(calls.count).toBe(0);
      calls.count = 0;
      toYamlText(doc);
      expect(calls.count).toBe(0);
    }
  });

  it("writes any data (lists of maps, awkward strings and keys, numbers) exactly as the yaml package does", () => {
    fc.assert(
      fc.property(fc.dictionary(awkward, fc.array(value, { maxLength: 5 }), { maxKeys: 5 }), (data) => {
        expectPackageOrSafer(yamlText(data), packageText(data));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("writes top-level scalars, empty maps and shared objects exactly as the yaml package does", () => {
    const shared = { id: "a" };
    const cases: unknown[] = [
      {},
      [],
      "x",
      { a: undefined },
      { version: 2, name: "n", tags: {}, list: [], items: [{}, [], [1, [2]], { a: undefined }] },
      { items: [shared, shared] },
      { items: [{ tags: shared }, { tags: shared }] },
      { items: [{ a: -0, b: Number.NaN, c: Number.POSITIVE_INFINITY, d: 1e21, e: 5e-7 }] },
    ];
    for (const data of cases) expect(yamlText(data)).toBe(packageText(data));
  });

  it("hands the package only the list items it cannot write itself", () => {
    const doc = generateTopology(50, 3);
    const instances = doc.instances.map((inst, i) => (i === 7 ? { ...inst, name: "two\nlines" } : inst));
    const data = { ...doc, instances };
    const expected = packageText(data);
    calls.count = 0;
    expect(yamlText(data)).toBe(expected);
    // One call for the odd item; the other 49 instances and every other list were written here.
    expect(calls.count).toBe(1);
  });
});

describe("characters a YAML file may not hold (#15)", () => {
  it("writes C1 controls, U+FFFE and U+FFFF as escapes in double quotes, in values and keys, which read back the same", () => {
    const odd = ["a\u0080b", "\u009b2J", "a\ufffeb", "\uffff", "x\u0085y\u009fz"];
    for (const flavour of ["topology", "cloudformation"] as const) {
      const data = {
        name: odd[0],
        tags: Object.fromEntries(odd.map((v) => [v, v])),
        items: odd.map((v) => ({ id: v })),
        shared: [odd],
      };
      const text = yamlText(data, flavour);
      expect(text).not.toMatch(UNPRINTABLE);
      expect(text).toContain('"a\\x80b"');
      expect(text).toContain('"a\\uFFFEb"');
      expect(yaml.parse(text, { version: flavour === "cloudformation" ? "1.1" : "1.2" })).toEqual(data);
    }
    // The package alone writes them raw: the file a strict reader (PyYAML, SnakeYAML) refuses.
    expect(packageText({ name: "a\ufffeb" })).toMatch(UNPRINTABLE);
  });
});

describe("yamlText for CloudFormation templates (YAML 1.1, no aliases)", () => {
  const CFN = { version: "1.1", indent: 2, lineWidth: 0, aliasDuplicateObjects: false } as const;
  const templateOf = (doc: Parameters<typeof topologyToTemplate>[0]) => {
    const made = topologyToTemplate(doc);
    if (!made.ok) throw new Error("not deployable");
    return made.template;
  };

  it("writes the templates of generated topologies and the showcase exactly as the yaml package does, handing it no resource", () => {
    const docs = [showcaseTopology(), ...[1, 7, 60, 500].map((n) => generateTopology(n, n + 1))];
    for (const doc of docs) {
      const template = templateOf(doc);
      const expected = yaml.stringify(template, CFN);
      calls.count = 0;
      expect(yamlText(template, "cloudformation")).toBe(expected);
      // Only the AMI parameters' text ("<", "'") goes to the package: once each, whatever the size.
      const amiParameters = Object.keys(template.Parameters ?? {}).filter((k) => k.startsWith("LatestAmiId"));
      expect(calls.count).toBe(amiParameters.length);
    }
  });

  it("writes any data (maps of maps, lists, YAML 1.1 words and dates, shared objects) exactly as the yaml package does", () => {
    fc.assert(
      fc.property(
        fc.dictionary(awkward, fc.oneof(value, fc.dictionary(awkward, value, { maxKeys: 4 })), {
          maxKeys: 5,
        }),
        (data) => {
          expectPackageOrSafer(yamlText(data, "cloudformation"), yaml.stringify(data, CFN), CFN);
        },
      ),
      { numRuns: 400 },
    );
    const shared = { Ref: "Vpc" };
    const data = { Resources: { A: { VpcId: shared }, B: { VpcId: shared } }, Version: "2010-09-09" };
    expect(yamlText(data, "cloudformation")).toBe(yaml.stringify(data, CFN));
  }, 60_000);

  it("hands the package only the resources it cannot write itself", () => {
    const template = templateOf(generateTopology(50, 3)) as { Resources: Record<string, unknown> };
    const [first] = Object.keys(template.Resources);
    const odd = {
      ...template,
      Resources: { ...template.Resources, [first as string]: { Type: "two\nlines" } },
    };
    const expected = yaml.stringify(odd, CFN);
    calls.count = 0;
    expect(yamlText(template, "cloudformation")).toBe(yaml.stringify(template, CFN));
    const before = calls.count - 1; // the call just above
    calls.count = 0;
    expect(yamlText(odd, "cloudformation")).toBe(expected);
    expect(calls.count).toBe(before + 1);
  });
});
