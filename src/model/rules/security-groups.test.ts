import { describe, expect, it } from "vitest";
import { RULES_PER_DIRECTION } from "../aws-limits.ts";
import type { SecurityGroupRule } from "../schema.ts";
import { codesOf, runRule, withEdit } from "../testing/fixtures.ts";
import { adminPortsOpen, icmpProblem, icmpTypesAndCodes, securityGroupRules } from "./security-groups.ts";

const withIngress = (...rules: SecurityGroupRule[]) =>
  withEdit((d) => {
    (d.securityGroups[0] as { ingress: SecurityGroupRule[] }).ingress = rules;
  });
const tcp = (fromPort?: number, toPort?: number): SecurityGroupRule => ({
  protocol: "tcp",
  cidr: "0.0.0.0/0",
  ...(fromPort === undefined ? {} : { fromPort }),
  ...(toPort === undefined ? {} : { toPort }),
});

describe("sg-port-range", () => {
  it("accepts one port, a forward range, and the full range 0-65535", () => {
    expect(runRule(securityGroupRules, withIngress(tcp(22, 22), tcp(1024, 2048), tcp(0, 65535)))).toEqual([]);
  });

  it("accepts ICMP and all-traffic rules with -1 or no ports", () => {
    const doc = withIngress(
      { protocol: "icmp", fromPort: -1, toPort: -1, cidr: "0.0.0.0/0" },
      { protocol: "-1", cidr: "10.0.0.0/8" },
    );
    expect(runRule(securityGroupRules, doc)).toEqual([]);
  });

  it("flags a backwards range, a -1 port and missing ports on TCP or UDP, at the rule's path", () => {
    const doc = withIngress(tcp(8080, 80), tcp(-1, -1), tcp(), {
      protocol: "udp",
      fromPort: 53,
      cidr: "0.0.0.0/0",
    });
    const found = runRule(securityGroupRules, doc);
    expect(codesOf(found)).toEqual(Array(4).fill("sg-port-range"));
    expect(found.map((f) => f.path)).toEqual([0, 1, 2, 3].map((j) => `$.securityGroups[0].ingress[${j}]`));
    expect(found[0]?.resource).toBe("sg-web");
    expect(found[0]?.message.en).toContain("8080-80");
    expect(found[3]?.message.ko).toContain("53-?");
  });
});

describe("sg-rule-limit", () => {
  const rule = tcp(443, 443);
  it("accepts exactly 60 rules in a direction", () => {
    const doc = withIngress(...Array.from({ length: RULES_PER_DIRECTION }, () => rule));
    expect(runRule(securityGroupRules, doc)).toEqual([]);
  });

  it("flags 61 inbound or 61 outbound rules, naming the direction", () => {
    const doc = withEdit((d) => {
      const g = d.securityGroups[0] as { ingress: SecurityGroupRule[]; egress?: SecurityGroupRule[] };
      g.ingress = Array.from({ length: 61 }, () => rule);
      g.egress = Array.from({ length: 61 }, () => rule);
    });
    const found = runRule(securityGroupRules, doc);
    expect(codesOf(found)).toEqual(["sg-rule-limit", "sg-rule-limit"]);
    expect(found.map((f) => f.path)).toEqual(["$.securityGroups[0].ingress", "$.securityGroups[0].egress"]);
    expect(found[0]?.message.en).toContain("61 inbound");
    expect(found[1]?.message.ko).toContain("아웃바운드");
  });
});

describe("sg-admin-port-open", () => {
  const run = (...rules: SecurityGroupRule[]) => runRule(adminPortsOpen, withIngress(...rules));

  it("warns about SSH open to 0.0.0.0/0, at the rule's path, naming the port", () => {
    const found = run(tcp(443, 443), tcp(22, 22));
    expect(codesOf(found)).toEqual(["sg-admin-port-open"]);
    expect(found[0]).toMatchObject({ path: "$.securityGroups[0].ingress[1]", resource: "sg-web" });
    expect(found[0]?.message.en).toContain("port 22 (SSH)");
    expect(found[0]?.message.ko).toContain("22 (SSH)");
  });

  it("counts ranges, UDP and all-traffic rules that include 22 or 3389", () => {
    const found = run(
      tcp(0, 65535),
      { protocol: "udp", fromPort: 3389, toPort: 3389, cidr: "0.0.0.0/0" },
      { protocol: "-1", cidr: "0.0.0.0/0" },
    );
    expect(found.map((f) => f.params)).toEqual([
      { who: "sg-web", ports: "22 (SSH), 3389 (RDP)", cidr: "0.0.0.0/0" },
      { who: "sg-web", ports: "3389 (RDP)", cidr: "0.0.0.0/0" },
      { who: "sg-web", ports: "22 (SSH), 3389 (RDP)", cidr: "0.0.0.0/0" },
    ]);
    expect(found[0]?.message.en).toContain("ports 22 (SSH), 3389 (RDP)");
  });

  it("leaves office ranges, other ports, ICMP, group references and outbound rules alone", () => {
    const doc = withIngress(
      { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "203.0.113.0/24" },
      { protocol: "tcp", fromPort: 3389, toPort: 3389, cidr: "10.0.0.0/8" },
      tcp(23, 3388),
      { protocol: "icmp", fromPort: -1, toPort: -1, cidr: "0.0.0.0/0" },
      { protocol: "tcp", fromPort: 22, toPort: 22, securityGroup: "sg-web" },
    );
    (doc.securityGroups[0] as { egress?: SecurityGroupRule[] }).egress = [tcp(22, 22)];
    expect(runRule(adminPortsOpen, doc)).toEqual([]);
  });

  it("skips a security group outside the document", () => {
    const doc = withEdit((d) => {
      d.securityGroups.push({ id: "sg-ext", external: true, ingress: [tcp(22, 22)] });
    });
    expect(runRule(adminPortsOpen, doc)).toEqual([]);
  });
});

describe("icmp-type-code", () => {
  const icmp = (fromPort?: number, toPort?: number): SecurityGroupRule => ({
    protocol: "icmp",
    cidr: "10.0.0.0/16",
    ...(fromPort === undefined ? {} : { fromPort }),
    ...(toPort === undefined ? {} : { toPort }),
  });

  it("accepts a type with a code or with all codes, all types with all codes, and no ports (all)", () => {
    const doc = withIngress(
      icmp(8, -1),
      icmp(3, 4),
      icmp(0, 0),
      icmp(255, 255),
      icmp(-1, -1),
      icmp(),
      icmp(8),
    );
    expect(runRule(icmpTypesAndCodes, doc)).toEqual([]);
  });

  it("flags a type or code above 255 or below -1, and all types with one code", () => {
    const doc = withIngress(icmp(256, -1), icmp(8, 300), icmp(-1, 4), icmp(undefined, 0));
    const found = runRule(icmpTypesAndCodes, doc);
    expect(codesOf(found)).toEqual(Array(4).fill("icmp-type-code"));
    expect(found.map((f) => f.path)).toEqual([0, 1, 2, 3].map((j) => `$.securityGroups[0].ingress[${j}]`));
    expect(found[0]?.message.en).toContain("type 256");
    expect(found[2]?.message.en).toContain("all ICMP types (-1) must also allow all codes");
    expect(found[2]?.message.ko).toContain("코드도 모두(-1)");
  });

  it("checks network ACL rules the same way, and leaves TCP, UDP and all traffic to sg-port-range", () => {
    const doc = withEdit((d) => {
      d.networkAcls.push({
        id: "acl-1",
        vpc: "vpc-1",
        ingress: [
          { ruleNumber: 100, action: "allow", protocol: "icmp", fromPort: -1, toPort: 3, cidr: "0.0.0.0/0" },
        ],
        egress: [],
      });
    });
    const found = runRule(icmpTypesAndCodes, doc);
    expect(codesOf(found)).toEqual(["icmp-type-code"]);
    expect(found[0]?.path).toBe("$.networkAcls[0].ingress[0]");
    expect(found[0]?.message.en).toMatch(/^Network ACL acl-1/);
    expect(found[0]?.message.ko).toMatch(/^네트워크 ACL acl-1/);
    expect(icmpProblem({ protocol: "tcp", fromPort: 300, toPort: 300 })).toBeUndefined();
    expect(icmpProblem({ protocol: "-1", fromPort: -1, toPort: 4 })).toBeUndefined();
  });
});
