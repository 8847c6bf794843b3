// Security group rules (Amazon VPC User Guide): TCP and UDP rules name a port range from 0 to
// 65535 that runs forwards, and a group holds at most 60 inbound and 60 outbound rules by default.
// The properties form refuses edits that break them through these same findings.
import { jsonPath } from "../diagnostics.ts";
import type { SecurityGroupRule } from "../schema.ts";
import { definedEntries } from "../schema.ts";
import { type Finding, finding, label, type RuleContext } from "./types.ts";

/** AWS's default quota of rules per security group, for each direction. */
export const RULES_PER_DIRECTION = 60;
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
          finding("sg-rule-limit", jsonPath(["securityGroups", i, direction]), group.id, "sg-rule-limit", {
            who: label(group),
            direction,
            count: rules.length,
            max: RULES_PER_DIRECTION,
          }),
        );
      }
      for (const [j, rule] of rules.entries()) {
        if (portRangeIsValid(rule)) continue;
        out.push(
          finding("sg-port-range", jsonPath(["securityGroups", i, direction, j]), group.id, "sg-port-range", {
            who: label(group),
            protocol: rule.protocol,
            range: `${rule.fromPort ?? "?"}-${rule.toPort ?? "?"}`,
          }),
        );
      }
    }
  }
  return out;
}
