// Security group and network ACL rules from any source, written the format-2 way: one rule per
// range or group, protocols as "tcp"/"udp"/"icmp"/"-1". What the topology can't hold (IPv6 ranges,
// prefix lists, other IP protocols) is left out and said in a note, never silently.

import { MAX_PORT } from "../model/aws-limits.ts";
import type { ImportBuilder } from "./builder.ts";
import { importText } from "./messages.ts";
import { canonicalCidr, defined, int, isIpv6, port, protocol, str } from "./values.ts";

export class RangeWithDescription {
  constructor(
    readonly cidr: unknown,
    readonly description: unknown,
  ) {}
}

interface RawRule {
  protocol: unknown;
  from?: unknown;
  to?: unknown;
  /** IPv4 (or IPv6, left out) ranges. */
  cidrs?: unknown[];
  /** Ids (already resolved to topology ids) of the security groups the rule names. */
  groups?: string[];
  prefixLists?: unknown[];
  description?: unknown;
}

function noteIpv6(b: ImportBuilder): void {
  b.note(importText("import.ipv6NotDrawn"));
}

/** A rule's or route's IPv4 block as AWS keeps it (host bits cleared, see canonicalCidr), said in a note when that changed it. */
export function awsBlock(value: unknown, b: ImportBuilder): string | undefined {
  const block = canonicalCidr(value);
  if (block?.written !== undefined)
    b.note(importText("import.cidrCanonical", { written: block.written, cidr: block.cidr }));
  return block?.cidr;
}

function ports(proto: string, from: unknown, to: unknown): { fromPort?: number; toPort?: number } {
  if (proto === "-1") return {};
  const f = port(from);
  const t = port(to);
  if (proto === "icmp") return defined({ fromPort: f ?? -1, toPort: t ?? -1 });
  // TCP/UDP "all ports" is written -1 by some tools (Terraform from_port 0 to_port 0 with "-1").
  const lo = f === undefined || f < 0 ? 0 : f;
  const hi = t === undefined || t < 0 ? MAX_PORT : t;
  return { fromPort: Math.min(lo, hi), toPort: Math.max(lo, hi) };
}

/** Security group rules (format 2: `cidr` or `securityGroup`, exactly one). */
export function securityGroupRules(raw: RawRule, b: ImportBuilder): Record<string, unknown>[] {
  const proto = protocol(raw.protocol);
  if (proto === undefined) {
    const given = raw.protocol;
    b.note(
      given === undefined || given === null || given === ""
        ? importText("import.noProtocolRule")
        : importText("import.ipProtocolRule", { protocol: String(given) }),
    );
    return [];
  }
  const base = { protocol: proto, ...ports(proto, raw.from, raw.to) };
  const description = str(raw.description);
  const out: Record<string, unknown>[] = [];
  for (const entry of raw.cidrs ?? []) {
    // A range alone, or { cidr, description } (the AWS CLI describes each range).
    const own = entry instanceof RangeWithDescription ? entry : undefined;
    const range = own ? own.cidr : entry;
    if (isIpv6(range)) {
      noteIpv6(b);
      continue;
    }
    const block = awsBlock(range, b);
    if (block) out.push(defined({ ...base, cidr: block, description: str(own?.description) ?? description }));
    else b.note(importText("import.unreadableRuleBlock", { cidr: str(range) ?? "" }));
  }
  for (const group of raw.groups ?? []) out.push(defined({ ...base, securityGroup: group, description }));
  if ((raw.prefixLists ?? []).length > 0) {
    b.note(importText("import.prefixListRule"));
  }
  return out;
}

interface RawAclRule {
  ruleNumber: unknown;
  action: unknown;
  protocol: unknown;
  from?: unknown;
  to?: unknown;
  icmpType?: unknown;
  icmpCode?: unknown;
  cidr?: unknown;
  ipv6?: unknown;
}

/** A network ACL rule, or undefined (the implicit 32767 deny, IPv6, other protocols). */
export function networkAclRule(raw: RawAclRule, b: ImportBuilder): Record<string, unknown> | undefined {
  const ruleNumber = int(raw.ruleNumber);
  if (ruleNumber === undefined || ruleNumber < 1 || ruleNumber > 32766) return undefined;
  if (raw.ipv6 !== undefined && str(raw.ipv6) !== undefined) {
    noteIpv6(b);
    return undefined;
  }
  const block = awsBlock(raw.cidr, b);
  const proto = protocol(raw.protocol);
  const action = str(raw.action)?.toLowerCase();
  if (!block || proto === undefined || (action !== "allow" && action !== "deny")) {
    if (isIpv6(raw.cidr)) noteIpv6(b);
    else b.note(importText("import.aclProtocolRule"));
    return undefined;
  }
  const range =
    proto === "icmp"
      ? { fromPort: port(raw.icmpType) ?? -1, toPort: port(raw.icmpCode) ?? -1 }
      : proto === "-1"
        ? {}
        : ports(proto, raw.from, raw.to);
  return defined({ ruleNumber, action, protocol: proto, ...range, cidr: block });
}
