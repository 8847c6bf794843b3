import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignedLookup } from "./aligned-lookup.ts";

describe("alignedLookup", () => {
  it("finds an item by key wherever it went, trying the shifted position first", () => {
    const at = alignedLookup(["a", "b", "c", "d"], (s) => s);
    // "a" taken out: everything after it is one to the left.
    expect(at("b", 0)).toBe(1);
    expect(at("c", 1)).toBe(2);
    expect(at("x", 2)).toBe(-1);
    expect(at("d", 2)).toBe(3);
  });

  it("answers as a map of the list would, for any list of distinct keys and any lookups", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 60 }),
        (list, asked) => {
          const at = alignedLookup(list, (n) => n);
          for (const [i, key] of asked.entries()) expect(at(key, i)).toBe(list.indexOf(key));
        },
      ),
      { numRuns: 300 },
    );
  });
});
