import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import {
  coversWholeInternet,
  INTERNET_NODE_ID,
  internetReachability,
  type ReachabilityStep,
  subnetReachability,
} from "./reachability.ts";
import { FORMAT_VERSION, type SecurityGroupRule, type Topology, topology } from "./schema.ts";
import { indexTopology } from "./topology-index.ts";

type Rules = "open" | "closed" | "absent";

interface Scenario {
  gatewayAttached: boolean;
  publicSubnet: boolean;
  publicIp: boolean;
  rules: Rules;
}

const OPEN_HTTP: SecurityGroupRule = { protocol: "tcp", fromPort: 80, toPort: 80, cidr: "0.0.0.0/0" };
const OFFICE_SSH: SecurityGroupRule = { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "203.0.113.0/24" };

function build(s: Scenario): Topology {
  return topology.parse({
    version: FORMAT_VERSION,
    regions: [{ id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a"] }],
    vpcs: [{ id: "vpc-1", region: "ap-northeast-2", cidrBlock: "10.0.0.0/16" }],
    internetGateways: [{ id: "igw-1", vpc: s.gatewayAttached ? "vpc-1" : null }],
    subnets: [
      {
        id: "subnet-1",
        vpc: "vpc-1",
        availabilityZone: "ap-northeast-2a",
        cidrBlock: "10.0.1.0/24",
      },
    ],
    // A public subnet is one whose route table sends 0.0.0.0/0 to the internet gateway.
    routeTables: s.publicSubnet
      ? [
          {
            id: "rtb-1",
            vpc: "vpc-1",
            subnets: ["subnet-1"],
            routes: [{ destination: "0.0.0.0/0", target: "igw-1" }],
          },
        ]
      : [],
    securityGroups:
      s.rules === "absent"
        ? []
        : [
            {
              id: "sg-1",
              vpc: "vpc-1",
              ingress: s.rules === "open" ? [OFFICE_SSH, OPEN_HTTP] : [OFFICE_SSH],
            },
          ],
    instances: [
      {
        id: "i-1",
        subnet: "subnet-1",
        instanceType: "t3.micro",
        publicIp: s.publicIp,
        ...(s.rules === "absent" ? {} : { securityGroups: ["sg-1"] }),
      },
    ],
  });
}

function reach(doc: Topology, id = "i-1") {
  const result = internetReachability(doc, indexTopology(doc), id);
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}

function step<I extends ReachabilityStep["id"]>(steps: ReachabilityStep[], id: I) {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`missing step ${id}`);
  return found as Extract<ReachabilityStep, { id: I }>;
}

const scenarios: Scenario[] = [];
for (const gatewayAttached of [true, false])
  for (const publicSubnet of [true, false])
    for (const publicIp of [true, false])
      for (const rules of ["open", "closed", "absent"] as const)
        scenarios.push({ gatewayAttached, publicSubnet, publicIp, rules });

describe("internetReachability: every combination", () => {
  it.each(scenarios)(
    "gateway $gatewayAttached, public subnet $publicSubnet, public IP $publicIp, rules $rules",
    (s) => {
      const r = reach(build(s));
      expect(r.steps.map((x) => x.id)).toEqual(["igw-attached", "subnet-public", "public-ip", "sg-allows"]);
      expect(step(r.steps, "igw-attached").met).toBe(s.gatewayAttached);
      expect(step(r.steps, "subnet-public").met).toBe(s.publicSubnet);
      expect(step(r.steps, "public-ip").met).toBe(s.publicIp);
      expect(step(r.steps, "sg-allows").met).toBe(s.rules === "open");
      expect(r.reachable).toBe(s.gatewayAttached && s.publicSubnet && s.publicIp && s.rules === "open");
      expect(r.path).toEqual(
        s.gatewayAttached
          ? [INTERNET_NODE_ID, "igw-1", "subnet-1", "i-1"]
          : [INTERNET_NODE_ID, "subnet-1", "i-1"],
      );
    },
  );
});

describe("internetReachability: details", () => {
  it("names the gateway, the subnet and the VPC it checked", () => {
    const r = reach(build({ gatewayAttached: true, publicSubnet: true, publicIp: true, rules: "open" }));
    expect(step(r.steps, "igw-attached")).toMatchObject({ gateway: "igw-1", vpc: "vpc-1" });
    expect(step(r.steps, "subnet-public")).toMatchObject({ subnet: "subnet-1" });
  });

  it("lists only rules open to 0.0.0.0/0, with their group and position", () => {
    const r = reach(build({ gatewayAttached: true, publicSubnet: true, publicIp: true, rules: "open" }));
    const sg = step(r.steps, "sg-allows");
    expect(sg.securityGroups).toEqual(["sg-1"]);
    expect(sg.openings).toEqual([
      { securityGroup: "sg-1", ruleIndex: 1, protocol: "tcp", fromPort: 80, toPort: 80 },
    ]);
  });

  it("distinguishes closed groups from no group at all", () => {
    const closed = step(
      reach(build({ gatewayAttached: true, publicSubnet: true, publicIp: true, rules: "closed" })).steps,
      "sg-allows",
    );
    const absent = step(
      reach(build({ gatewayAttached: true, publicSubnet: true, publicIp: true, rules: "absent" })).steps,
      "sg-allows",
    );
    expect(closed.securityGroups).toEqual(["sg-1"]);
    expect(closed.openings).toEqual([]);
    expect(absent.securityGroups).toEqual([]);
  });

  it("treats protocol -1 from anywhere as an opening and gathers rules across groups", () => {
    const doc = build({ gatewayAttached: true, publicSubnet: true, publicIp: true, rules: "closed" });
    doc.securityGroups.push({
      id: "sg-2",
      vpc: "vpc-1",
      ingress: [{ protocol: "-1", cidr: "0.0.0.0/0", description: "everything" }],
    });
    const instance = doc.instances[0];
    if (instance) instance.securityGroups = ["sg-1", "sg-2", "sg-missing"];
    const r = reach(doc);
    const sg = step(r.steps, "sg-allows");
    expect(r.reachable).toBe(true);
    expect(sg.securityGroups).toEqual(["sg-1", "sg-2"]);
    expect(sg.openings).toEqual([
      { securityGroup: "sg-2", ruleIndex: 0, protocol: "-1", description: "everything" },
    ]);
  });

  it("returns undefined for an id that is not an instance", () => {
    const doc = build({ gatewayAttached: true, publicSubnet: true, publicIp: true, rules: "open" });
    expect(internetReachability(doc, indexTopology(doc), "subnet-1")).toBeUndefined();
  });

  it("says the seed example's web server is reachable, and not once its gateway is detached", () => {
    const doc = topology.parse(seed);
    expect(reach(doc, "i-web-1").reachable).toBe(true);
    const gateway = doc.internetGateways[0];
    if (gateway) gateway.vpc = null;
    const r = reach(doc, "i-web-1");
    expect(r.reachable).toBe(false);
    expect(r.steps.filter((s) => !s.met).map((s) => s.id)).toEqual(["igw-attached"]);
  });

  it("reachable exactly when every step is met, whatever the scenario", () => {
    fc.assert(
      fc.property(
        fc.record({
          gatewayAttached: fc.boolean(),
          publicSubnet: fc.boolean(),
          publicIp: fc.boolean(),
          rules: fc.constantFrom<Rules>("open", "closed", "absent"),
        }),
        (s) => {
          const r = reach(build(s));
          expect(r.reachable).toBe(r.steps.every((x) => x.met));
          expect(r.path[0]).toBe(INTERNET_NODE_ID);
          expect(r.path.at(-1)).toBe("i-1");
        },
      ),
    );
  });
});

describe("coversWholeInternet", () => {
  it("is true only for a /0 block", () => {
    expect(coversWholeInternet("0.0.0.0/0")).toBe(true);
    expect(coversWholeInternet("0.0.0.0/1")).toBe(false);
    expect(coversWholeInternet("10.0.0.0/8")).toBe(false);
    expect(coversWholeInternet("not a cidr")).toBe(false);
  });
});

describe("subnetReachability", () => {
  it.each([
    [true, true, "public"],
    [true, false, "public-without-gateway"],
    [false, true, "private"],
    [false, false, "private"],
  ] as const)("public flag %s, gateway attached %s -> %s", (publicSubnet, gatewayAttached, exposure) => {
    const doc = build({ gatewayAttached, publicSubnet, publicIp: false, rules: "absent" });
    const r = subnetReachability(indexTopology(doc), "subnet-1");
    expect(r?.exposure).toBe(exposure);
    expect(r?.publicFlag).toBe(publicSubnet);
    expect(r?.gateway).toBe(gatewayAttached ? "igw-1" : undefined);
  });

  it("returns undefined for an unknown subnet", () => {
    const doc = build({ gatewayAttached: true, publicSubnet: true, publicIp: false, rules: "absent" });
    expect(subnetReachability(indexTopology(doc), "nope")).toBeUndefined();
  });
});
