import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { jsonDuplicateResources, yamlDuplicateResources } from "./duplicates.ts";

/** An object written by hand, so a key may repeat (JSON.stringify can't write that). */
const objectText = (entries: readonly [string, string][]) =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(",\n")}}`;

const repeatedOf = (keys: readonly string[]) =>
  [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))].sort();

describe("logical ids defined twice", () => {
  it("finds exactly the keys Resources repeats in JSON, whatever they hold, and none elsewhere", () => {
    const key = fc.oneof(
      fc.constantFrom("Vpc", "Subnet", 'Q"uote', "Back\\slash", "Resources", "{", ""),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 12 }),
        fc.array(key, { maxLength: 6 }),
        fc.jsonValue(),
        (ids, others, value) => {
          const inner = JSON.stringify(value) ?? "null";
          // Each resource repeats a key of its own, and Outputs repeats the same ids: neither counts.
          const resources = objectText(
            ids.map((id) => [
              id,
              objectText([
                [id, inner],
                [id, '[1, {"x": 2}]'],
              ]),
            ]),
          );
          const text = objectText([
            ["Outputs", objectText(ids.map((id) => [id, inner]))],
            ["Resources", resources],
            ...others.map((k): [string, string] => [`${k} `, inner]),
          ]);
          expect(() => JSON.parse(text)).not.toThrow();
          expect(
            jsonDuplicateResources(text)
              .map((d) => d.id)
              .sort(),
          ).toEqual(repeatedOf(ids));
        },
      ),
    );
  });

  it("names the line of the definition that is read (the last) in JSON and YAML", () => {
    const json = '{\n "Resources": {\n  "A": {},\n  "A": {},\n  "B": {},\n  "A": {}\n }\n}';
    expect(jsonDuplicateResources(json)).toEqual([{ id: "A", line: 6 }]);
    const yaml = "Resources:\n  A: {}\n  B: {}\n  A: {}\nOutputs:\n  B: 1\n  B: 2\n";
    const doc = parseDocument(yaml, { uniqueKeys: false });
    expect(yamlDuplicateResources(doc, yaml)).toEqual([{ id: "A", line: 4 }]);
  });
});
