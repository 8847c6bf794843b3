import { describe, expect, it } from "vitest";
import nat from "../../examples/nat-gateway.json";
import { INTERNET_NODE_ID } from "../model/node-ids.ts";
import { type Topology, topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { describeOutbound } from "./describe-outbound.ts";
import { aclDecision, outboundReachability } from "./outbound.ts";

const doc = (): Topology => topology.parse(nat);
const answer = (d: Topology, id: string) => {
  const a = outboundReachability(indexTopology(d), id);
  if (!a) throw new Error(`no answer for ${id}`);
  return a;
};
const failing = (d: Topology, id: string) =>
  answer(d, id)
    .checks.filter((c) => !c.met)
    .map((c) => c.id);

describe("can this instance reach the internet?", () => {
  const cases: [string, (d: Topology) => void, string, boolean, string[]][] = [
    ["private subnet through its zone's NAT gateway", () => {}, "i-app-1", true, []],
    ["public subnet with an Elastic IP, straight out", () => {}, "i-web-1", true, []],
    [
      "the NAT gateway lost its Elastic IP",
      (d) => {
        d.elasticIps = d.elasticIps.filter((e) => e.id !== "eipalloc-nat-a");
      },
      "i-app-1",
      false,
      ["nat-ready"],
    ],
    [
      "a private NAT gateway never leads to the internet",
      (d) => {
        const n = d.natGateways.find((x) => x.id === "nat-a");
        if (n && n.external !== true) n.connectivity = "private";
      },
      "i-app-1",
      false,
      ["nat-ready"],
    ],
    [
      "a stopped instance sends nothing",
      (d) => {
        const i = d.instances.find((x) => x.id === "i-app-1");
        if (i && i.external !== true) i.state = "stopped";
      },
      "i-app-1",
      false,
      ["running"],
    ],
    [
      "an ACL that blocks the ephemeral reply ports",
      (d) => {
        const acl = d.networkAcls[0];
        if (acl && acl.external !== true)
          acl.ingress = [
            {
              ruleNumber: 90,
              action: "deny",
              protocol: "tcp",
              fromPort: 1024,
              toPort: 65535,
              cidr: "0.0.0.0/0",
            },
            ...acl.ingress,
          ];
      },
      "i-app-1",
      false,
      ["acl"],
    ],
    [
      "a public subnet instance without any public address",
      (d) => {
        d.elasticIps = d.elasticIps.filter((e) => e.instance !== "i-web-1");
      },
      "i-web-1",
      false,
      ["public-address"],
    ],
    [
      "security groups with outbound rules only for the VPC",
      (d) => {
        const g = d.securityGroups.find((x) => x.id === "sg-app");
        if (g && g.external !== true)
          g.egress = [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "10.0.0.0/16" }];
      },
      "i-app-1",
      false,
      ["sg-egress"],
    ],
    [
      "no route for 0.0.0.0/0 in the main table",
      (d) => {
        const t = d.routeTables.find((x) => x.id === "rtb-main");
        if (t && t.external !== true) t.routes = [];
      },
      "i-app-1",
      false,
      ["route"],
    ],
  ];
  it.each(cases)("%s", (_name, change, instance, reachable, notMet) => {
    const d = doc();
    change(d);
    expect(answer(d, instance).reachable).toBe(reachable);
    expect(failing(d, instance)).toEqual(notMet);
  });

  it("highlights the way out: subnet, its table, the NAT gateway, its subnet, the gateway, the Internet", () => {
    expect(answer(doc(), "i-app-1").path).toEqual([
      "i-app-1",
      "subnet-private-a",
      "rtb-main",
      "nat-a",
      "subnet-public-a",
      "rtb-public",
      "acl-main",
      "igw-main",
      INTERNET_NODE_ID,
    ]);
  });

  it("reads ACL rules in order: the first 0.0.0.0/0 rule touching the ports decides", () => {
    const allowAll = { ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" } as const;
    expect(aclDecision([allowAll], 1024, 65535)).toEqual({ rule: 100, allowed: true });
    expect(aclDecision([], 443, 443)).toEqual({ allowed: false });
    // A narrower range concerns only part of the internet; a deny for some ports wins by number.
    const office = { ruleNumber: 50, action: "deny", protocol: "-1", cidr: "198.51.100.0/24" } as const;
    const partial = {
      ruleNumber: 60,
      action: "allow",
      protocol: "tcp",
      fromPort: 32768,
      toPort: 65535,
      cidr: "0.0.0.0/0",
    } as const;
    expect(aclDecision([allowAll, office], 443, 443)).toEqual({ rule: 100, allowed: true });
    expect(aclDecision([allowAll, partial], 1024, 65535)).toEqual({ rule: 60, allowed: false });
  });

  it("says each check in both languages, naming the deciding resources", () => {
    const en = describeOutbound(doc(), indexTopology(doc()), "i-app-1", "en");
    const ko = describeOutbound(doc(), indexTopology(doc()), "i-app-1", "ko");
    expect(en?.verdict).toBe("Can reach the internet");
    expect(en?.steps.map((s) => s.text).join(" ")).toContain("NAT gateway nat-a");
    expect(ko?.verdict).toBe("인터넷으로 나갈 수 있음");
    expect(ko?.steps.map((s) => s.text).join(" ")).toContain("NAT 게이트웨이 nat-a로");
    expect(en?.steps.every((s) => s.status === "Met")).toBe(true);
  });
});
