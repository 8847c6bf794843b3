import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validTopology } from "../model/testing/arbitrary.ts";
import { seed } from "../model/testing/commands.ts";
import { topologyFromData } from "./parse-json.ts";
import { withoutUnknownKeys } from "./unknown-keys.ts";

/** Every object inside `value` (the document itself included) with its path of keys. */
function objectsIn(
  value: unknown,
  path: (string | number)[] = [],
): { at: (string | number)[]; obj: object }[] {
  if (value === null || typeof value !== "object") return [];
  const here = Array.isArray(value) ? [] : [{ at: path, obj: value }];
  return [
    ...here,
    ...Object.entries(value).flatMap(([k, v]) =>
      objectsIn(v, [...path, Array.isArray(value) ? Number(k) : k]),
    ),
  ];
}

describe("withoutUnknownKeys (a newer ec2viz's save, opened by this one)", () => {
  it("gives back exactly the document, whichever objects got keys it doesn't know", () => {
    fc.assert(
      fc.property(validTopology(), fc.nat(), fc.nat(), (doc, pick, extra) => {
        // Through JSON, as a save is: no object shared between two places.
        const data = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
        // Tags are free-form maps (any key is known there): only the schema's own objects count.
        const targets = objectsIn(data).filter(({ at }) => !at.includes("tags"));
        const target = targets[pick % targets.length];
        if (!target) return;
        (target.obj as Record<string, unknown>)[`future${extra % 3}`] = { added: "later" };
        expect(topologyFromData(data).ok).toBe(false);
        const lenient = withoutUnknownKeys(data);
        expect(lenient?.doc).toEqual(topologyFromData(structuredClone(doc)).ok ? doc : undefined);
        expect(lenient?.dropped).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it("names each key it took out by its path, and leaves the input untouched", () => {
    const data = structuredClone(seed()) as Record<string, unknown> & { vpcs: Record<string, unknown>[] };
    data.owner = "x";
    data.vpcs[0] = { ...data.vpcs[0], ipv6: true, flowLogs: [] };
    const before = structuredClone(data);
    expect(withoutUnknownKeys(data)?.dropped.sort()).toEqual([
      "$.owner",
      "$.vpcs[0].flowLogs",
      "$.vpcs[0].ipv6",
    ]);
    expect(data).toEqual(before);
  });

  it("offers nothing when something else is wrong too, for another version, or with no unknown key", () => {
    const typo = { ...seed(), futureKey: 1, name: 5 };
    expect(withoutUnknownKeys(typo)).toBeUndefined();
    expect(withoutUnknownKeys({ ...seed(), version: 1, futureKey: 1 })).toBeUndefined();
    expect(withoutUnknownKeys(seed())).toBeUndefined();
    expect(withoutUnknownKeys("text")).toBeUndefined();
  });
});
