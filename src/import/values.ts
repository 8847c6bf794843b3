// Small, forgiving readers for the scalar values every source writes a little differently: ports as
// numbers or strings, protocols as names or numbers, booleans as "true". Each returns undefined for
// a value the topology can't hold, so a record only ever gets fields the schema accepts.

import { MAX_PORT } from "../model/aws-limits.ts";
import { parseCidr } from "../model/cidr.ts";
import { INSTANCE_STATES, type InstanceState, VOLUME_TYPES, type VolumeType } from "../model/schema.ts";

export function str(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function int(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) ? n : undefined;
}

export function bool(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

export function obj(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An IPv4 CIDR block the schema accepts, or undefined. */
export function cidr(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && parseCidr(text).ok ? text : undefined;
}

/**
 * A rule's or route's IPv4 block as AWS keeps it: with host bits set it is cleared to its network, AWS's
 * "canonical form" (API reference: AuthorizeSecurityGroupIngress CidrIp, CreateNetworkAclEntry CidrBlock,
 * CreateRoute DestinationCidrBlock: 100.68.0.18/18 is kept as 100.68.0.0/18). `written` is the text as
 * given when it differs. Undefined when it is no IPv4 block at all.
 */
export function canonicalCidr(value: unknown): { cidr: string; written?: string } | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const parsed = parseCidr(text);
  if (parsed.ok) return { cidr: text };
  return parsed.reason.kind === "host-bits" ? { cidr: parsed.reason.suggestion, written: text } : undefined;
}

/** An IPv4 address (203.0.113.10); AWS's own examples hold impossible ones like 198.11.222.333. */
export function ipv4(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && parseCidr(`${text}/32`).ok ? text : undefined;
}

export function isIpv6(value: unknown): boolean {
  return typeof value === "string" && value.includes(":");
}

export type RuleProtocol = "tcp" | "udp" | "icmp" | "-1";

/** IP protocol numbers (IANA) of the protocols a rule can name; "-1" is all traffic. */
export const IP_PROTOCOL_NUMBERS: Readonly<Record<RuleProtocol, number>> = {
  tcp: 6,
  udp: 17,
  icmp: 1,
  "-1": -1,
};

/** "tcp", "udp", "icmp" or "-1" from a name or an IP protocol number; undefined for others. */
export function protocol(value: unknown): RuleProtocol | undefined {
  const text =
    typeof value === "number" ? String(value) : typeof value === "string" ? value.toLowerCase() : "";
  if (text === "all") return "-1";
  for (const [name, number] of Object.entries(IP_PROTOCOL_NUMBERS)) {
    if (text === name || text === String(number)) return name as RuleProtocol;
  }
  return undefined;
}

export function port(value: unknown): number | undefined {
  const n = int(value);
  return n !== undefined && n >= -1 && n <= MAX_PORT ? n : undefined;
}

export function amiId(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && /^ami-[0-9a-f]{8,17}$/.test(text) ? text : undefined;
}

/** "/dev/sdf"; a bare "xvdf" (Windows, some tools) gets its "/dev/". */
export function device(value: unknown): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const full = text.startsWith("/dev/") ? text : `/dev/${text}`;
  return /^\/dev\/[a-z0-9]+$/.test(full) ? full : undefined;
}

export function volumeType(value: unknown): VolumeType | undefined {
  const text = str(value);
  return (VOLUME_TYPES as readonly string[]).includes(text ?? "") ? (text as VolumeType) : undefined;
}

export function instanceState(value: unknown): InstanceState | undefined {
  const text = str(value);
  return (INSTANCE_STATES as readonly string[]).includes(text ?? "") ? (text as InstanceState) : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  const n = int(value);
  return n !== undefined && n > 0 ? n : undefined;
}

/** Copies the defined entries only, so records never carry `undefined` keys. */
export function defined<T extends Record<string, unknown>>(record: T): T {
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}
