// IPv4 CIDR math on unsigned 32-bit integers.
// Kept in-house on purpose: AWS VPC CIDRs here are IPv4 only and the project needs just parse, contain,
// overlap and next-free-block, a few lines of integer arithmetic. The libraries we looked at (ip-num,
// cidr-tools) cover IPv6 and ranges through BigInt and would be most of the model's bundle weight.

import { RESERVED_PER_SUBNET } from "./aws-limits.ts";

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  readonly network: number;
  /** Prefix length, 0..32. */
  readonly prefix: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

type CidrParseResult = { ok: true; cidr: Cidr } | { ok: false; reason: CidrSyntaxError };

type CidrSyntaxError = { kind: "format" } | { kind: "prefix" } | { kind: "host-bits"; suggestion: string };

export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join(".");
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Parses "a.b.c.d/n". Host bits must be zero: AWS expects the network address of the block. */
export function parseCidr(text: string): CidrParseResult {
  const match = /^([0-9.]+)\/(\d{1,2})$/.exec(text.trim() === text ? text : "");
  if (!match) return { ok: false, reason: { kind: "format" } };
  const address = parseIpv4(match[1] as string);
  if (address === undefined) return { ok: false, reason: { kind: "format" } };
  const prefix = Number(match[2]);
  if (prefix > 32) return { ok: false, reason: { kind: "prefix" } };
  const network = (address & maskOf(prefix)) >>> 0;
  if (network !== address) {
    return { ok: false, reason: { kind: "host-bits", suggestion: formatCidr({ network, prefix }) } };
  }
  return { ok: true, cidr: { network, prefix } };
}

/** Parses or returns undefined; for code that runs after schema validation. */
export function tryCidr(text: string): Cidr | undefined {
  const result = parseCidr(text);
  return result.ok ? result.cidr : undefined;
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.network)}/${cidr.prefix}`;
}

export function addressCount(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix);
}

/** The last address of the block (broadcast address in classic terms). */
export function lastAddress(cidr: Cidr): number {
  return cidr.network + addressCount(cidr) - 1;
}

/** AWS reserves the first four and the last address of every subnet. */
export function usableAddresses(cidr: Cidr): number {
  return Math.max(0, addressCount(cidr) - RESERVED_PER_SUBNET);
}

/** The five addresses AWS keeps for itself in a subnet, with their purpose. */
export function reservedAddresses(cidr: Cidr): { address: string; purpose: ReservedPurpose }[] {
  const n = cidr.network;
  return [
    { address: formatIpv4(n), purpose: "network" },
    { address: formatIpv4(n + 1), purpose: "router" },
    { address: formatIpv4(n + 2), purpose: "aws" }, // the DNS server is at the VPC's base +2, not here
    { address: formatIpv4(n + 3), purpose: "future" },
    { address: formatIpv4(lastAddress(cidr)), purpose: "broadcast" },
  ];
}

type ReservedPurpose = "network" | "router" | "aws" | "future" | "broadcast";

/** True when `inner` lies entirely inside `outer` (equal blocks count as inside). */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && (inner.network & maskOf(outer.prefix)) >>> 0 === outer.network;
}

/** True when the two blocks share at least one address. Touching blocks do not overlap. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

/**
 * The first block of size `/prefix` inside `within` that overlaps none of `taken`, scanning upwards.
 * Returns undefined when the space is full.
 */
export function nextFreeBlock(within: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | undefined {
  if (prefix < within.prefix || prefix > 32) return undefined;
  const step = addressCount({ network: 0, prefix });
  const end = lastAddress(within);
  const sorted = [...taken].sort((x, y) => x.network - y.network);
  let candidate = within.network;
  while (candidate + step - 1 <= end) {
    const block = { network: candidate, prefix };
    const clash = sorted.find((t) => overlaps(t, block));
    if (!clash) return block;
    // Jump past the clashing block, aligned to our block size.
    const after = Math.max(lastAddress(clash), candidate + step - 1) + 1;
    candidate = Math.ceil(after / step) * step;
  }
  return undefined;
}
