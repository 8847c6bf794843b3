// Security group rules (Amazon VPC User Guide): TCP and UDP rules name a port range from 0 to
// 65535 that runs forwards, and a group holds at most 60 inbound and 60 outbound rules by default.
// The properties form refuses edits that break them through these same findings.

import { ICMP_MAX, RULES_PER_DIRECTION } from "../aws-limits.ts";
import { tryCidr } from "../cidr.ts";
import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import type { SecurityGroupRule } from "../schema.ts";
import { definedEntries } from "../schema.ts";
import { secondInVpc } from "./second-in-vpc.ts";
import { type Finding, finding, type RuleContext } from "./types.ts";

const MAX_PORT = 65_535;

function portRangeIsValid(rule: SecurityGroupRule): boolean {
  if (rule.protocol !== "tcp" && rule.protocol !== "udp") return true;
  const { fromPort, toPort } = rule;
  return (
    fromPort !== undefined &&
    toPort !== undefined &&
    0 <= fromPort &&
    fromPort <= toPort &&
    toPort <= MAX_PORT
  );
}

export function securityGroupRules({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, group] of definedEntries(doc.securityGroups)) {
    for (const direction of ["ingress", "egress"] as const) {
      const rules = group[direction] ?? [];
      if (rules.length > RULES_PER_DIRECTION) {
        out.push(
          finding({
            messageId: "sg-rule-limit",
            path: jsonPath(["securityGroups", i, direction]),
            resource: group.id,
            params: { who: displayName(group), direction, count: rules.length, max: RULES_PER_DIRECTION },
          }),
        );
      }
      for (const [j, rule] of rules.entries()) {
        if (portRangeIsValid(rule)) continue;
        out.push(
          finding({
            messageId: "sg-port-range",
            path: jsonPath(["securityGroups", i, direction, j]),
            resource: group.id,
            params: {
              who: displayName(group),
              protocol: rule.protocol,
              range: `${rule.fromPort ?? "?"}-${rule.toPort ?? "?"}`,
            },
          }),
        );
      }
    }
  }
  return out;
}

/**
 * What AWS would refuse in an ICMP rule's type (fromPort) and code (toPort): a value outside -1..255,
 * or a code with all types. Absent means all (-1), as the AWS CLI importer and the exports write it.
 */
export function icmpProblem(rule: {
  protocol: string;
  fromPort?: number | undefined;
  toPort?: number | undefined;
}): { type: number; code: number; allTypes: boolean } | undefined {
  if (rule.protocol !== "icmp") return undefined;
  const type = rule.fromPort ?? -1;
  const code = rule.toPort ?? -1;
  const inRange = (v: number) => v >= -1 && v <= ICMP_MAX;
  if (!inRange(type) || !inRange(code)) return { type, code, allTypes: false };
  if (type === -1 && code !== -1) return { type, code, allTypes: true };
  return undefined;
}

/** ICMP rules of security groups and network ACLs, which hold the same type and code. */
export function icmpTypesAndCodes({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const places = [
    ["securityGroups", "securityGroup", definedEntries(doc.securityGroups)],
    ["networkAcls", "networkAcl", definedEntries(doc.networkAcls)],
  ] as const;
  for (const [collection, place, entries] of places) {
    for (const [i, owner] of entries) {
      for (const direction of ["ingress", "egress"] as const) {
        for (const [j, rule] of (owner[direction] ?? []).entries()) {
          const problem = icmpProblem(rule);
          if (!problem) continue;
          out.push(
            finding({
              messageId: "icmp-type-code",
              path: jsonPath([collection, i, direction, j]),
              resource: owner.id,
              params: { who: displayName(owner), place, ...problem },
            }),
          );
        }
      }
    }
  }
  return out;
}

/**
 * Remote administration ports AWS Security Hub watches when they are open to the whole internet:
 * SSH (control EC2.13) and RDP (EC2.14); EC2.53 checks both (EC2.54 the same for ::/0).
 */
const ADMIN_PORTS = [
  { port: 22, service: "SSH" },
  { port: 3389, service: "RDP" },
] as const;

/** The admin ports an inbound rule opens to every address (0.0.0.0/0): TCP, UDP or all traffic. */
export function adminPortsOpenToWorld(rule: SecurityGroupRule): (typeof ADMIN_PORTS)[number][] {
  if (rule.cidr === undefined || tryCidr(rule.cidr)?.prefix !== 0) return [];
  if (rule.protocol === "-1") return [...ADMIN_PORTS];
  if (rule.protocol !== "tcp" && rule.protocol !== "udp") return [];
  const { fromPort, toPort } = rule;
  if (fromPort === undefined || toPort === undefined) return [];
  return ADMIN_PORTS.filter((a) => fromPort <= a.port && a.port <= toPort);
}

export function adminPortsOpen({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, group] of definedEntries(doc.securityGroups)) {
    for (const [j, rule] of group.ingress.entries()) {
      const open = adminPortsOpenToWorld(rule);
      if (open.length === 0) continue;
      out.push(
        finding({
          messageId: "sg-admin-port-open",
          path: jsonPath(["securityGroups", i, "ingress", j]),
          resource: group.id,
          params: {
            who: displayName(group),
            ports: open.map((a) => `${a.port} (${a.service})`).join(", "),
            cidr: rule.cidr ?? "",
          },
        }),
      );
    }
  }
  return out;
}

/** A second security group marked default in one VPC: reported on its `default` key, naming the first. */
export function defaultGroups({ doc }: RuleContext): Finding[] {
  return secondInVpc(
    definedEntries(doc.securityGroups),
    (g) => g.default === true,
    { collection: "securityGroups", key: "default" },
    "sg-default-multiple",
  );
}
