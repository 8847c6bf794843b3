import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { covers, fromCidrText, intersect, toCidrs } from "./address-set.ts";
import { INTERNET_NODE_ID } from "./node-ids.ts";
import {
  coversWholeInternet,
  EPHEMERAL,
  evaluateAcl,
  groupsOutside,
  INTERNET_ADDRESSES,
  type InboundAnswer,
  instanceReachability,
  internetReachability,
  outboundReachability,
  type ReachCheck,
  subnetReachability,
  type Traffic,
} from "./reachability.ts";
import { isSubnetPublic } from "./routing.ts";
import {
  type AclRule,
  FORMAT_VERSION,
  type NetworkAcl,
  type SecurityGroupRule,
  type Subnet,
  type Topology,
  topology,
} from "./schema.ts";
import { outsideVpcTopology } from "./testing/fixtures.ts";
import { indexTopology } from "./topology-index.ts";

// One VPC as AWS's documentation draws it: a public subnet with a web server and the NAT gateway,
// two private subnets (app, db) that go out through the NAT gateway, security groups that reference
// each other (web → app on 8080, app → db on 5432), SSH to the web server from one office address.
function vpc(): Topology {
  return topology.parse({
    version: FORMAT_VERSION,
    regions: [{ id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a"] }],
    vpcs: [{ id: "vpc-1", region: "ap-northeast-2", cidrBlock: "10.0.0.0/16" }],
    internetGateways: [{ id: "igw-1", vpc: "vpc-1" }],
    subnets: [
      { id: "subnet-public", vpc: "vpc-1", availabilityZone: "ap-northeast-2a", cidrBlock: "10.0.1.0/24" },
      { id: "subnet-app", vpc: "vpc-1", availabilityZone: "ap-northeast-2a", cidrBlock: "10.0.2.0/24" },
      { id: "subnet-db", vpc: "vpc-1", availabilityZone: "ap-northeast-2a", cidrBlock: "10.0.3.0/24" },
    ],
    routeTables: [
      { id: "rtb-main", vpc: "vpc-1", main: true, routes: [{ destination: "0.0.0.0/0", target: "nat-1" }] },
      {
        id: "rtb-public",
        vpc: "vpc-1",
        subnets: ["subnet-public"],
        routes: [{ destination: "0.0.0.0/0", target: "igw-1" }],
      },
    ],
    natGateways: [{ id: "nat-1", subnet: "subnet-public" }],
    elasticIps: [{ id: "eipalloc-nat", natGateway: "nat-1" }],
    securityGroups: [
      {
        id: "sg-web",
        vpc: "vpc-1",
        ingress: [
          { protocol: "tcp", fromPort: 80, toPort: 80, cidr: "0.0.0.0/0" },
          { protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" },
          { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "203.0.113.7/32" },
        ],
      },
      {
        id: "sg-app",
        vpc: "vpc-1",
        ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, securityGroup: "sg-web" }],
      },
      {
        id: "sg-db",
        vpc: "vpc-1",
        ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroup: "sg-app" }],
        egress: [],
      },
    ],
    instances: [
      {
        id: "i-web",
        subnet: "subnet-public",
        instanceType: "t3.micro",
        publicIp: true,
        securityGroups: ["sg-web"],
      },
      { id: "i-app", subnet: "subnet-app", instanceType: "t3.micro", securityGroups: ["sg-app"] },
      { id: "i-db", subnet: "subnet-db", instanceType: "t3.micro", securityGroups: ["sg-db"] },
      { id: "i-app-2", subnet: "subnet-app", instanceType: "t3.micro", securityGroups: ["sg-db"] },
    ],
  });
}

const rule = (
  ruleNumber: number,
  action: "allow" | "deny",
  cidr: string,
  ports?: [number, number],
  protocol: AclRule["protocol"] = ports ? "tcp" : "-1",
): AclRule => ({
  ruleNumber,
  action,
  protocol,
  cidr,
  ...(ports ? { fromPort: ports[0], toPort: ports[1] } : {}),
});

function withAcl(doc: Topology, subnets: string[], ingress: AclRule[], egress: AclRule[]): Topology {
  const acl: NetworkAcl = { id: `acl-${doc.networkAcls.length + 1}`, vpc: "vpc-1", subnets, ingress, egress };
  doc.networkAcls.push(acl);
  return doc;
}

/** Changes the defined (not external) resource with this id. */
function mutate<T extends { id: string; external?: boolean }>(
  list: T[],
  id: string,
  change: (item: Exclude<T, { external: true }>) => void,
): void {
  const item = list.find((x): x is Exclude<T, { external: true }> => x.id === id && x.external !== true);
  if (!item) throw new Error(`no ${id}`);
  change(item);
}

const failing = (checks: readonly ReachCheck[]) => checks.filter((c) => !c.met).map((c) => c.id);

function inbound(doc: Topology, id: string): InboundAnswer {
  const answer = internetReachability(indexTopology(doc), id);
  if (!answer) throw new Error(`no answer for ${id}`);
  return answer;
}

/** "tcp 80 ← anywhere", "tcp 22 ← 203.0.113.7/32", "tcp 8080 ✗": one line per port the groups open. */
function portLines(answer: InboundAnswer): string[] {
  return answer.ports.map((p) => {
    const ports = p.ports.from === p.ports.to ? `${p.ports.from}` : `${p.ports.from}-${p.ports.to}`;
    const from =
      p.from.kind === "anywhere" ? "anywhere" : p.from.kind === "ranges" ? p.from.cidrs.join(" ") : "✗";
    return `${p.ports.protocol} ${ports} ← ${from}`;
  });
}

describe("can the internet reach this instance? (AWS's documented scenarios)", () => {
  const cases: [string, (d: Topology) => void, string, string[], string[]][] = [
    [
      "public web server: HTTP and HTTPS from anywhere, SSH from the office address only",
      () => {},
      "i-web",
      ["tcp 80 ← anywhere", "tcp 443 ← anywhere", "tcp 22 ← 203.0.113.7/32"],
      [],
    ],
    [
      "private subnet with NAT: the route for the internet goes to the NAT gateway, not the internet gateway",
      (d) =>
        mutate(d.securityGroups, "sg-app", (g) =>
          g.ingress.push({ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" }),
        ),
      "i-app",
      ["tcp 443 ← ✗"],
      ["route", "public-address"],
    ],
    [
      "a stopped instance answers nothing, whatever its rules",
      (d) =>
        mutate(d.instances, "i-web", (i) => {
          i.state = "stopped";
        }),
      "i-web",
      ["tcp 80 ← ✗", "tcp 443 ← ✗", "tcp 22 ← ✗"],
      ["running"],
    ],
    [
      "no public IPv4 address and no Elastic IP",
      (d) =>
        mutate(d.instances, "i-web", (i) => {
          i.publicIp = false;
        }),
      "i-web",
      ["tcp 80 ← ✗", "tcp 443 ← ✗", "tcp 22 ← ✗"],
      ["public-address"],
    ],
    [
      "an Elastic IP is a public address too",
      (d) => {
        mutate(d.instances, "i-web", (i) => {
          i.publicIp = false;
        });
        d.elasticIps.push({ id: "eipalloc-web", instance: "i-web" });
      },
      "i-web",
      ["tcp 80 ← anywhere", "tcp 443 ← anywhere", "tcp 22 ← 203.0.113.7/32"],
      [],
    ],
    [
      "the gateway is detached: the route leads nowhere",
      (d) =>
        mutate(d.internetGateways, "igw-1", (g) => {
          g.vpc = null;
        }),
      "i-web",
      ["tcp 80 ← ✗", "tcp 443 ← ✗", "tcp 22 ← ✗"],
      ["gateway", "route"],
    ],
    [
      "a rule from a private range admits nothing from the internet",
      (d) =>
        mutate(d.securityGroups, "sg-web", (g) => {
          g.ingress = [{ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "10.0.0.0/8" }];
        }),
      "i-web",
      ["tcp 22 ← ✗"],
      [],
    ],
    [
      "two halves of the internet add up to anywhere",
      (d) =>
        mutate(d.securityGroups, "sg-web", (g) => {
          g.ingress = [
            { protocol: "tcp", fromPort: 80, toPort: 80, cidr: "0.0.0.0/1" },
            { protocol: "tcp", fromPort: 80, toPort: 80, cidr: "128.0.0.0/1" },
          ];
        }),
      "i-web",
      ["tcp 80 ← anywhere"],
      [],
    ],
    [
      "an ACL that lets HTTP in but blocks the ephemeral reply ports out",
      (d) =>
        withAcl(
          d,
          ["subnet-public"],
          [rule(100, "allow", "0.0.0.0/0", [80, 80])],
          [rule(100, "allow", "0.0.0.0/0", [80, 80])],
        ),
      "i-web",
      ["tcp 80 ← ✗", "tcp 443 ← ✗", "tcp 22 ← ✗"],
      [],
    ],
    [
      "AWS's custom ACL example: web from anywhere, SSH from a home range, replies on 32768-65535",
      (d) =>
        withAcl(
          d,
          ["subnet-public"],
          [
            rule(100, "allow", "0.0.0.0/0", [80, 80]),
            rule(110, "allow", "0.0.0.0/0", [443, 443]),
            rule(120, "allow", "203.0.113.0/24", [22, 22]),
            rule(140, "allow", "0.0.0.0/0", [32768, 65535]),
          ],
          [
            rule(100, "allow", "0.0.0.0/0", [80, 80]),
            rule(110, "allow", "0.0.0.0/0", [443, 443]),
            rule(120, "allow", "203.0.113.0/24", [1024, 65535]),
            rule(140, "allow", "0.0.0.0/0", [32768, 65535]),
          ],
        ),
      "i-web",
      ["tcp 80 ← anywhere", "tcp 443 ← anywhere", "tcp 22 ← 203.0.113.7/32"],
      [],
    ],
    [
      "a lower-numbered deny wins over a later allow (first match), for that range only",
      (d) =>
        withAcl(
          d,
          ["subnet-public"],
          [rule(90, "deny", "198.51.100.0/24", [80, 80]), rule(100, "allow", "0.0.0.0/0")],
          [rule(100, "allow", "0.0.0.0/0")],
        ),
      "i-web",
      [
        `tcp 80 ← ${toCidrs(
          INTERNET_ADDRESSES.flatMap((r) =>
            r.from <= 0xc6336400 && r.to >= 0xc63364ff
              ? [
                  { from: r.from, to: 0xc6336400 - 1 },
                  { from: 0xc63364ff + 1, to: r.to },
                ]
              : [r],
          ),
        ).join(" ")}`,
        "tcp 443 ← anywhere",
        "tcp 22 ← 203.0.113.7/32",
      ],
      [],
    ],
  ];
  it.each(cases)("%s", (_name, change, id, lines, failed) => {
    const d = vpc();
    change(d);
    const answer = inbound(d, id);
    expect(portLines(answer)).toEqual(lines);
    expect(failing(answer.checks)).toEqual(failed);
    expect(answer.reachable).toBe(lines.some((l) => !l.endsWith("✗")));
  });

  it("an ACL blocking the replies fails on the ACL check, naming the final * rule", () => {
    const d = withAcl(
      vpc(),
      ["subnet-public"],
      [rule(100, "allow", "0.0.0.0/0")],
      [rule(100, "allow", "0.0.0.0/0", [80, 80])],
    );
    const port80 = inbound(d, "i-web").ports[0];
    const acl = port80?.checks.find((c) => c.id === "acl");
    expect(acl).toMatchObject({ id: "acl", met: false, decider: "acl-1" });
    if (acl?.id !== "acl") throw new Error("no acl check");
    expect(acl.legs.map((l) => [l.direction, l.verdict, l.denyRules])).toEqual([
      ["in", "all", []],
      ["out", "none", ["*"]],
    ]);
    expect(acl.legs[1]?.ports).toEqual({ protocol: "tcp", ...EPHEMERAL });
  });

  it("says which rule admits the office address, and that it is that range only", () => {
    const ssh = inbound(vpc(), "i-web").ports[2];
    const sg = ssh?.checks[0];
    expect(sg).toMatchObject({ id: "sg-ingress", met: true, decider: "sg-web" });
    if (sg?.id !== "sg-ingress") throw new Error("no sg check");
    expect(sg.admitted).toEqual({ kind: "ranges", cidrs: ["203.0.113.7/32"] });
    expect(sg.rules).toEqual([
      { group: "sg-web", ruleIndex: 2, protocol: "tcp", fromPort: 22, toPort: 22, cidr: "203.0.113.7/32" },
    ]);
  });

  it("answers one asked port, and its path runs Internet → gateway → table → subnet → instance", () => {
    const answer = internetReachability(indexTopology(vpc()), "i-web", { protocol: "tcp", port: 3389 });
    expect(answer?.ports.map((p) => [p.ports.from, p.reachable])).toEqual([[3389, false]]);
    expect(answer?.path).toEqual([INTERNET_NODE_ID, "igw-1", "rtb-public", "subnet-public", "i-web"]);
  });

  it("returns undefined for an id that is not an instance", () => {
    expect(internetReachability(indexTopology(vpc()), "subnet-app")).toBeUndefined();
  });

  it("the seed example's web server is reachable, and not once its gateway is detached", () => {
    const doc = topology.parse(seed);
    const web = doc.instances.find((i) => i.id === "i-web-1");
    expect(web).toBeDefined();
    expect(inbound(doc, "i-web-1").reachable).toBe(true);
    for (const g of doc.internetGateways) if (g.external !== true) g.vpc = null;
    expect(failing(inbound(doc, "i-web-1").checks)).toContain("gateway");
  });
});

describe("an internet gateway defined outside the document", () => {
  // What an import of route tables without describe-internet-gateways makes: the gateway an active
  // route reaches is a placeholder that records the table's VPC.
  function withExternalGateway(recordsVpc: boolean): Topology {
    const doc = vpc();
    doc.internetGateways = [{ id: "igw-1", external: true, ...(recordsVpc ? { vpc: "vpc-1" } : {}) }];
    return topology.parse(doc);
  }

  it("makes its subnets public, and the web server reachable, when it records their VPC", () => {
    const index = indexTopology(withExternalGateway(true));
    expect(isSubnetPublic(index, index.subnets.get("subnet-public") as Subnet)).toBe(true);
    expect(subnetReachability(index, "subnet-public")).toMatchObject({
      exposure: "public",
      gateway: "igw-1",
    });
    const answer = internetReachability(index, "i-web");
    expect(answer?.reachable).toBe(true);
    expect(answer?.path).toEqual([INTERNET_NODE_ID, "igw-1", "rtb-public", "subnet-public", "i-web"]);
  });

  it("leaves them private, the attachment named unknown (not detached), when it records none", () => {
    const index = indexTopology(withExternalGateway(false));
    expect(isSubnetPublic(index, index.subnets.get("subnet-public") as Subnet)).toBe(false);
    const answer = internetReachability(index, "i-web");
    expect(answer).toMatchObject({ reachable: false, unknown: true });
    const route = answer?.checks.find((c) => c.id === "route");
    expect(route).toMatchObject({ met: false, attachmentUnknown: true });
    expect(route).not.toHaveProperty("detached");
  });

  it("records the VPC only for the first resource with its id, never for a duplicate of a defined one", () => {
    const doc = vpc();
    doc.internetGateways = [
      { id: "igw-1", vpc: null },
      { id: "igw-1", external: true, vpc: "vpc-1" },
    ];
    const index = indexTopology(topology.parse(doc));
    expect(index.externalGatewayVpcs.size).toBe(0);
    expect(isSubnetPublic(index, index.subnets.get("subnet-public") as Subnet)).toBe(false);
  });
});

describe("an answer the document can't give (subnet, VPC or groups outside it)", () => {
  // What an AWS CLI bundle of describe-instances alone makes: the instance with its public address,
  // its subnet and security group as placeholders. AWS may well let the internet in: unknown, not no.
  const outside = (instance: Record<string, unknown>, extra: Partial<Record<string, unknown[]>> = {}) =>
    topology.parse({
      version: FORMAT_VERSION,
      regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
      vpcs: [{ id: "vpc-x", external: true }],
      subnets: [{ id: "subnet-x", external: true }],
      securityGroups: [{ id: "sg-x", external: true }],
      instances: [
        { id: "i-1", subnet: "subnet-x", instanceType: "t3.micro", securityGroups: ["sg-x"], ...instance },
      ],
      ...extra,
    });

  it("is unknown when every failing check is about a subnet, VPC or group outside the document", () => {
    const index = indexTopology(outside({ publicIp: true, state: "running" }));
    const answer = internetReachability(index, "i-1");
    expect(answer?.reachable).toBe(false);
    expect(answer?.unknown).toBe(true);
    expect(outboundReachability(index, "i-1")?.unknown).toBe(true);
  });

  it("is no when the document itself says no: no public address, or stopped", () => {
    expect(inbound(outside({ state: "running" }), "i-1").unknown).toBe(false);
    expect(inbound(outside({ publicIp: true, state: "stopped" }), "i-1").unknown).toBe(false);
    expect(outboundReachability(indexTopology(outside({ state: "stopped" })), "i-1")?.unknown).toBe(false);
  });

  it("is no for the document's own resources, and yes stays yes", () => {
    const doc = vpc();
    expect(inbound(doc, "i-app").unknown).toBe(false); // a private subnet the document defines
    expect(inbound(doc, "i-web")).toMatchObject({ reachable: true, unknown: false });
  });
});

describe("can this instance reach the internet?", () => {
  const cases: [string, (d: Topology) => void, string, boolean, string[], ("igw" | "nat" | undefined)?][] = [
    ["private subnet through the NAT gateway", () => {}, "i-app", true, [], "nat"],
    ["public web server, straight out", () => {}, "i-web", true, [], "igw"],
    [
      "the NAT gateway lost its Elastic IP",
      (d) => {
        d.elasticIps = [];
      },
      "i-app",
      false,
      ["nat"],
      "nat",
    ],
    [
      "a private NAT gateway never reaches the internet",
      (d) =>
        mutate(d.natGateways, "nat-1", (n) => {
          n.connectivity = "private";
        }),
      "i-app",
      false,
      ["nat"],
      "nat",
    ],
    [
      "the NAT gateway sits in a private subnet",
      (d) =>
        mutate(d.natGateways, "nat-1", (n) => {
          n.subnet = "subnet-db";
        }),
      "i-app",
      false,
      ["nat"],
      "nat",
    ],
    [
      "a stopped instance sends nothing",
      (d) =>
        mutate(d.instances, "i-app", (i) => {
          i.state = "stopped";
        }),
      "i-app",
      false,
      ["running"],
      "nat",
    ],
    [
      "no route for the internet at all",
      (d) =>
        mutate(d.routeTables, "rtb-main", (t) => {
          t.routes = [];
        }),
      "i-app",
      false,
      ["route"],
    ],
    ["outbound rules of an emptied group allow nothing", () => {}, "i-db", false, ["sg-egress"], "nat"],
    [
      "its subnet's ACL lets HTTPS out but not the replies back in",
      (d) =>
        withAcl(d, ["subnet-app"], [rule(100, "allow", "10.0.0.0/16")], [rule(100, "allow", "0.0.0.0/0")]),
      "i-app",
      false,
      ["acl"],
      "nat",
    ],
    [
      "the NAT gateway's subnet ACL drops the replies on the NAT's ports 1024-65535",
      (d) =>
        withAcl(
          d,
          ["subnet-public"],
          [rule(100, "allow", "10.0.0.0/16"), rule(110, "allow", "0.0.0.0/0", [32768, 65535])],
          [rule(100, "allow", "0.0.0.0/0")],
        ),
      "i-app",
      false,
      ["acl"],
      "nat",
    ],
  ];
  it.each(cases)("%s", (_name, change, id, reachable, failed, via) => {
    const d = vpc();
    change(d);
    const answer = outboundReachability(indexTopology(d), id);
    expect(answer?.reachable).toBe(reachable);
    expect(failing(answer?.checks ?? [])).toEqual(failed);
    expect(answer?.via).toBe(via);
  });

  it("checks both ACLs on the NAT path, in the order the packet crosses them", () => {
    const d = withAcl(
      vpc(),
      ["subnet-public"],
      [rule(100, "allow", "0.0.0.0/0")],
      [rule(100, "allow", "0.0.0.0/0")],
    );
    const answer = outboundReachability(indexTopology(d), "i-app");
    const acls = answer?.checks.filter((c) => c.id === "acl") ?? [];
    expect(acls.map((c) => c.decider)).toEqual(["subnet-app", "acl-1"]);
    const nat = acls[1];
    if (nat?.id !== "acl") throw new Error("no NAT acl");
    expect(nat.legs.map((l) => `${l.direction} ${l.ports.from}-${l.ports.to} ${l.peer.kind}`)).toEqual([
      "in 443-443 subnet",
      "out 443-443 internet",
      "in 1024-65535 internet",
      "out 1024-65535 subnet",
    ]);
    expect(answer?.path).toEqual([
      "i-app",
      "subnet-app",
      "rtb-main",
      "nat-1",
      "subnet-public",
      "rtb-public",
      "acl-1",
      "igw-1",
      INTERNET_NODE_ID,
    ]);
  });

  it("takes any port and protocol: UDP 123 (NTP) through the NAT gateway", () => {
    const d = withAcl(
      vpc(),
      ["subnet-app"],
      [rule(100, "allow", "0.0.0.0/0", [1024, 65535], "udp")],
      [rule(100, "allow", "0.0.0.0/0", [123, 123], "udp")],
    );
    const index = indexTopology(d);
    expect(outboundReachability(index, "i-app", { protocol: "udp", port: 123 })?.reachable).toBe(true);
    expect(outboundReachability(index, "i-app", { protocol: "tcp", port: 443 })?.reachable).toBe(false);
  });

  it("an egress rule to one range reaches that range only", () => {
    const d = vpc();
    mutate(d.securityGroups, "sg-web", (g) => {
      g.egress = [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "198.51.100.0/24" }];
    });
    expect(outboundReachability(indexTopology(d), "i-web")?.to).toEqual({
      kind: "ranges",
      cidrs: ["198.51.100.0/24"],
    });
  });
});

describe("can instance A reach instance B on a port?", () => {
  const cases: [string, (d: Topology) => void, string, string, number, boolean, string[]][] = [
    ["web → app on 8080: app's group admits web's group", () => {}, "i-web", "i-app", 8080, true, []],
    ["app → db on 5432 through a group reference", () => {}, "i-app", "i-db", 5432, true, []],
    ["web → db on 5432: db admits app's group only", () => {}, "i-web", "i-db", 5432, false, ["sg-ingress"]],
    ["app → db on 22: no rule for the port", () => {}, "i-app", "i-db", 22, false, ["sg-ingress"]],
    [
      "db → app: db's group allows nothing out",
      () => {},
      "i-db",
      "i-app",
      8080,
      false,
      ["sg-egress", "sg-ingress"],
    ],
    [
      "a CIDR rule holding the source's whole subnet admits it",
      (d) =>
        mutate(d.securityGroups, "sg-db", (g) => {
          g.ingress = [{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidr: "10.0.1.0/24" }];
        }),
      "i-web",
      "i-db",
      5432,
      true,
      [],
    ],
    [
      "a CIDR rule holding part of the source's subnet can't be relied on",
      (d) =>
        mutate(d.securityGroups, "sg-db", (g) => {
          g.ingress = [{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidr: "10.0.1.0/25" }];
        }),
      "i-web",
      "i-db",
      5432,
      false,
      ["sg-ingress"],
    ],
    [
      "both subnets' ACLs are crossed: the db subnet's ACL denies the app subnet",
      (d) =>
        withAcl(
          d,
          ["subnet-db"],
          [rule(50, "deny", "10.0.2.0/24"), rule(100, "allow", "0.0.0.0/0")],
          [rule(100, "allow", "0.0.0.0/0")],
        ),
      "i-app",
      "i-db",
      5432,
      false,
      ["acl"],
    ],
    [
      "inside one subnet no ACL is evaluated, even a deny-all one",
      (d) => {
        mutate(d.securityGroups, "sg-db", (g) => {
          g.egress = undefined;
        });
        withAcl(d, ["subnet-app"], [], []);
      },
      "i-app-2",
      "i-app",
      8080,
      false,
      ["sg-ingress"],
    ],
    [
      "different VPCs: no peering in the model",
      (d) => {
        d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" });
        mutate(d.subnets, "subnet-db", (s) => {
          s.vpc = "vpc-2";
          s.cidrBlock = "10.1.3.0/24";
        });
      },
      "i-app",
      "i-db",
      5432,
      false,
      ["same-vpc"],
    ],
  ];
  it.each(cases)("%s", (_name, change, a, b, port, reachable, failed) => {
    const d = vpc();
    change(d);
    const answer = instanceReachability(indexTopology(d), a, b, { protocol: "tcp", port });
    expect(failing(answer?.checks ?? [])).toEqual(failed);
    expect(answer?.reachable).toBe(reachable);
  });

  it("says an ACL is not evaluated inside one subnet", () => {
    const d = withAcl(vpc(), ["subnet-app"], [], []);
    mutate(d.securityGroups, "sg-db", (g) => {
      g.egress = undefined;
      g.ingress.push({ protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroup: "sg-db" });
    });
    const answer = instanceReachability(indexTopology(d), "i-app-2", "i-app", {
      protocol: "tcp",
      port: 8080,
    });
    expect(answer?.checks.find((c) => c.id === "acl")).toMatchObject({
      met: true,
      sameSubnet: true,
      legs: [],
    });
  });

  it("with different subnets, checks A's ACL and B's ACL, and highlights both", () => {
    const d = withAcl(
      vpc(),
      ["subnet-db"],
      [rule(100, "allow", "0.0.0.0/0")],
      [rule(100, "allow", "0.0.0.0/0")],
    );
    const answer = instanceReachability(indexTopology(d), "i-app", "i-db", { protocol: "tcp", port: 5432 });
    expect(answer?.checks.filter((c) => c.id === "acl").map((c) => c.decider)).toEqual([
      "subnet-app",
      "acl-1",
    ]);
    expect(answer?.path).toEqual(["i-app", "subnet-app", "rtb-main", "acl-1", "subnet-db", "i-db"]);
  });
});

describe("network ACL evaluation", () => {
  it("is first match by rule number, whatever the list order", () => {
    const rules = [rule(200, "allow", "0.0.0.0/0"), rule(100, "deny", "0.0.0.0/0", [22, 22])];
    const ssh = evaluateAcl(rules, { protocol: "tcp", from: 22, to: 22 }, INTERNET_ADDRESSES);
    expect(ssh.allowedSome).toEqual([]);
    expect(ssh.denyRules).toEqual([100]);
    const web = evaluateAcl(rules, { protocol: "tcp", from: 80, to: 80 }, INTERNET_ADDRESSES);
    expect(web.allowed).toEqual(INTERNET_ADDRESSES);
    expect(web.allowRules).toEqual([200]);
  });

  it("ends with the * rule, which denies what nothing matched", () => {
    const r = evaluateAcl(
      [rule(100, "allow", "0.0.0.0/0", [443, 443])],
      { protocol: "tcp", ...EPHEMERAL },
      INTERNET_ADDRESSES,
    );
    expect(r.allowedSome).toEqual([]);
    expect(r.denyRules).toEqual(["*"]);
  });

  it("finds the allowed part of a port range (AWS's 32768-65535 example)", () => {
    const r = evaluateAcl(
      [rule(140, "allow", "0.0.0.0/0", [32768, 65535])],
      { protocol: "tcp", ...EPHEMERAL },
      INTERNET_ADDRESSES,
    );
    expect(r.portsAllowed).toEqual([{ from: 32768, to: 65535 }]);
    expect(r.allowed).toEqual([]);
    expect(r.allowedSome).toEqual(INTERNET_ADDRESSES);
  });

  const aclRule = fc.record({
    ruleNumber: fc.integer({ min: 2, max: 300 }),
    action: fc.constantFrom<"allow" | "deny">("allow", "deny"),
    protocol: fc.constantFrom<AclRule["protocol"]>("tcp", "udp", "-1"),
    cidr: fc.constantFrom("0.0.0.0/0", "203.0.113.0/24", "10.0.0.0/8", "0.0.0.0/1", "198.51.100.7/32"),
    ports: fc.option(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 65535 }))),
  });
  type Drawn = {
    ruleNumber: number;
    action: "allow" | "deny";
    protocol: AclRule["protocol"];
    cidr: string;
    ports: [number, number] | null;
  };
  const build = (rs: Drawn[]): AclRule[] => {
    const seen = new Set<number>();
    return rs.flatMap((r) => {
      if (seen.has(r.ruleNumber)) return [];
      seen.add(r.ruleNumber);
      const ports = r.ports ? ([Math.min(...r.ports), Math.max(...r.ports)] as [number, number]) : undefined;
      return [rule(r.ruleNumber, r.action, r.cidr, ports, r.protocol)];
    });
  };

  it("adding a deny-all rule with a lower number never makes anything reachable (property)", () => {
    fc.assert(
      fc.property(
        fc.array(aclRule, { maxLength: 6 }),
        fc.array(aclRule, { maxLength: 6 }),
        fc.integer({ min: 0, max: 2 }),
        (ins, outs, which) => {
          const d = withAcl(vpc(), ["subnet-public"], build(ins), build(outs));
          const before = inbound(d, "i-web");
          const acl = d.networkAcls[0];
          if (!acl || acl.external === true) throw new Error("no acl");
          const deny = rule(1, "deny", "0.0.0.0/0");
          if (which === 0) acl.ingress.push(deny);
          else if (which === 1) acl.egress.push(deny);
          else {
            acl.ingress.push(deny);
            acl.egress.push(deny);
          }
          const after = inbound(d, "i-web");
          expect(after.reachable).toBe(false);
          for (const [i, p] of after.ports.entries())
            if (p.reachable) expect(before.ports[i]?.reachable).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a lower-numbered deny for some range never widens who gets through (property)", () => {
    fc.assert(
      fc.property(
        fc.array(aclRule, { maxLength: 6 }),
        fc.constantFrom("203.0.113.0/24", "0.0.0.0/1", "198.51.100.7/32"),
        (ins, cidr) => {
          const rules = build(ins);
          const ports = { protocol: "tcp" as const, from: 80, to: 80 };
          const before = evaluateAcl(rules, ports, INTERNET_ADDRESSES);
          const after = evaluateAcl([rule(1, "deny", cidr), ...rules], ports, INTERNET_ADDRESSES);
          // Everything allowed after was allowed before, and the denied block is gone.
          expect(covers(before.allowedSome, after.allowedSome)).toBe(true);
          expect(intersect(after.allowedSome, fromCidrText(cidr))).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("invariants over the questions", () => {
  interface Change {
    state: "running" | "stopped";
    publicIp: boolean;
    eip: boolean;
    natPrivate: boolean;
    natEip: boolean;
    attached: boolean;
  }
  const change: fc.Arbitrary<Change> = fc.record({
    state: fc.constantFrom<"running" | "stopped">("running", "stopped"),
    publicIp: fc.boolean(),
    eip: fc.boolean(),
    natPrivate: fc.boolean(),
    natEip: fc.boolean(),
    attached: fc.boolean(),
  });
  const apply = (d: Topology, c: Change) => {
    for (const i of d.instances) if (i.external !== true) i.state = c.state;
    mutate(d.instances, "i-web", (i) => {
      i.publicIp = c.publicIp;
    });
    if (c.eip) d.elasticIps.push({ id: "eipalloc-web", instance: "i-web" });
    if (!c.natEip) d.elasticIps = d.elasticIps.filter((e) => e.id !== "eipalloc-nat");
    mutate(d.natGateways, "nat-1", (n) => {
      n.connectivity = c.natPrivate ? "private" : "public";
    });
    mutate(d.internetGateways, "igw-1", (g) => {
      g.vpc = c.attached ? "vpc-1" : null;
    });
    return d;
  };

  it("removing the route to the internet gateway makes nothing internet-reachable", () => {
    fc.assert(
      fc.property(change, (c) => {
        const d = apply(vpc(), c);
        mutate(d.routeTables, "rtb-public", (t) => {
          t.routes = [];
        });
        const index = indexTopology(d);
        for (const i of d.instances) {
          expect(internetReachability(index, i.id)?.reachable).toBe(false);
          expect(outboundReachability(index, i.id)?.reachable).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("an answer is yes only when every check is met, and a stopped instance is never reachable", () => {
    fc.assert(
      fc.property(change, (c) => {
        const d = apply(vpc(), c);
        const index = indexTopology(d);
        for (const i of d.instances) {
          const inb = internetReachability(index, i.id);
          const out = outboundReachability(index, i.id);
          if (inb?.reachable) expect(inb.checks.every((x) => x.met)).toBe(true);
          if (out?.reachable) expect(out.checks.every((x) => x.met)).toBe(true);
          if (c.state === "stopped") {
            expect(inb?.reachable).toBe(false);
            expect(out?.reachable).toBe(false);
          }
          for (const j of d.instances) {
            if (i.id === j.id) continue;
            const peer = instanceReachability(index, i.id, j.id, { protocol: "tcp", port: 8080 });
            expect(peer?.reachable).toBe(peer?.checks.every((x) => x.met));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("coversWholeInternet", () => {
  it("is true only for a /0 block", () => {
    expect(coversWholeInternet("0.0.0.0/0")).toBe(true);
    expect(coversWholeInternet("0.0.0.0/1")).toBe(false);
    expect(coversWholeInternet("not a cidr")).toBe(false);
  });
});

describe("subnetReachability", () => {
  it("public, private, and public without a gateway", () => {
    const d = vpc();
    const index = indexTopology(d);
    expect(subnetReachability(index, "subnet-public")?.exposure).toBe("public");
    expect(subnetReachability(index, "subnet-app")?.exposure).toBe("private");
    mutate(d.internetGateways, "igw-1", (g) => {
      g.vpc = null;
    });
    expect(subnetReachability(indexTopology(d), "subnet-public")).toMatchObject({
      exposure: "public-without-gateway",
      publicFlag: true,
    });
    expect(subnetReachability(index, "nope")).toBeUndefined();
  });

  it("unknown when the subnet's routes are outside the document (no table here, its VPC outside)", () => {
    const index = indexTopology(outsideVpcTopology());
    expect(subnetReachability(index, "subnet-priv")?.exposure).toBe("unknown");
    expect(subnetReachability(index, "subnet-pub")?.exposure).toBe("public");
  });
});

// AWS (VPC User Guide, "Default security groups for your VPCs"): an instance launched without a
// security group is associated with its VPC's default group, whose default rules admit all traffic
// from members of that same group and let all traffic out; they admit nothing from the internet.
describe("an instance that lists no security group is in its VPC's default security group", () => {
  /** The documented VPC plus bare instances (no securityGroups) in the public and private subnets. */
  function bare(): Topology {
    const d = vpc();
    d.instances.push(
      { id: "i-bare-web", subnet: "subnet-public", instanceType: "t3.micro", publicIp: true },
      { id: "i-bare-app", subnet: "subnet-app", instanceType: "t3.micro", securityGroups: [] },
      { id: "i-bare-db", subnet: "subnet-db", instanceType: "t3.micro" },
    );
    return d;
  }
  const peer = (d: Topology, a: string, b: string, traffic: Traffic = { protocol: "tcp", port: 5432 }) => {
    const answer = instanceReachability(indexTopology(d), a, b, traffic);
    if (!answer) throw new Error(`no answer for ${a} → ${b}`);
    return answer;
  };
  const sg = (checks: readonly ReachCheck[], id: "sg-ingress" | "sg-egress") =>
    checks.find((c): c is Extract<ReachCheck, { id: typeof id }> => c.id === id);

  it("the internet gets nothing in, on any port, even with a public address in a public subnet", () => {
    const answer = inbound(bare(), "i-bare-web");
    expect(answer.reachable).toBe(false);
    expect(answer.unknown).toBe(false);
    expect(answer.ports).toEqual([]);
    // Said once among the checks every port needs, decided by the VPC whose default group it is.
    expect(failing(answer.checks)).toEqual(["sg-ingress"]);
    expect(sg(answer.checks, "sg-ingress")).toMatchObject({
      decider: "vpc-1",
      groups: [],
      vpcDefault: { vpc: "vpc-1" },
      admitted: { kind: "none" },
    });
    // Asked about one port, that port's own check says it.
    const asked = internetReachability(indexTopology(bare()), "i-bare-web", { protocol: "tcp", port: 22 });
    expect(asked?.ports[0]?.reachable).toBe(false);
    expect(asked?.ports[0]?.checks[0]).toMatchObject({
      id: "sg-ingress",
      met: false,
      vpcDefault: { vpc: "vpc-1" },
    });
    expect(asked?.checks.some((c) => c.id === "sg-ingress")).toBe(false);
  });

  it("everything goes out: straight through the internet gateway, or through the NAT gateway", () => {
    const index = indexTopology(bare());
    const web = outboundReachability(index, "i-bare-web");
    expect(web).toMatchObject({ reachable: true, via: "igw", to: { kind: "anywhere" } });
    expect(sg(web?.checks ?? [], "sg-egress")).toMatchObject({
      met: true,
      by: "default",
      vpcDefault: { vpc: "vpc-1" },
    });
    for (const traffic of [
      { protocol: "udp" as const, port: 53 },
      { protocol: "tcp" as const, port: 25 },
    ])
      expect(outboundReachability(index, "i-bare-app", traffic)).toMatchObject({
        reachable: true,
        via: "nat",
      });
    // The rest of the way still counts: without the NAT gateway's route the private one can't go out.
    const d = bare();
    mutate(d.routeTables, "rtb-main", (t) => {
      t.routes = [];
    });
    const cut = outboundReachability(indexTopology(d), "i-bare-app");
    expect(cut?.reachable).toBe(false);
    expect(failing(cut?.checks ?? [])).toEqual(["route"]);
  });

  it("two instances that both list none, in one VPC, reach each other on every port, across subnets", () => {
    const d = bare();
    for (const [a, b] of [
      ["i-bare-app", "i-bare-db"],
      ["i-bare-db", "i-bare-web"],
      ["i-bare-web", "i-bare-app"],
    ] as const) {
      const answer = peer(d, a, b);
      expect(answer.reachable, `${a} → ${b}`).toBe(true);
      expect(sg(answer.checks, "sg-ingress")).toMatchObject({
        by: "group",
        decider: "vpc-1",
        vpcDefault: { vpc: "vpc-1" },
      });
    }
  });

  it("one with groups of its own and one without: each side's rules decide", () => {
    const d = bare();
    // sg-web lets everything out by default, but the bare instance's default group admits only its members.
    const intoBare = peer(d, "i-web", "i-bare-app", { protocol: "tcp", port: 8080 });
    expect(intoBare.reachable).toBe(false);
    expect(failing(intoBare.checks)).toEqual(["sg-ingress"]);
    // The bare instance's default group lets it out; sg-web admits port 80 from everywhere.
    expect(peer(d, "i-bare-app", "i-web", { protocol: "tcp", port: 80 }).reachable).toBe(true);
    // sg-app admits 8080 only from members of sg-web: not from the default group.
    const intoApp = peer(d, "i-bare-web", "i-app", { protocol: "tcp", port: 8080 });
    expect(intoApp.reachable).toBe(false);
    expect(failing(intoApp.checks)).toEqual(["sg-ingress"]);
    // sg-db lets nothing out (egress: []), whatever the bare instance's group would admit.
    expect(failing(peer(d, "i-db", "i-bare-app").checks)).toEqual(["sg-egress", "sg-ingress"]);
  });

  it("each VPC has its own default group: bare instances in two VPCs are not in the same one", () => {
    const d = bare();
    d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" });
    d.subnets.push({
      id: "subnet-2",
      vpc: "vpc-2",
      availabilityZone: "ap-northeast-2a",
      cidrBlock: "10.1.0.0/24",
    });
    d.instances.push({ id: "i-bare-2", subnet: "subnet-2", instanceType: "t3.micro" });
    const answer = peer(d, "i-bare-app", "i-bare-2");
    expect(answer.reachable).toBe(false);
    expect(failing(answer.checks)).toEqual(["same-vpc", "sg-ingress"]);
    expect(sg(answer.checks, "sg-ingress")?.vpcDefault).toEqual({ vpc: "vpc-2" });
  });

  it("listed groups the document doesn't define are not the default group", () => {
    const d = bare();
    mutate(d.instances, "i-bare-app", (i) => {
      i.securityGroups = ["sg-elsewhere"];
    });
    const index = indexTopology(d);
    expect(
      sg(outboundReachability(index, "i-bare-app")?.checks ?? [], "sg-egress")?.vpcDefault,
    ).toBeUndefined();
    expect(peer(d, "i-bare-db", "i-bare-app").reachable).toBe(false);
  });

  it("between two bare instances of one VPC, every protocol and port passes the security groups", () => {
    const d = bare();
    fc.assert(
      fc.property(
        fc.constantFrom("tcp" as const, "udp" as const, "icmp" as const),
        fc.integer({ min: 0, max: 65535 }),
        (protocol, port) => {
          const checks = peer(d, "i-bare-app", "i-bare-db", { protocol, port }).checks;
          return sg(checks, "sg-egress")?.met === true && sg(checks, "sg-ingress")?.met === true;
        },
      ),
      { numRuns: 50 },
    );
  });
});

// The file may describe the VPC's default group (`default: true`): an instance that lists no group is
// judged by that group's rules as written, not by AWS's default ones.
describe("an instance that lists no security group, in a VPC whose default group the document defines", () => {
  /** vpc() with the VPC's default group (SSH from the office, members of itself, nothing out) and bare instances. */
  function described(): Topology {
    const d = vpc();
    d.securityGroups.push({
      id: "sg-default",
      vpc: "vpc-1",
      default: true,
      ingress: [
        { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "198.51.100.0/24" },
        { protocol: "-1", securityGroup: "sg-default" },
      ],
      egress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroup: "sg-db" }],
    });
    d.instances.push(
      { id: "i-bare-web", subnet: "subnet-public", instanceType: "t3.micro", publicIp: true },
      { id: "i-bare-app", subnet: "subnet-app", instanceType: "t3.micro" },
      { id: "i-named", subnet: "subnet-app", instanceType: "t3.micro", securityGroups: ["sg-default"] },
    );
    return d;
  }
  const sg = (checks: readonly ReachCheck[], id: "sg-ingress" | "sg-egress") =>
    checks.find((c): c is Extract<ReachCheck, { id: typeof id }> => c.id === id);

  it("the internet gets in where the default group's rules say, and nowhere else", () => {
    const answer = inbound(described(), "i-bare-web");
    expect(answer.reachable).toBe(true);
    expect(answer.checks.some((c) => c.id === "sg-ingress")).toBe(false);
    expect(answer.ports.map((p) => [p.ports.from, p.reachable, p.from])).toEqual([
      [22, true, { kind: "ranges", cidrs: ["198.51.100.0/24"] }],
    ]);
    expect(answer.ports[0]?.checks[0]).toMatchObject({
      id: "sg-ingress",
      groups: ["sg-default"],
      defaultGroup: "sg-default",
    });
    expect(answer.ports[0]?.checks[0]).not.toHaveProperty("vpcDefault");
  });

  it("goes out only where the default group's outbound rules let it (here: nowhere on the internet)", () => {
    const out = outboundReachability(indexTopology(described()), "i-bare-app");
    expect(out?.reachable).toBe(false);
    expect(out?.unknown).toBe(false);
    expect(failing(out?.checks ?? [])).toEqual(["sg-egress"]);
    expect(sg(out?.checks ?? [], "sg-egress")).toMatchObject({
      groups: ["sg-default"],
      defaultGroup: "sg-default",
    });
  });

  it("between instances: members of the default group, listed or not, are admitted by its self rule", () => {
    const index = indexTopology(described());
    const pg = { protocol: "tcp" as const, port: 5432 };
    const into = instanceReachability(index, "i-named", "i-bare-app", { protocol: "tcp", port: 9000 });
    expect(sg(into?.checks ?? [], "sg-ingress")).toMatchObject({
      met: true,
      by: "group",
      defaultGroup: "sg-default",
    });
    // The default group's egress lets 5432 out to sg-db only; sg-db admits 5432 from sg-app only.
    const toDb = instanceReachability(index, "i-bare-app", "i-db", pg);
    expect(sg(toDb?.checks ?? [], "sg-egress")?.met).toBe(true);
    expect(failing(toDb?.checks ?? [])).toEqual(["sg-ingress"]);
    // Its egress doesn't reach sg-web's members.
    const toWeb = instanceReachability(index, "i-bare-app", "i-web", { protocol: "tcp", port: 80 });
    expect(failing(toWeb?.checks ?? [])).toEqual(["sg-egress"]);
    // Someone outside the group is not admitted on 9000 (only members, and SSH from the office range).
    expect(
      failing(
        instanceReachability(index, "i-app", "i-bare-app", { protocol: "tcp", port: 9000 })?.checks ?? [],
      ),
    ).toEqual(["sg-ingress"]);
  });

  it("an external group marked default doesn't count: AWS's default rules, as without one", () => {
    const d = described();
    d.securityGroups = d.securityGroups.filter((g) => g.id !== "sg-default");
    d.securityGroups.push({ id: "sg-default", external: true, default: true, vpc: "vpc-1" } as never);
    d.instances = d.instances.filter((i) => i.id !== "i-named");
    const out = outboundReachability(indexTopology(d), "i-bare-app");
    expect(sg(out?.checks ?? [], "sg-egress")).toMatchObject({ met: true, vpcDefault: { vpc: "vpc-1" } });
  });
});

describe("an instance whose security groups are all outside the document", () => {
  function outside(): Topology {
    const d = vpc();
    d.securityGroups.push({ id: "sg-elsewhere", external: true } as never);
    mutate(d.instances, "i-web", (i) => {
      i.securityGroups = ["sg-elsewhere"];
    });
    return d;
  }
  it("going out to the internet is unknown, as coming in is", () => {
    const index = indexTopology(outside());
    const out = outboundReachability(index, "i-web");
    expect(out).toMatchObject({ reachable: false, unknown: true });
    expect(failing(out?.checks ?? [])).toEqual(["sg-egress"]);
    expect(internetReachability(index, "i-web")?.unknown).toBe(true);
  });
  it("a failure of its own besides (no route out) is not unknown", () => {
    const d = outside();
    mutate(d.routeTables, "rtb-public", (t) => {
      t.routes = [];
    });
    expect(outboundReachability(indexTopology(d), "i-web")?.unknown).toBe(false);
  });
  // AWS aggregates the rules of every group an instance has ("the rules from each security group are
  // effectively aggregated to create one set of rules", EC2 User Guide, security groups): what the
  // group in the document doesn't allow, the one outside may.
  it("one group in the document and one outside: what the one in it doesn't allow is unknown, not no", () => {
    const d = outside();
    mutate(d.instances, "i-web", (i) => {
      i.securityGroups = ["sg-elsewhere", "sg-db"];
    });
    const index = indexTopology(d);
    const out = outboundReachability(index, "i-web");
    expect(out).toMatchObject({ reachable: false, unknown: true });
    expect(failing(out?.checks ?? [])).toEqual(["sg-egress"]);
    const inbound = internetReachability(index, "i-web");
    expect(inbound).toMatchObject({ reachable: false, unknown: true });
    expect(groupsOutside(index, index.instances.get("i-web") as never)).toBe("some");
  });
  it("one group in the document that lets it out, one outside: reachable, as the one it has decides", () => {
    const d = outside();
    mutate(d.instances, "i-web", (i) => {
      i.securityGroups = ["sg-elsewhere", "sg-web"];
    });
    const out = outboundReachability(indexTopology(d), "i-web");
    expect(out).toMatchObject({ reachable: true });
  });
});

describe("listing no group in a VPC whose default group the document defines is listing that group", () => {
  const RULES: SecurityGroupRule[] = [
    { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "198.51.100.0/24" },
    { protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" },
    { protocol: "-1", securityGroup: "sg-default" },
    { protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroup: "sg-db" },
    { protocol: "udp", fromPort: 53, toPort: 53, cidr: "10.0.0.0/8" },
  ];
  it("gives the same reachable/unknown answers to every question, whatever the group's rules", () => {
    fc.assert(
      fc.property(
        fc.subarray(RULES),
        fc.option(fc.subarray(RULES), { nil: undefined }),
        fc.constantFrom("tcp" as const, "udp" as const),
        fc.constantFrom(22, 53, 443, 5432, 8080),
        (ingress, egress, protocol, port) => {
          const answers = (listed: boolean) => {
            const d = vpc();
            d.securityGroups.push({
              id: "sg-default",
              vpc: "vpc-1",
              default: true,
              ingress,
              ...(egress === undefined ? {} : { egress }),
            });
            d.instances.push(
              {
                id: "i-x",
                subnet: "subnet-public",
                instanceType: "t3.micro",
                publicIp: true,
                ...(listed ? { securityGroups: ["sg-default"] } : {}),
              },
              {
                id: "i-y",
                subnet: "subnet-app",
                instanceType: "t3.micro",
                ...(listed ? { securityGroups: ["sg-default"] } : {}),
              },
            );
            const index = indexTopology(d);
            const traffic = { protocol, port };
            const brief = (a: { reachable: boolean; unknown?: boolean } | undefined) => [
              a?.reachable,
              a?.unknown,
            ];
            return [
              brief(internetReachability(index, "i-x", traffic)),
              brief(outboundReachability(index, "i-y", traffic)),
              brief(instanceReachability(index, "i-x", "i-y", traffic)),
              brief(instanceReachability(index, "i-y", "i-x", traffic)),
              brief(instanceReachability(index, "i-app", "i-y", traffic)),
              brief(instanceReachability(index, "i-y", "i-db", traffic)),
            ];
          };
          expect(answers(false)).toEqual(answers(true));
        },
      ),
      { numRuns: 100 },
    );
  });
});
