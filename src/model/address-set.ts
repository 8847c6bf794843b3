// Sets of IPv4 addresses as sorted, disjoint, inclusive ranges of unsigned 32-bit integers: enough to
// say exactly which internet addresses a chain of security group and network ACL rules lets through
// (a /32 office address, "everywhere but 198.51.100.0/24"…). Pure; built on cidr.ts.
import { type Cidr, formatCidr, lastAddress, tryCidr } from "./cidr.ts";

/** Inclusive range [from, to] of addresses. */
interface AddressRange {
  readonly from: number;
  readonly to: number;
}

/** Sorted, disjoint, non-adjacent ranges. */
export type AddressSet = readonly AddressRange[];

export const EMPTY: AddressSet = [];
export const ALL_ADDRESSES: AddressSet = [{ from: 0, to: 0xffffffff }];

function fromCidr(cidr: Cidr): AddressSet {
  return [{ from: cidr.network, to: lastAddress(cidr) }];
}

/** The set of one CIDR text; empty for text that is not a CIDR block. */
export function fromCidrText(text: string): AddressSet {
  const cidr = tryCidr(text);
  return cidr ? fromCidr(cidr) : EMPTY;
}

function normalize(ranges: AddressRange[]): AddressSet {
  const sorted = ranges.filter((r) => r.from <= r.to).sort((a, b) => a.from - b.from);
  const out: AddressRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) out[out.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else out.push(r);
  }
  return out;
}

export function union(...sets: AddressSet[]): AddressSet {
  return normalize(sets.flat());
}

export function intersect(a: AddressSet, b: AddressSet): AddressSet {
  const out: AddressRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as AddressRange;
    const y = b[j] as AddressRange;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from <= to) out.push({ from, to });
    if (x.to < y.to) i++;
    else j++;
  }
  return out;
}

export function subtract(a: AddressSet, b: AddressSet): AddressSet {
  const out: AddressRange[] = [];
  for (const x of a) {
    let from = x.from;
    for (const y of b) {
      if (y.to < from || y.from > x.to) continue;
      if (y.from > from) out.push({ from, to: y.from - 1 });
      from = y.to + 1;
      if (from > x.to) break;
    }
    if (from <= x.to) out.push({ from, to: x.to });
  }
  return out;
}

export function isEmpty(set: AddressSet): boolean {
  return set.length === 0;
}

export function equals(a: AddressSet, b: AddressSet): boolean {
  return a.length === b.length && a.every((r, i) => r.from === b[i]?.from && r.to === b[i]?.to);
}

/** Whether every address of `inner` is in `outer`. */
export function covers(outer: AddressSet, inner: AddressSet): boolean {
  return isEmpty(subtract(inner, outer));
}

/** The fewest CIDR blocks that make up the set, lowest first (for sentences like "only from 203.0.113.7/32"). */
export function toCidrs(set: AddressSet): string[] {
  const out: string[] = [];
  for (const r of set) {
    let start = r.from;
    while (start <= r.to) {
      // The largest aligned block that starts here and stays inside the range.
      let prefix = start === 0 ? 0 : 32 - lowestSetBit(start);
      while (prefix < 32 && start + 2 ** (32 - prefix) - 1 > r.to) prefix++;
      out.push(formatCidr({ network: start >>> 0, prefix }));
      start += 2 ** (32 - prefix);
    }
  }
  return out;
}

/** Position of the lowest set bit of a non-zero unsigned 32-bit value (0 for odd numbers). */
function lowestSetBit(value: number): number {
  let bit = 0;
  while (bit < 32 && Math.floor(value / 2 ** bit) % 2 === 0) bit++;
  return bit;
}
