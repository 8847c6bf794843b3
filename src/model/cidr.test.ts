import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressCount,
  type Cidr,
  contains,
  formatCidr,
  formatIpv4,
  lastAddress,
  maskOf,
  nextFreeBlock,
  overlaps,
  parseCidr,
  parseIpv4,
  reservedAddresses,
  tryCidr,
  usableAddresses,
} from "./cidr.ts";

const cidr = (text: string): Cidr => {
  const c = tryCidr(text);
  if (!c) throw new Error(`bad test CIDR ${text}`);
  return c;
};

/** Any valid block: a random address with its host bits cleared. */
const anyCidr = fc
  .record({ address: fc.nat(0xffffffff), prefix: fc.integer({ min: 0, max: 32 }) })
  .map(({ address, prefix }) => ({ network: (address & maskOf(prefix)) >>> 0, prefix }));

describe("parseIpv4 / formatIpv4", () => {
  it("reads dotted quads and refuses anything else", () => {
    expect(parseIpv4("10.0.0.1")).toBe(0x0a000001);
    expect(parseIpv4("255.255.255.255")).toBe(0xffffffff);
    for (const bad of ["10.0.0", "10.0.0.256", "10.0.0.01", "a.b.c.d", "10..0.1", "1.2.3.4.5", ""]) {
      expect(parseIpv4(bad), bad).toBeUndefined();
    }
  });

  it("round-trips every 32-bit address", () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), (n) => {
        expect(parseIpv4(formatIpv4(n))).toBe(n);
      }),
    );
  });
});

describe("parseCidr", () => {
  it("parses network addresses with prefixes 0 to 32", () => {
    expect(parseCidr("10.0.0.0/16")).toEqual({ ok: true, cidr: { network: 0x0a000000, prefix: 16 } });
    expect(parseCidr("0.0.0.0/0")).toEqual({ ok: true, cidr: { network: 0, prefix: 0 } });
    expect(parseCidr("203.0.113.7/32")).toMatchObject({ ok: true });
  });

  it("names the reason a text is not a CIDR block", () => {
    expect(parseCidr("10.0.0.0")).toEqual({ ok: false, reason: { kind: "format" } });
    expect(parseCidr(" 10.0.0.0/16")).toEqual({ ok: false, reason: { kind: "format" } });
    expect(parseCidr("10.0.0.300/16")).toEqual({ ok: false, reason: { kind: "format" } });
    expect(parseCidr("10.0.0.0/33")).toEqual({ ok: false, reason: { kind: "prefix" } });
    expect(parseCidr("10.0.1.0/16")).toEqual({
      ok: false,
      reason: { kind: "host-bits", suggestion: "10.0.0.0/16" },
    });
  });

  it("round-trips every valid block through formatCidr", () => {
    fc.assert(
      fc.property(anyCidr, (c) => {
        expect(parseCidr(formatCidr(c))).toEqual({ ok: true, cidr: c });
      }),
    );
  });

  it("suggests a block that itself parses and contains the typed address", () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.integer({ min: 0, max: 32 }), (address, prefix) => {
        const result = parseCidr(`${formatIpv4(address)}/${prefix}`);
        if (result.ok) return;
        if (result.reason.kind !== "host-bits") throw new Error("expected host-bits");
        const suggested = cidr(result.reason.suggestion);
        expect(contains(suggested, { network: address, prefix: 32 })).toBe(true);
      }),
    );
  });
});

describe("sizes and reserved addresses", () => {
  it("counts addresses and the five AWS keeps", () => {
    expect(addressCount(cidr("10.0.0.0/16"))).toBe(65_536);
    expect(usableAddresses(cidr("10.0.0.0/24"))).toBe(251);
    expect(usableAddresses(cidr("10.0.0.0/28"))).toBe(11);
    expect(usableAddresses(cidr("10.0.0.0/30"))).toBe(0);
    expect(lastAddress(cidr("0.0.0.0/0"))).toBe(0xffffffff);
    expect(reservedAddresses(cidr("10.0.1.0/24")).map((r) => r.address)).toEqual([
      "10.0.1.0",
      "10.0.1.1",
      "10.0.1.2",
      "10.0.1.3",
      "10.0.1.255",
    ]);
  });
});

describe("contains / overlaps", () => {
  it("treats an equal block as inside", () => {
    expect(contains(cidr("10.0.0.0/16"), cidr("10.0.0.0/16"))).toBe(true);
  });

  it("knows inside, outside, bigger and touching", () => {
    const vpc = cidr("10.0.0.0/16");
    expect(contains(vpc, cidr("10.0.255.240/28"))).toBe(true);
    expect(contains(vpc, cidr("10.1.0.0/24"))).toBe(false);
    expect(contains(cidr("10.0.1.0/24"), vpc)).toBe(false);
    // 10.0.0.0/25 ends at .127, 10.0.0.128/25 starts at .128: touching, not overlapping.
    expect(overlaps(cidr("10.0.0.0/25"), cidr("10.0.0.128/25"))).toBe(false);
    expect(overlaps(cidr("10.0.0.0/24"), cidr("10.0.0.128/25"))).toBe(true);
  });

  it("overlaps is symmetric and reflexive; contains implies overlaps", () => {
    fc.assert(
      fc.property(anyCidr, anyCidr, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(overlaps(a, a)).toBe(true);
        if (contains(a, b)) expect(overlaps(a, b)).toBe(true);
        // Mutual containment only for the same block.
        if (contains(a, b) && contains(b, a)) expect(a).toEqual(b);
      }),
    );
  });

  it("overlaps agrees with comparing address ranges", () => {
    fc.assert(
      fc.property(anyCidr, anyCidr, (a, b) => {
        const byRange = a.network <= lastAddress(b) && b.network <= lastAddress(a);
        expect(overlaps(a, b)).toBe(byRange);
      }),
    );
  });

  it("contains is transitive", () => {
    fc.assert(
      fc.property(anyCidr, fc.nat(32), fc.nat(32), (a, d1, d2) => {
        const b = { network: a.network, prefix: Math.min(32, a.prefix + (d1 % 8)) };
        const c = { network: b.network, prefix: Math.min(32, b.prefix + (d2 % 8)) };
        expect(contains(a, b) && contains(b, c)).toBe(true);
        expect(contains(a, c)).toBe(true);
      }),
    );
  });
});

describe("nextFreeBlock", () => {
  const vpc = cidr("10.0.0.0/16");

  it("starts at the beginning of an empty VPC", () => {
    expect(nextFreeBlock(vpc, 24, [])).toEqual(cidr("10.0.0.0/24"));
  });

  it("skips taken blocks and stays aligned to its own size", () => {
    const taken = [cidr("10.0.0.0/24"), cidr("10.0.1.0/25")];
    expect(nextFreeBlock(vpc, 24, taken)).toEqual(cidr("10.0.2.0/24"));
    expect(nextFreeBlock(vpc, 25, taken)).toEqual(cidr("10.0.1.128/25"));
    // A small taken block in the middle of a large candidate pushes past the whole candidate.
    expect(nextFreeBlock(vpc, 20, [cidr("10.0.3.0/28")])).toEqual(cidr("10.0.16.0/20"));
  });

  it("uses a hole between taken blocks", () => {
    const taken = [cidr("10.0.0.0/24"), cidr("10.0.2.0/24")];
    expect(nextFreeBlock(vpc, 24, taken)).toEqual(cidr("10.0.1.0/24"));
  });

  it("returns undefined when the space is full or the size can't fit", () => {
    expect(nextFreeBlock(vpc, 16, [cidr("10.0.200.0/24")])).toBeUndefined();
    expect(nextFreeBlock(vpc, 15, [])).toBeUndefined();
    expect(nextFreeBlock(vpc, 33, [])).toBeUndefined();
    expect(nextFreeBlock(cidr("10.0.0.0/28"), 28, [cidr("10.0.0.0/28")])).toBeUndefined();
    expect(nextFreeBlock(cidr("255.255.255.0/24"), 25, [cidr("255.255.255.0/24")])).toBeUndefined();
  });

  it("always returns a free, aligned block inside the space, or proves none exists", () => {
    const taken = fc.array(
      fc
        .record({ offset: fc.nat(0xffff), prefix: fc.integer({ min: 16, max: 28 }) })
        .map(({ offset, prefix }) => ({
          network: ((vpc.network + offset) & maskOf(prefix)) >>> 0,
          prefix,
        })),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(taken, fc.integer({ min: 16, max: 28 }), (list, prefix) => {
        const found = nextFreeBlock(vpc, prefix, list);
        const size = 2 ** (32 - prefix);
        const free = (network: number) => list.every((t) => !overlaps(t, { network, prefix }));
        if (found) {
          expect(found.prefix).toBe(prefix);
          expect(contains(vpc, found)).toBe(true);
          expect(free(found.network)).toBe(true);
          // Nothing free was skipped before it.
          for (let n = vpc.network; n < found.network; n += size) expect(free(n)).toBe(false);
        } else {
          for (let n = vpc.network; n + size - 1 <= lastAddress(vpc); n += size) expect(free(n)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000); // generous: the machine is shared, and this is a property test, not a timing check
});
