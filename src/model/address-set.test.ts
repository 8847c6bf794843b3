import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AddressSet,
  ALL_ADDRESSES,
  covers,
  fromCidrText,
  intersect,
  isEmpty,
  subtract,
  toCidrs,
  union,
} from "./address-set.ts";

const block = fc
  .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }))
  .map(([address, prefix]) => {
    const size = 2 ** (32 - prefix);
    return { from: Math.floor(address / size) * size, to: Math.floor(address / size) * size + size - 1 };
  });
const set: fc.Arbitrary<AddressSet> = fc.array(block, { maxLength: 5 }).map((ranges) => union(ranges));

describe("address sets", () => {
  it("writes a set as the fewest CIDR blocks", () => {
    expect(toCidrs(fromCidrText("203.0.113.7/32"))).toEqual(["203.0.113.7/32"]);
    expect(toCidrs(ALL_ADDRESSES)).toEqual(["0.0.0.0/0"]);
    expect(toCidrs(subtract(ALL_ADDRESSES, fromCidrText("128.0.0.0/1")))).toEqual(["0.0.0.0/1"]);
    expect(toCidrs(subtract(fromCidrText("10.0.0.0/24"), fromCidrText("10.0.0.0/26")))).toEqual([
      "10.0.0.64/26",
      "10.0.0.128/25",
    ]);
  });

  it("two halves make the whole", () => {
    expect(union(fromCidrText("0.0.0.0/1"), fromCidrText("128.0.0.0/1"))).toEqual(ALL_ADDRESSES);
  });

  it("CIDR blocks written back read as the same set (property)", () => {
    fc.assert(
      fc.property(set, (s) => {
        expect(union(...toCidrs(s).map(fromCidrText))).toEqual(s);
      }),
    );
  });

  it("a − b shares nothing with b, and (a − b) ∪ (a ∩ b) = a (property)", () => {
    fc.assert(
      fc.property(set, set, (a, b) => {
        expect(isEmpty(intersect(subtract(a, b), b))).toBe(true);
        expect(union(subtract(a, b), intersect(a, b))).toEqual(a);
        expect(covers(a, intersect(a, b))).toBe(true);
      }),
    );
  });
});
