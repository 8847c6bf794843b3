// CloudFormation export: topology -> template -> the project's own importer (src/import) -> the same
// topology, property-tested and on the examples; plus the template's shape (logical ids, references,
// parameters, the AMI from SSM) checked on its own.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import nat from "../../examples/nat-gateway.json";
import seed from "../../examples/seed-article.json";
import webTwoAz from "../../examples/web-two-az.json";
import { generateImportable } from "../import/testing/generate.ts";
import { importTopology } from "../import/topology.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { COLLECTIONS, definedOnly, type Topology, topology } from "../model/schema.ts";
import { validTopology } from "../model/testing/arbitrary.ts";
import { type TemplateFormat, templateFormatOf } from "./cfn-format.ts";
import { readCfnMetadata } from "./cfn-metadata.ts";
import { isArmInstanceType, LATEST_AL2023, templateText, topologyToTemplate } from "./cloudformation.ts";

type Rec = Record<string, unknown> & { id: string };

function exported(doc: Topology, format: TemplateFormat = "yaml") {
  const made = topologyToTemplate(doc);
  if (!made.ok) throw new Error(made.reason.en);
  return { ...made, text: templateText(made.template, format) };
}

function reimport(text: string, format: TemplateFormat) {
  const result = importTopology([{ name: `stack.${format}`, bytes: new TextEncoder().encode(text) }]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("; "));
  return result;
}

const sortById = (list: Rec[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const clean = (rec: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(rec).filter(([, v]) => v !== undefined));
const ports = (rule: Record<string, unknown>) =>
  rule.protocol === "-1"
    ? { fromPort: undefined, toPort: undefined }
    : rule.protocol === "icmp"
      ? { fromPort: rule.fromPort ?? -1, toPort: rule.toPort ?? -1 }
      : { fromPort: rule.fromPort ?? 0, toPort: rule.toPort ?? 65535 };

/**
 * The topology as a template can carry it. What a template has no place for, and so is normalised
 * away here: the document's name (an import names the document after the file); instance states;
 * Elastic IP addresses (AWS gives them); route and network ACL rule descriptions; the Region's own
 * name and Regions without VPCs; the `main` mark of a route table and the `default` mark of a network
 * ACL (written as ordinary ones associated with the subnets that used them implicitly); the order of
 * a group's rules (ranges inline first, then the rules naming groups, which are their own resources)
 * and of each list (compared by id). Written the way a template states them: a name is also the
 * Name tag (and an unnamed resource is named by its id), a group without a description is described
 * by its name (an empty description is none), ports left out are written in full (0-65535, ICMP -1), "public" NAT connectivity and
 * multiAttach false are the defaults, empty lists are absent. An outside resource keeps its id and name.
 */
function normalise(input: Topology, region: string): Record<string, unknown> {
  const doc = structuredClone(input) as unknown as Record<string, Rec[]>;
  const out: Record<string, unknown> = { version: 2 };
  const vpcSubnets = (vpc: unknown) =>
    definedOnly(input.subnets)
      .filter((s) => s.vpc === vpc)
      .map((s) => s.id);
  const claimed = (key: "routeTables" | "networkAcls", flag: "main" | "default") =>
    new Set((doc[key] ?? []).flatMap((t) => (t[flag] ? [] : ((t.subnets as string[]) ?? []))));
  /** The main table's (default ACL's) subnets: its own, then its VPC's that no other one claims. */
  const takeTheRest = (rec: Record<string, unknown>, flag: "main" | "default", taken: Set<string>) => {
    const own = (rec.subnets as string[] | undefined) ?? [];
    const rest = rec[flag] ? vpcSubnets(rec.vpc).filter((s) => !taken.has(s) && !own.includes(s)) : [];
    const subnets = [...own, ...rest];
    rec.subnets = subnets.length > 0 ? subnets : undefined;
    delete rec[flag];
  };
  const rtClaimed = claimed("routeTables", "main");
  const aclClaimed = claimed("networkAcls", "default");
  for (const key of COLLECTIONS) {
    const list = (doc[key] ?? []).map((item): Rec => {
      if (key === "regions") return { id: item.id, availabilityZones: item.availabilityZones };
      if (item.external === true) return { id: item.id, external: true };
      const rec: Record<string, unknown> = { ...item };
      delete rec.external;
      const tags = { ...((rec.tags as Record<string, string>) ?? {}) };
      const name = (rec.name as string | undefined) ?? tags.Name;
      if (name !== undefined) tags.Name = name;
      rec.name = name ?? rec.id;
      rec.tags = Object.keys(tags).length > 0 ? tags : undefined;
      switch (key) {
        case "instances":
          delete rec.state;
          if (Array.isArray(rec.securityGroups))
            rec.securityGroups = rec.securityGroups.length > 0 ? [...new Set(rec.securityGroups)] : undefined;
          break;
        case "elasticIps":
          delete rec.publicIp;
          break;
        case "natGateways":
          if (rec.connectivity === "public") delete rec.connectivity;
          break;
        case "volumes":
          if (rec.multiAttach === false) delete rec.multiAttach;
          if (!["gp3", "io1", "io2"].includes(rec.volumeType as string)) delete rec.iops;
          if (rec.volumeType !== "gp3") delete rec.throughput;
          if (Array.isArray(rec.attachments) && rec.attachments.length === 0) delete rec.attachments;
          break;
        case "routeTables":
          rec.routes = (rec.routes as Rec[]).map(({ description: _d, ...route }) => route);
          takeTheRest(rec, "main", rtClaimed);
          break;
        case "networkAcls": {
          for (const side of ["ingress", "egress"]) {
            rec[side] = (rec[side] as Rec[])
              .map(({ description: _d, ...rule }) => clean({ ...rule, ...ports(rule) }))
              .sort((a, b) => Number(a.ruleNumber) - Number(b.ruleNumber));
          }
          takeTheRest(rec, "default", aclClaimed);
          break;
        }
        case "securityGroups": {
          rec.description = rec.description || (item.name as string | undefined) || item.id;
          const order = (rules: Rec[]) => {
            const all = rules.map((r) =>
              clean({ ...r, ...ports(r), description: r.description || undefined }),
            );
            return [...all.filter((r) => r.cidr !== undefined), ...all.filter((r) => r.cidr === undefined)];
          };
          rec.ingress = order(rec.ingress as Rec[]);
          if (rec.egress !== undefined) rec.egress = order(rec.egress as Rec[]);
          break;
        }
      }
      return clean(rec) as Rec;
    });
    out[key] = sortById(key === "regions" ? list.filter((r) => r.id === region) : list.filter(notExternal));
  }
  return out;
}

// Outside resources are compared apart (see the placeholders check): one nothing refers to has
// nothing in a template, and a reference to a missing resource (a rule error) becomes one.
const notExternal = (item: Rec) => item.external !== true;

/** The imported document, compared the same way (lists by id, no document name). */
function comparable(doc: Topology): Record<string, unknown> {
  const out: Record<string, unknown> = { version: 2 };
  for (const key of COLLECTIONS)
    out[key] = sortById(doc[key].map((item) => clean(item) as Rec).filter(notExternal));
  return out;
}

function roundTrip(doc: Topology, format: TemplateFormat) {
  const made = exported(doc, format);
  const back = reimport(made.text, format);
  const region = readCfnMetadata(made.template)?.region ?? "";
  return { made, back, expected: normalise(doc, region), actual: comparable(back.doc) };
}

const singleRegion = (doc: Topology) => topologyToTemplate(doc).ok || !hasDefined(doc);
const hasDefined = (doc: Topology) =>
  COLLECTIONS.some(
    (key) => key !== "regions" && (doc[key] as { external?: boolean }[]).some((x) => x.external !== true),
  );

describe("CloudFormation export round trip through ec2viz import", () => {
  it("gives back the same topology for valid generated topologies (YAML and JSON)", () => {
    fc.assert(
      fc.property(validTopology(), fc.constantFrom<TemplateFormat>("yaml", "json"), (doc, format) => {
        fc.pre(singleRegion(doc) && hasDefined(doc));
        const { back, expected, actual } = roundTrip(doc, format);
        expect(actual).toEqual(expected);
        expect(back.report.skipped).toEqual([]);
        expect(back.report.placeholders).toEqual([]);
        // Exported from a topology without rule errors, it imports without rule errors.
        expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("gives back the import generator's topologies (routes, NAT gateways, ACLs, groups naming groups)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1000 }), (count, seedValue) => {
        const doc = topology.parse(generateImportable(count, seedValue));
        const { back, expected, actual } = roundTrip(doc, "yaml");
        expect(actual).toEqual(expected);
        expect(back.report.skipped).toEqual([]);
        expect(back.report.placeholders).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  const examples: [string, () => Topology][] = [
    ["seed", () => topology.parse(seed)],
    ["nat-gateway", () => topology.parse(nat)],
    ["web-two-az", () => topology.parse(webTwoAz)],
    ["web-two-az.yaml", () => topology.parse(parseYaml(readFileSync("examples/web-two-az.yaml", "utf8")))],
    ["showcase", showcaseTopology],
  ];
  for (const [name, load] of examples) {
    it(`gives back the ${name} example`, () => {
      const doc = load();
      for (const format of ["yaml", "json"] as const) {
        const { made, back, expected, actual } = roundTrip(doc, format);
        expect(actual).toEqual(expected);
        // The outside resources come back as placeholders: one per parameter that stands for one,
        // with the topology's name for it.
        const ids = readCfnMetadata(made.template)?.ids ?? {};
        const outside = Object.keys(made.template.Parameters ?? {})
          .filter((p) => !p.startsWith("LatestAmiId"))
          .map((p) => ids[p] as string);
        expect(back.report.placeholders.map((p) => p.id).sort()).toEqual(outside.sort());
        for (const id of outside) {
          const item = COLLECTIONS.flatMap((key) => doc[key] as Rec[]).find((x) => x.id === id);
          const placeholder = COLLECTIONS.flatMap((key) => back.doc[key] as Rec[]).find((x) => x.id === id);
          expect(placeholder?.name).toBe(item?.name ?? id);
        }
        expect(back.report.skipped).toEqual([]);
      }
    });
  }
});

describe("CloudFormation export of outside resources", () => {
  it("gives each referenced outside resource back as a placeholder with its id, kind and name", () => {
    const doc = topology.parse(nat);
    const vpc = doc.vpcs[0] as Topology["vpcs"][number];
    const outside = {
      ...doc,
      vpcs: [...doc.vpcs, { id: "vpc-peer", name: "peer", external: true as const }],
      internetGateways: [
        ...doc.internetGateways,
        { id: "igw-shared", name: "shared gateway", external: true as const },
        // Known to be attached to this VPC (an AWS CLI import of an active route writes this).
        { id: "igw-0a1b2c3d", name: "attached elsewhere", vpc: vpc.id, external: true as const },
      ],
      natGateways: [...doc.natGateways, { id: "nat-0123456789abcdef0", external: true as const }],
      instances: [...doc.instances, { id: "i-appliance", name: "appliance", external: true as const }],
      routeTables: [
        ...doc.routeTables,
        {
          id: "rtb-edge",
          vpc: vpc.id,
          routes: [
            { destination: "192.168.0.0/16", target: "igw-shared" },
            { destination: "198.51.100.0/24", target: "igw-0a1b2c3d" },
            { destination: "172.16.0.0/16", target: "nat-0123456789abcdef0" },
            { destination: "10.99.0.0/16", target: "i-appliance" },
          ],
        },
      ],
      securityGroups: [...doc.securityGroups, { id: "sg-peer", vpc: "vpc-peer", ingress: [] }],
    } as Topology;
    const { back, made } = roundTrip(outside, "yaml");
    const kinds = Object.fromEntries(back.report.placeholders.map((p) => [p.id, p.kind]));
    expect(kinds).toEqual({
      "vpc-peer": "vpc",
      "igw-shared": "internetGateway",
      "igw-0a1b2c3d": "internetGateway",
      "nat-0123456789abcdef0": "natGateway",
      "i-appliance": "instance",
    });
    const find = (key: (typeof COLLECTIONS)[number], id: string) =>
      (back.doc[key] as Rec[]).find((x) => x.id === id);
    // Its attachment stays as known: none for one, this VPC for the other (not inferred from the routes).
    expect(find("internetGateways", "igw-shared")).toEqual({
      id: "igw-shared",
      name: "shared gateway",
      external: true,
    });
    expect(find("internetGateways", "igw-0a1b2c3d")).toEqual({
      id: "igw-0a1b2c3d",
      name: "attached elsewhere",
      vpc: vpc.id,
      external: true,
    });
    expect(find("routeTables", "rtb-edge")?.routes).toEqual(
      outside.routeTables.find((t) => t.id === "rtb-edge")?.routes,
    );
    // An AWS id is the parameter's default; the others must be given when the stack is created.
    const params = made.template.Parameters as Record<string, Record<string, unknown>>;
    expect(Object.values(params).filter((p) => p.Default === "nat-0123456789abcdef0")).toHaveLength(1);
  });
});

describe("CloudFormation export, imported as the import corpus counts", () => {
  it("gives the counts reading the NAT example by hand says", () => {
    const { back } = roundTrip(topology.parse(nat), "yaml");
    const counts = Object.fromEntries(Object.entries(back.report.imported).filter(([, n]) => n > 0));
    expect(counts).toEqual({
      vpcs: 1,
      internetGateways: 1,
      subnets: 4,
      routeTables: 3,
      natGateways: 2,
      elasticIps: 3,
      networkAcls: 1,
      securityGroups: 2,
      instances: 3,
      volumes: 3, // the root volumes, as block device mappings
      routes: 3,
      // rtb-main takes the one subnet nothing else claims (1), rtb-public 2, rtb-private-c 1; the
      // default ACL all 4 subnets.
      associations: 8,
      networkAclRules: 2,
      securityGroupRules: 1, // sg-app's rule naming sg-web, a resource of its own
      attachments: 2, // the gateway's, and web-1's Elastic IP
    });
    expect(back.report.placeholders).toEqual([]);
    expect(back.report.skipped).toEqual([]);
  });
});

describe("CloudFormation template", () => {
  const showcase = exported(showcaseTopology());
  const resources = showcase.template.Resources;
  const parameters = (showcase.template.Parameters ?? {}) as Record<string, Record<string, unknown>>;

  it("uses unique alphanumeric logical ids and every Ref/GetAtt/DependsOn names one of them", () => {
    const names = [...Object.keys(resources), ...Object.keys(parameters)];
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,254}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const known = new Set(names);
    const visit = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === "object") {
        const o = node as Record<string, unknown>;
        if (typeof o.Ref === "string") expect(known.has(o.Ref), o.Ref).toBe(true);
        if (Array.isArray(o["Fn::GetAtt"])) expect(known.has(o["Fn::GetAtt"][0] as string)).toBe(true);
        Object.values(o).forEach(visit);
      }
    };
    visit(resources);
    for (const r of Object.values(resources)) {
      for (const d of [r.DependsOn ?? []].flat()) expect(resources[d], d).toBeDefined();
    }
  });

  it("writes each kind with the properties CloudFormation names", () => {
    const byType = (type: string) => Object.values(resources).filter((r) => r.Type === type);
    const types = new Set(Object.values(resources).map((r) => r.Type));
    for (const type of [
      "AWS::EC2::VPC",
      "AWS::EC2::Subnet",
      "AWS::EC2::InternetGateway",
      "AWS::EC2::VPCGatewayAttachment",
      "AWS::EC2::RouteTable",
      "AWS::EC2::Route",
      "AWS::EC2::SubnetRouteTableAssociation",
      "AWS::EC2::NatGateway",
      "AWS::EC2::EIP",
      "AWS::EC2::NetworkAcl",
      "AWS::EC2::NetworkAclEntry",
      "AWS::EC2::SubnetNetworkAclAssociation",
      "AWS::EC2::SecurityGroup",
      "AWS::EC2::Instance",
      "AWS::EC2::Volume",
      "AWS::EC2::VolumeAttachment",
    ])
      expect(types.has(type), type).toBe(true);
    for (const eip of byType("AWS::EC2::EIP")) expect(eip.Properties.Domain).toBe("vpc");
    // A route to the internet gateway waits for the gateway's attachment.
    const igwRoutes = byType("AWS::EC2::Route").filter((r) => r.Properties.GatewayId !== undefined);
    expect(igwRoutes.length).toBeGreaterThan(0);
    for (const route of igwRoutes)
      expect(resources[route.DependsOn as string]?.Type).toBe("AWS::EC2::VPCGatewayAttachment");
    // The peering connection ec2viz doesn't draw keeps its AWS id in its own property.
    expect(
      byType("AWS::EC2::Route").some((r) => typeof r.Properties.VpcPeeringConnectionId === "string"),
    ).toBe(true);
    for (const entry of byType("AWS::EC2::NetworkAclEntry")) {
      expect([-1, 1, 6, 17]).toContain(entry.Properties.Protocol);
      expect(typeof entry.Properties.Egress).toBe("boolean");
      if (entry.Properties.Protocol === 6 || entry.Properties.Protocol === 17)
        expect(entry.Properties.PortRange).toEqual({ From: expect.any(Number), To: expect.any(Number) });
    }
    const nat = byType("AWS::EC2::NatGateway")[0];
    expect(nat?.Properties.AllocationId).toEqual({ "Fn::GetAtt": [expect.any(String), "AllocationId"] });
  });

  it("makes an outside resource a typed parameter, never a resource", () => {
    const doc = topology.parse(seed);
    const outside = {
      ...doc,
      subnets: [...doc.subnets, { id: "subnet-0123456789abcdef0", external: true as const }],
      securityGroups: [...doc.securityGroups, { id: "sg-shared", name: "shared", external: true as const }],
      instances: doc.instances.map((i) => ({
        ...i,
        subnet: "subnet-0123456789abcdef0",
        securityGroups: [...(i.securityGroups ?? []), "sg-shared"],
      })),
      volumes: [],
    } as Topology;
    const made = exported(outside);
    const params = made.template.Parameters as Record<string, Record<string, unknown>>;
    const ids = readCfnMetadata(made.template)?.ids ?? {};
    const param = (id: string) => Object.keys(params).find((p) => ids[p] === id) as string;
    // An AWS id is the parameter's default; a name of ours is not an AWS id, so no default is invented.
    expect(params[param("subnet-0123456789abcdef0")]).toMatchObject({
      Type: "AWS::EC2::Subnet::Id",
      Default: "subnet-0123456789abcdef0",
    });
    expect(params[param("sg-shared")]?.Type).toBe("AWS::EC2::SecurityGroup::Id");
    expect(params[param("sg-shared")]?.Default).toBeUndefined();
    const types = Object.values(made.template.Resources).map((r) => r.Type);
    expect(made.template.Resources[param("subnet-0123456789abcdef0")]).toBeUndefined();
    expect(types.filter((t) => t === "AWS::EC2::SecurityGroup")).toHaveLength(1);
    // An outside resource nothing refers to has no parameter, and a note says so.
    const bastion = exported(showcaseTopology());
    expect(
      Object.keys(bastion.template.Parameters ?? {}).map((p) => readCfnMetadata(bastion.template)?.ids[p]),
    ).not.toContain("i-bastion");
    expect(bastion.notes.map((n) => n.en).join(" ")).toContain("i-bastion");
  });

  it("takes an unknown AMI from the public SSM parameter for the instance type's architecture", () => {
    const doc = topology.parse(seed);
    const [first] = doc.instances;
    const instances = [
      { ...first, id: "i-x86", instanceType: "t3.micro", imageId: undefined },
      { ...first, id: "i-arm", instanceType: "m7g.large", imageId: undefined },
      { ...first, id: "i-known", instanceType: "t3.micro", imageId: "ami-0123456789abcdef0" },
    ] as Topology["instances"];
    const made = exported({ ...doc, instances, volumes: [] });
    const params = made.template.Parameters as Record<string, Record<string, unknown>>;
    const imageOf = (id: string) =>
      made.template.Resources[`I${id.slice(2, 3).toUpperCase()}${id.slice(3)}`]?.Properties.ImageId;
    const x86 = imageOf("i-x86") as { Ref: string };
    const arm = imageOf("i-arm") as { Ref: string };
    expect(imageOf("i-known")).toBe("ami-0123456789abcdef0");
    expect(params[x86.Ref]).toMatchObject({
      Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
      Default: LATEST_AL2023.x86_64,
    });
    expect(params[arm.Ref]?.Default).toBe(LATEST_AL2023.arm64);
    expect(LATEST_AL2023.x86_64).toBe(
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
    );
  });

  it("tells Arm instance types from x86 ones", () => {
    for (const t of ["m7g.large", "t4g.micro", "c6gn.xlarge", "a1.medium", "r8g.2xlarge"])
      expect(isArmInstanceType(t), t).toBe(true);
    for (const t of ["t3.micro", "m7i.large", "g5.xlarge", "c7a.large", "mac2.metal", "nonsense"])
      expect(isArmInstanceType(t), t).toBe(false);
  });

  it("writes security group rules that name another group as their own resources (no cycles)", () => {
    const doc = topology.parse(generateImportable(20, 3));
    const made = exported(doc);
    for (const r of Object.values(made.template.Resources)) {
      if (r.Type !== "AWS::EC2::SecurityGroup") continue;
      const inline = [
        ...((r.Properties.SecurityGroupIngress as Rec[] | undefined) ?? []),
        ...((r.Properties.SecurityGroupEgress as Rec[] | undefined) ?? []),
      ];
      expect(JSON.stringify(inline)).not.toMatch(/Ref|GetAtt/);
    }
    const separate = Object.values(made.template.Resources).filter(
      (r) => r.Type === "AWS::EC2::SecurityGroupIngress",
    );
    expect(separate.length).toBeGreaterThan(0);
  });

  it("writes the VPC's default group as an ordinary group that the instances listing none list, and says so", () => {
    const doc = topology.parse(nat);
    for (const i of doc.instances) if (i.external !== true && i.id !== "i-web-1") delete i.securityGroups;
    doc.securityGroups.push({
      id: "sg-main-default",
      name: "default",
      vpc: "vpc-main",
      default: true,
      ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "198.51.100.0/24" }],
      egress: [],
    });
    const made = exported(doc);
    const resources = Object.entries(made.template.Resources);
    const logical = resources.find(
      ([, r]) => r.Type === "AWS::EC2::SecurityGroup" && r.Properties.GroupDescription === "default",
    )?.[0];
    expect(logical).toBeDefined();
    const instances = resources.filter(([, r]) => r.Type === "AWS::EC2::Instance");
    const groupsOf = (r: { Properties: Record<string, unknown> }) =>
      JSON.stringify(r.Properties.SecurityGroupIds ?? r.Properties.NetworkInterfaces ?? null);
    // Every instance but web-1 (which lists sg-web) lists the default group; web-1 doesn't.
    for (const [id, r] of instances)
      if (groupsOf(r).includes("sg-web") || groupsOf(r).includes("SgWeb"))
        expect(groupsOf(r)).not.toContain(logical);
      else expect(groupsOf(r), id).toContain(`"${logical}"`);
    expect(made.notes.map((n) => n.en)).toContain(
      "The VPC's default security group is written as an ordinary security group, listed by the instances of the VPC that list none (CloudFormation can't remove the default group's own rules).",
    );
    // Read back, those instances list the group: the same rules decide, as the document said.
    const back = reimport(made.text, "yaml").doc;
    for (const i of definedOnly(back.instances))
      if (i.id !== "i-web-1") expect(i.securityGroups, i.id).toEqual(["sg-main-default"]);
  });

  it("says so when a VPC's internet gateway is unknown, as the stack would deploy it with none", () => {
    const doc = topology.parse(seed);
    doc.internetGateways = [];
    const note =
      "Whether VPC vpc-main has an internet gateway attached is unknown (the topology doesn't say), so the template creates none: add one in ec2viz first if the VPC needs a way to the internet.";
    expect(exported(doc).notes.map((n) => n.en)).not.toContain(note);
    for (const v of doc.vpcs) if (v.external !== true) v.internetGatewayUnknown = true;
    const made = exported(doc);
    expect(made.notes.map((n) => n.en)).toContain(note);
    expect(made.notes.map((n) => n.ko)).toContain(
      "VPC vpc-main에 인터넷 게이트웨이가 연결되어 있는지 토폴로지에 나와 있지 않아 템플릿에는 게이트웨이를 넣지 않았습니다. VPC가 인터넷과 통해야 한다면 먼저 ec2viz에서 게이트웨이를 추가하세요.",
    );
  });

  it("is refused with a reason for more than one Region or nothing to deploy", () => {
    const doc = topology.parse(seed);
    const twoRegions = {
      ...doc,
      vpcs: [...doc.vpcs, { ...doc.vpcs[0], id: "vpc-2", region: "us-east-1" }],
    } as Topology;
    const refused = topologyToTemplate(twoRegions);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason.en).toMatch(/one Region.*ap-northeast-2, us-east-1/);
    const empty = topologyToTemplate({
      ...doc,
      vpcs: [],
      internetGateways: [],
      subnets: [],
      routeTables: [],
      securityGroups: [],
      instances: [],
      volumes: [],
    });
    expect(empty.ok).toBe(false);
  });

  it("is the same text for the same topology, YAML by .yaml/.yml and JSON by .json", () => {
    const doc = showcaseTopology();
    expect(exported(doc).text).toBe(exported(doc).text);
    expect(templateFormatOf("t.yaml")).toBe("yaml");
    expect(templateFormatOf("T.YML")).toBe("yaml");
    expect(templateFormatOf("t.json")).toBe("json");
    expect(templateFormatOf("t.txt")).toBeUndefined();
    expect(JSON.parse(exported(doc, "json").text)).toEqual(
      parseYaml(exported(doc, "yaml").text, { version: "1.1" }),
    );
  });
});
