import { describe, expect, it } from "vitest";
import { labelKindOf } from "../model/kind-labels.ts";
import { validate } from "../model/validate.ts";
import { importFiles } from "./import.ts";
import { fixture, imported, textFile } from "./testing/fixtures.ts";
import { importTopology } from "./topology.ts";

const bundle = () => imported([fixture("aws-cli-network.out"), fixture("aws-cli-compute.out")]);

/** An instance as describe-instances prints it, in subnet-a of vpc-1 (eu-west-1a), running. */
const runningInstance = (InstanceId: string, more: Record<string, unknown> = {}) => ({
  InstanceId,
  InstanceType: "t3.micro",
  SubnetId: "subnet-a",
  VpcId: "vpc-1",
  State: { Name: "running" },
  Placement: { AvailabilityZone: "eu-west-1a" },
  ...more,
});

describe("AWS CLI import", () => {
  it("recognises each describe-* output by its top-level key, across files and concatenated documents", () => {
    const { report } = bundle();
    expect(report.format).toBe("aws-cli");
    expect(report.imported).toMatchObject({
      vpcs: 1,
      subnets: 2,
      internetGateways: 1,
      routeTables: 2,
      natGateways: 1,
      elasticIps: 2,
      networkAcls: 1,
      securityGroups: 1,
      instances: 1,
      volumes: 1,
      availabilityZones: 3,
    });
  });

  it("keeps AWS ids, takes names from Name tags and leaves AWS's aws: tags out", () => {
    const { find, report } = bundle();
    expect(find("vpcs", "vpc-0a60eb65b4EXAMPLE")).toMatchObject({
      name: "shop",
      tags: { Name: "shop" },
      cidrBlock: "10.0.0.0/16",
      region: "ap-northeast-2",
    });
    expect(find("securityGroups", "sg-0b0384b66dEXAMPLE").name).toBe("web"); // GroupName without a Name tag
    expect(report.notes.join(" ")).toContain("aws:");
  });

  it("maps route tables: main table, explicit associations, the local route implicit, undrawn targets by AWS id", () => {
    const { find } = bundle();
    expect(find("routeTables", "rtb-main1EXAMPLE")).toMatchObject({
      main: true,
      vpc: "vpc-0a60eb65b4EXAMPLE",
      routes: [
        { destination: "0.0.0.0/0", target: "nat-0a8b0e0d28EXAMPLE" },
        { destination: "192.168.0.0/16", target: "pcx-1a2b3c4d" },
      ],
    });
    expect(find("routeTables", "rtb-09ba434c1bEXAMPLE")).toMatchObject({
      subnets: ["subnet-0bb1c79de3EXAMPLE"],
      routes: [{ destination: "0.0.0.0/0", target: "igw-0d0fb496b3EXAMPLE" }],
    });
  });

  it("gives NAT gateways and instances their Elastic IPs, and skips deleted and terminated ones with a reason", () => {
    const { find, report } = bundle();
    expect(find("elasticIps", "eipalloc-0be6ecac95EXAMPLE")).toMatchObject({
      natGateway: "nat-0a8b0e0d28EXAMPLE",
      publicIp: "203.0.113.5",
      name: "nat-ip",
    });
    expect(find("elasticIps", "eipalloc-12345678")).toMatchObject({ instance: "i-1234567890abcdef0" });
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: "nat-0ffffffffEXAMPLE", type: "NatGateway" }),
        expect.objectContaining({ source: "i-0deadbeef0000000", type: "Instance" }),
        expect.objectContaining({ source: "eni-0e3b8f4d1dEXAMPLE", type: "NetworkInterface" }),
      ]),
    );
  });

  it("reads security groups: ranges, group references (placeholder when not listed), IPv6 left out with a note", () => {
    const { find, report } = bundle();
    const sg = find("securityGroups", "sg-0b0384b66dEXAMPLE");
    expect(sg.ingress).toEqual([
      { protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", description: "HTTPS" },
      { protocol: "tcp", fromPort: 22, toPort: 22, securityGroup: "sg-bastion1EXAMPLE" },
    ]);
    expect(sg.egress).toEqual([{ protocol: "-1", cidr: "0.0.0.0/0" }]);
    expect(report.placeholders).toContainEqual(
      expect.objectContaining({ id: "sg-bastion1EXAMPLE", kind: "securityGroup" }),
    );
    expect(find("securityGroups", "sg-bastion1EXAMPLE").external).toBe(true);
    expect(report.notes.some((n) => n.includes("IPv6"))).toBe(true);
  });

  it("marks the group named default in a VPC as the VPC's default group, with its rules as described", () => {
    const file = JSON.stringify({
      SecurityGroups: [
        {
          GroupId: "sg-0default0000000001",
          GroupName: "default",
          Description: "default VPC security group",
          VpcId: "vpc-1",
          IpPermissions: [{ IpProtocol: "-1", UserIdGroupPairs: [{ GroupId: "sg-0default0000000001" }] }],
          IpPermissionsEgress: [],
        },
        { GroupId: "sg-0web00000000000001", GroupName: "web", VpcId: "vpc-1", IpPermissions: [] },
        // EC2-Classic's default group has no VPC: no VPC's default group.
        { GroupId: "sg-0classic000000001", GroupName: "default", IpPermissions: [] },
      ],
    });
    const { find } = imported([textFile("sg.json", file)]);
    expect(find("securityGroups", "sg-0default0000000001")).toMatchObject({
      name: "default",
      default: true,
      ingress: [{ protocol: "-1", securityGroup: "sg-0default0000000001" }],
      egress: [],
    });
    expect(find("securityGroups", "sg-0web00000000000001").default).toBeUndefined();
    expect(find("securityGroups", "sg-0classic000000001").default).toBeUndefined();
  });

  it("reads instances, volumes and network ACLs (the implicit 32767 rule left out, rules in order)", () => {
    const { find } = bundle();
    expect(find("instances", "i-1234567890abcdef0")).toMatchObject({
      subnet: "subnet-0bb1c79de3EXAMPLE",
      instanceType: "t3.micro",
      imageId: "ami-0abcdef1234567890",
      publicIp: true,
      state: "running",
      keyName: "shop-admin",
      securityGroups: ["sg-0b0384b66dEXAMPLE"],
    });
    expect(find("volumes", "vol-02e6ccdca7EXAMPLE")).toMatchObject({
      availabilityZone: "ap-northeast-2a",
      sizeGiB: 8,
      volumeType: "gp3",
      iops: 3000,
      throughput: 125,
      attachments: [{ instance: "i-1234567890abcdef0", device: "/dev/xvda" }],
    });
    const acl = find("networkAcls", "acl-0ea1f54ca7EXAMPLE");
    expect(acl).toMatchObject({ default: true, subnets: ["subnet-0c4e4d3a1dEXAMPLE"] });
    expect((acl.ingress as { ruleNumber: number }[]).map((r) => r.ruleNumber)).toEqual([90, 100]);
    expect(acl.egress).toEqual([{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" }]);
  });

  it("names the volumes instances list but no describe-volumes output describes, and what to add", () => {
    const reservations = (volumes: string[]) =>
      JSON.stringify({
        Reservations: [
          {
            Instances: [
              {
                InstanceId: "i-0aaa1111bbbb2222c",
                InstanceType: "t3.micro",
                SubnetId: "subnet-0aaa1111bbbb2222c",
                State: { Name: "running" },
                BlockDeviceMappings: volumes.map((v, i) => ({
                  DeviceName: `/dev/sd${"fg"[i]}`,
                  Ebs: { VolumeId: v },
                })),
              },
            ],
          },
        ],
      });
    const described = JSON.stringify({
      Volumes: [
        {
          VolumeId: "vol-0described00000000",
          AvailabilityZone: "us-east-1a",
          Size: 8,
          VolumeType: "gp3",
          Attachments: [{ InstanceId: "i-0aaa1111bbbb2222c", Device: "/dev/sdf", State: "attached" }],
        },
      ],
    });
    const both = imported([
      textFile("instances.json", reservations(["vol-0described00000000", "vol-0missing000000000"])),
      textFile("volumes.json", described),
    ]);
    expect(both.report.notes).toContain(
      "EBS volumes attached to instances but not in any describe-volumes output are not drawn: 1 (e.g. vol-0missing000000000 on i-0aaa1111bbbb2222c). Add the output of `aws ec2 describe-volumes` to draw them.",
    );
    // Every volume described: nothing to say.
    const whole = imported([
      textFile("instances.json", reservations(["vol-0described00000000"])),
      textFile("volumes.json", described),
    ]);
    expect(whole.report.notes.filter((n) => n.includes("describe-volumes"))).toEqual([]);
  });

  it("draws subnets whose route table no describe-route-tables output describes grey, with a placeholder main table for a described VPC, and says so", () => {
    const vpcs = JSON.stringify({
      Vpcs: [
        { VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" },
        { VpcId: "vpc-2", CidrBlock: "10.1.0.0/16" },
      ],
    });
    const subnets = JSON.stringify({
      Subnets: [
        { SubnetId: "subnet-a", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "eu-west-1a" },
        { SubnetId: "subnet-b", VpcId: "vpc-1", CidrBlock: "10.0.2.0/24", AvailabilityZone: "eu-west-1a" },
        { SubnetId: "subnet-c", VpcId: "vpc-2", CidrBlock: "10.1.1.0/24", AvailabilityZone: "eu-west-1a" },
      ],
    });
    const note =
      "Subnets whose route table no describe-route-tables output describes are drawn grey, neither public nor private, as their routes are unknown: 3 (e.g. subnet-a). Add the output of `aws ec2 describe-route-tables` to see which are public.";
    // An instance with a public address in one of them: its subnet may well be public (cloudmapper's
    // demo account: a default VPC, no describe-route-tables), so no public-ip-private-subnet warning.
    const instances = JSON.stringify({
      Reservations: [
        {
          Instances: [
            runningInstance("i-bastion", { InstanceType: "t2.micro", PublicIpAddress: "198.51.100.7" }),
          ],
        },
      ],
    });
    const unknown = imported([
      textFile("vpcs.json", vpcs),
      textFile("subnets.json", subnets),
      textFile("instances.json", instances),
    ]);
    expect(unknown.report.notes).toContain(note);
    // AWS makes a main route table with every VPC: one placeholder per described VPC, its routes unknown.
    expect(unknown.doc.routeTables).toEqual([
      { id: "vpc-1-main-route-table", vpc: "vpc-1", main: true, routes: [], external: true },
      { id: "vpc-2-main-route-table", vpc: "vpc-2", main: true, routes: [], external: true },
    ]);
    expect(unknown.report.placeholders).toContainEqual({
      id: "vpc-1-main-route-table",
      kind: "routeTable",
      reason:
        "The main route table of VPC vpc-1: AWS makes one with every VPC, but no describe-route-tables output describes it, so its routes are unknown.",
    });
    expect(["subnet-a", "subnet-c"].map((id) => labelKindOf(unknown.doc as never, "subnet", id))).toEqual([
      "subnet",
      "subnet",
    ]);
    expect(validate(unknown.doc).map((d) => d.code)).not.toContain("public-ip-private-subnet");
    // vpc-1's main table is described and subnet-c has a table of its own: every route is known.
    const tables = JSON.stringify({
      RouteTables: [
        { RouteTableId: "rtb-main", VpcId: "vpc-1", Associations: [{ Main: true }], Routes: [] },
        {
          RouteTableId: "rtb-c",
          VpcId: "vpc-2",
          Associations: [{ Main: false, SubnetId: "subnet-c" }],
          Routes: [],
        },
      ],
    });
    const known = imported([
      textFile("vpcs.json", vpcs),
      textFile("subnets.json", subnets),
      textFile("rt.json", tables),
    ]);
    expect(known.report.notes.some((n) => n.includes("describe-route-tables"))).toBe(false);
    expect(known.doc.routeTables?.map((t) => t.id)).toEqual(["rtb-main", "rtb-c"]);
    expect(labelKindOf(known.doc as never, "subnet", "subnet-a")).toBe("privateSubnet");
  });

  it("marks a described VPC's internet gateway unknown when no describe-internet-gateways output is given, and says so", () => {
    const vpcs = textFile(
      "vpcs.json",
      JSON.stringify({
        Vpcs: [
          { VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" },
          { VpcId: "vpc-2", CidrBlock: "10.1.0.0/16" },
        ],
      }),
    );
    // vpc-2's table has an active route to igw-2: AWS keeps it active only while igw-2 is attached.
    const tables = textFile(
      "rt.json",
      JSON.stringify({
        RouteTables: [
          {
            RouteTableId: "rtb-2",
            VpcId: "vpc-2",
            Associations: [{ Main: true }],
            Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: "igw-2", State: "active" }],
          },
        ],
      }),
    );
    const unknown = imported([vpcs, tables]);
    expect(unknown.find("vpcs", "vpc-1").internetGatewayUnknown).toBe(true);
    expect(unknown.find("vpcs", "vpc-2").internetGatewayUnknown).toBeUndefined();
    expect(unknown.report.notes).toContain(
      "VPCs whose internet gateway is unknown, no describe-internet-gateways output being among the files: 1 (e.g. vpc-1). Details and the reachability answers say unknown, not no. Add the output of `aws ec2 describe-internet-gateways` to see it.",
    );
    expect(imported([vpcs, tables], { lang: "ko" }).report.notes.join("\n")).toContain(
      "describe-internet-gateways 출력이 없어 인터넷 게이트웨이 연결 여부를 알 수 없는 VPC: 1개(예: vpc-1).",
    );
    // The output given, even empty: the VPC has none, a known fact.
    const none = imported([vpcs, tables, textFile("igw.json", JSON.stringify({ InternetGateways: [] }))]);
    expect(none.find("vpcs", "vpc-1").internetGatewayUnknown).toBeUndefined();
    expect(none.report.notes.some((n) => n.includes("describe-internet-gateways"))).toBe(false);
  });

  it("reads a list of one describe-* output's items, as --query 'Reservations[].Instances[]' prints it, as that output, and says so", () => {
    const instances = [runningInstance("i-0123456789abcdef0")];
    const whole = imported([
      textFile("i.json", JSON.stringify({ Reservations: [{ Instances: instances }] })),
    ]);
    const flat = imported([textFile("i.json", JSON.stringify(instances))]);
    expect(flat.doc).toEqual(whole.doc);
    expect(flat.report.notes).toContain(
      "A JSON list of the items of describe-instances output (1 in all), as --query prints them (e.g. --query 'Reservations[].Instances[]'): read as that output. Items cut down to some fields by the query are drawn with what they hold.",
    );
    // Reservations[] and Subnets[] too; an Elastic IP names an instance but is an address.
    const reservations = imported([
      textFile("i.json", JSON.stringify([{ ReservationId: "r-1", Instances: instances }])),
    ]);
    expect(reservations.doc).toEqual(whole.doc);
    const subnets = [
      { SubnetId: "subnet-a", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "eu-west-1a" },
    ];
    expect(imported([textFile("s.json", JSON.stringify(subnets))]).doc).toEqual(
      imported([textFile("s.json", JSON.stringify({ Subnets: subnets }))]).doc,
    );
    const eip = [{ AllocationId: "eipalloc-1", PublicIp: "203.0.113.5", InstanceId: "i-0123456789abcdef0" }];
    expect(imported([textFile("a.json", JSON.stringify(eip))]).doc.elasticIps).toHaveLength(1);
  });

  it("refuses any other JSON list saying what it holds and what would work; --query advice only for EC2 fields", () => {
    const refusal = (text: string) => {
      const result = importFiles([textFile("list.json", text)]);
      if (result.ok) throw new Error("imported");
      return result.problems.map((p) => p.message);
    };
    // An infracost policy response: unrelated objects. Its keys say what it is; no value is quoted.
    const [policy] = refusal(
      JSON.stringify([
        { policyId: "p-1", status: "failing", AKIAIOSFODNN7EXAMPLE: "x", secretToken: "do-not-copy" },
        { policyId: "p-2", status: "passing", secretToken: "do-not-copy" },
      ]),
    );
    expect(policy?.en).toBe(
      "A JSON list of objects with keys such as policyId, status, secretToken (2 in all): no AWS CLI describe-* output (no EC2 resource in it), template or Terraform file, so nothing to import. ec2viz imports the JSON of `aws ec2 describe-*` commands (describe-vpcs, describe-instances…), CloudFormation templates, and Terraform state or `terraform show -json` output.",
    );
    expect(policy?.ko).toMatch(/^객체\(키: policyId, status, secretToken 등\) 2개가 든 JSON 목록입니다\./);
    expect(JSON.stringify(policy)).not.toContain("do-not-copy");
    expect(JSON.stringify(policy)).not.toContain("AKIA");
    expect(JSON.stringify(policy)).not.toContain("--query");
    expect(refusal("[1, 2, 3]")[0]?.en).toMatch(/^A JSON list of numbers \(3 in all\): /);
    // Fields a query picked from instances: the ids say EC2, so take --query away.
    const [picked] = refusal(JSON.stringify([["i-0123456789abcdef0", "running"]]));
    expect(picked?.en).toBe(
      "A JSON list of items that name EC2 resources (e.g. i-0123456789abcdef0; 1 in all) but hold only some of their fields, as --query prints when it picks fields: ec2viz needs each resource whole. Run the command without --query, or with one that keeps whole items, such as --query 'Reservations[].Instances[]'.",
    );
    expect(refusal("[]")[0]?.en).toBe(
      "An empty JSON list: nothing to import (a --query that matches nothing prints []).",
    );
  });

  it("says what an instance it can't draw lacks: its InstanceType, its SubnetId (EC2-Classic?) or both", () => {
    const instance = (extra: Record<string, unknown>) => ({
      InstanceId: `i-${Object.keys(extra).join("-") || "none"}`,
      State: { Name: "running" },
      ...extra,
    });
    const file = JSON.stringify({
      Reservations: [
        {
          Instances: [
            instance({ SubnetId: "subnet-1" }),
            instance({ InstanceType: "t3.micro" }),
            instance({}),
          ],
        },
      ],
    });
    const reasons = (lang: "en" | "ko") =>
      Object.fromEntries(
        imported([textFile("i.json", file)], { lang }).report.placeholders.map((p) => [p.id, p.reason]),
      );
    expect(reasons("en")).toMatchObject({
      "i-SubnetId":
        "The output has no InstanceType for it, which describe-instances always gives: was the output cut down (--query, or by hand)?",
      "i-InstanceType":
        "The output has no SubnetId for it: an instance of EC2-Classic (which AWS has retired), or output cut down (--query, or by hand).",
      "i-none":
        "The output has neither SubnetId nor InstanceType for it (describe-instances always gives the type): was the output cut down (--query, or by hand)?",
    });
    expect(reasons("ko")["i-SubnetId"]).toContain("InstanceType이 없습니다");
  });

  it("draws every zone describe-availability-zones lists, in its order", () => {
    const { doc } = bundle();
    expect(doc.regions).toEqual([
      { id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c"] },
    ]);
  });

  it("accounts for another command's output in skipped, and says a page is missing after NextToken", () => {
    const { report } = imported([
      textFile("keys.json", '{"KeyPairs":[{"KeyPairId":"key-1","KeyName":"a"}]}'),
      textFile("vpcs.json", '{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}],"NextToken":"abc"}'),
    ]);
    expect(report.skipped).toEqual([expect.objectContaining({ source: "key-1", type: "KeyPairs" })]);
    expect(report.notes.some((n) => n.includes("NextToken"))).toBe(true);
    // describe-vpc-endpoint-services lists its services twice: their details, and their names.
    const services = JSON.stringify({
      ServiceDetails: [{ ServiceName: "com.amazonaws.us-east-1.s3", ServiceId: "vpce-svc-1" }],
      ServiceNames: ["com.amazonaws.us-east-1.s3"],
    });
    const withServices = imported([
      textFile("vpcs.json", '{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}]}'),
      textFile("VpcEndpointServices.json", services),
    ]).report;
    expect(withServices.notes.some((n) => n.includes("Not recognised"))).toBe(false);
    expect(withServices.skipped).toEqual([
      expect.objectContaining({ source: "com.amazonaws.us-east-1.s3", type: "ServiceDetails" }), // once
    ]);
    // Its names alone (a trimmed output) are what it lists.
    const names = imported([
      textFile("vpcs.json", '{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}]}'),
      textFile("VpcEndpointServices.json", '{"ServiceNames":["com.amazonaws.us-west-2.s3"]}'),
    ]).report;
    expect(names.notes.some((n) => n.includes("Not recognised"))).toBe(false);
    expect(names.skipped).toEqual([
      expect.objectContaining({ source: "com.amazonaws.us-west-2.s3", type: "ServiceNames" }),
    ]);
  });

  it("reads the same resource twice once, and degrades files that don't link to each other to placeholders", () => {
    const vpc =
      '{"Subnets":[{"SubnetId":"subnet-1","VpcId":"vpc-9","AvailabilityZone":"us-west-2a","CidrBlock":"10.0.0.0/24"}]}';
    const { doc, report } = imported([textFile("a.json", vpc), textFile("b.json", vpc)]);
    expect(doc.subnets).toHaveLength(1);
    expect(report.placeholders).toEqual([expect.objectContaining({ id: "vpc-9", kind: "vpc" })]);
    // Counted after a colon, as the other notes count: "1 resources appeared…" read wrong.
    expect(report.notes).toContain("Resources that appeared in more than one document were read once: 1.");
  });

  it("doesn't trust impossible example values: an IP like 198.11.222.333 is left out", () => {
    const { find } = imported([
      textFile(
        "nat.json",
        '{"NatGateways":[{"NatGatewayId":"nat-1","SubnetId":"subnet-1","State":"available","NatGatewayAddresses":[{"AllocationId":"eipalloc-1","PublicIp":"198.11.222.333"}]}]}',
      ),
    ]);
    expect(find("elasticIps", "eipalloc-1")).toEqual({ id: "eipalloc-1", natGateway: "nat-1" });
  });

  it("attaches an undescribed internet gateway to the VPC whose table has an active route to it (not a blackhole one)", () => {
    // A bundle without describe-internet-gateways: AWS shows a route to a detached gateway as "blackhole".
    const files = [
      textFile(
        "vpcs.json",
        '{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"},{"VpcId":"vpc-2","CidrBlock":"10.1.0.0/16"}]}',
      ),
      textFile(
        "subnets.json",
        '{"Subnets":[{"SubnetId":"subnet-1","VpcId":"vpc-1","AvailabilityZone":"eu-west-1a","CidrBlock":"10.0.1.0/24"},' +
          '{"SubnetId":"subnet-2","VpcId":"vpc-2","AvailabilityZone":"eu-west-1a","CidrBlock":"10.1.1.0/24"}]}',
      ),
      textFile(
        "route-tables.json",
        JSON.stringify({
          RouteTables: [
            ["rtb-1", "vpc-1", "subnet-1", "igw-live", "active"],
            ["rtb-2", "vpc-2", "subnet-2", "igw-gone", "blackhole"],
          ].map(([id, vpc, subnet, igw, state]) => ({
            RouteTableId: id,
            VpcId: vpc,
            Associations: [{ SubnetId: subnet, Main: false }],
            Routes: [{ DestinationCidrBlock: "0.0.0.0/0", GatewayId: igw, State: state }],
          })),
        }),
      ),
    ];
    const { find, report } = imported(files);
    expect(find("internetGateways", "igw-live")).toMatchObject({ external: true, vpc: "vpc-1" });
    expect(find("internetGateways", "igw-gone").vpc).toBeUndefined();
    expect(report.placeholders.find((p) => p.id === "igw-live")?.reason).toContain("attached to vpc-1");
    // What AWS says of the other route stays in the report: validate can't know where igw-gone is.
    expect(report.notes).toContain(
      "Route table rtb-2: AWS shows the route to 0.0.0.0/0 as a blackhole (its target igw-gone is deleted, or a gateway not attached to the VPC); it is kept with the target's id.",
    );
    const checked = importTopology(files);
    if (!checked.ok) throw new Error("import failed");
    // AWS raises nothing here: the route is active. (Where igw-gone is, the files don't say.)
    expect(checked.diagnostics.map((d) => d.code)).not.toContain("public-subnet-no-igw");
  });

  it("reads the pages of --output yaml-stream (a list of outputs), and a --query list as its items", () => {
    const pages =
      "- Vpcs:\n  - VpcId: vpc-1\n    CidrBlock: 10.0.0.0/16\n- Vpcs:\n  - VpcId: vpc-2\n    CidrBlock: 10.1.0.0/16\n";
    const { doc } = imported([textFile("vpcs.yaml", pages)]);
    expect(doc.vpcs?.map((v) => v.id)).toEqual(["vpc-1", "vpc-2"]);
    const query = imported([textFile("ids.json", '[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}]')]);
    expect(query.doc.vpcs?.map((v) => v.id)).toEqual(["vpc-1"]);
    // --query 'Reservations[].Instances[]': each instance carries a SecurityGroups list, but it is
    // an instance, not a page of describe-security-groups (which left only EC2-Classic groups, exit 0).
    const instance = {
      InstanceId: "i-1",
      InstanceType: "t3.micro",
      SubnetId: "subnet-1",
      State: { Name: "running" },
      SecurityGroups: [{ GroupName: "web", GroupId: "sg-1" }],
    };
    const instances = imported([textFile("instances.json", JSON.stringify([instance]))]);
    expect(instances.doc.instances?.map((i) => i.id)).toEqual(["i-1"]);
    expect(instances.report.notes.join("\n")).toContain("describe-instances output");
    // A page may still carry its paging token beside its list.
    const paged = JSON.stringify([{ Vpcs: [{ VpcId: "vpc-3", CidrBlock: "10.3.0.0/16" }], NextToken: "x" }]);
    expect(imported([textFile("paged.json", paged)]).doc.vpcs?.map((v) => v.id)).toEqual(["vpc-3"]);
  });
});
