import { describe, expect, it } from "vitest";
import { publicSubnetIds } from "../model/routing.ts";
import { importFiles } from "./import.ts";
import { fixture, imported, textFile } from "./testing/fixtures.ts";
import { importTopology } from "./topology.ts";

const web = (options = {}) => imported([fixture("cfn-web.yaml")], options);

/** A template's resource: its type and properties. */
const resource = (Type: string, Properties: Record<string, unknown> = {}) => ({ Type, Properties });
/** A subnet of the VPC "Vpc" (or of `vpc`), with any other properties. */
const subnet = (CidrBlock: unknown, more: Record<string, unknown> = {}, vpc: unknown = { Ref: "Vpc" }) =>
  resource("AWS::EC2::Subnet", { VpcId: vpc, CidrBlock, ...more });
/** A template whose Resources start with the VPC "Vpc" (10.0.0.0/16), after any other sections. */
const withVpc = (resources: Record<string, unknown>, sections: Record<string, unknown> = {}) => ({
  ...sections,
  Resources: { Vpc: resource("AWS::EC2::VPC", { CidrBlock: "10.0.0.0/16" }), ...resources },
});

describe("CloudFormation import", () => {
  it("reads a YAML template with short-form tags into format-2 resources named by Name tag or logical id", () => {
    const { find, report } = web({ region: "ap-northeast-2" });
    expect(report.format).toBe("cloudformation");
    expect(find("vpcs", "VPC")).toMatchObject({
      name: "cfn-web-vpc",
      cidrBlock: "10.20.0.0/16",
      region: "ap-northeast-2",
    });
    expect(find("internetGateways", "InternetGateway").vpc).toBe("VPC"); // only through VPCGatewayAttachment
    // !Cidr over !GetAtt VPC.CidrBlock (dotted) and !GetAtt [VPC, CidrBlock] (list); !Join/!Split/!Select.
    expect(find("subnets", "PublicSubnet")).toMatchObject({ cidrBlock: "10.20.0.0/24", name: "public-ap" });
    expect(find("subnets", "PrivateSubnet")).toMatchObject({ cidrBlock: "10.20.1.0/24" });
  });

  it("turns GetAZs (with '' or nothing) into the Region's zones in order, and says so", () => {
    const { find, doc, report } = web({ region: "eu-central-1" });
    expect(find("subnets", "PublicSubnet").availabilityZone).toBe("eu-central-1a");
    expect(find("subnets", "PrivateSubnet").availabilityZone).toBe("eu-central-1b");
    expect(doc.regions).toEqual([
      { id: "eu-central-1", availabilityZones: ["eu-central-1a", "eu-central-1b"] },
    ]);
    expect(report.notes.some((n) => n.includes("eu-central-1a, eu-central-1b"))).toBe(true);
  });

  it("assumes us-east-1 when no Region is given, with a note", () => {
    const { find, report } = web();
    expect(find("vpcs", "VPC").region).toBe("us-east-1");
    expect(report.notes.some((n) => n.includes("--region"))).toBe(true);
  });

  it("puts another stack's subnet in the VPC of its instance's security groups (AWS allows no other)", () => {
    const template = JSON.stringify({
      Resources: {
        Web: {
          Type: "AWS::EC2::Instance",
          Properties: {
            SubnetId: { "Fn::ImportValue": "network-Subnet1" },
            SecurityGroupIds: [{ Ref: "WebGroup" }],
          },
        },
        WebGroup: {
          Type: "AWS::EC2::SecurityGroup",
          Properties: { GroupDescription: "web", VpcId: { "Fn::ImportValue": "network-VpcId" } },
        },
        Other: {
          Type: "AWS::EC2::Instance",
          Properties: { SubnetId: { "Fn::ImportValue": "network-Subnet2" } },
        },
      },
    });
    const { find } = imported([textFile("web.json", template)]);
    expect(find("subnets", "network-Subnet1")).toMatchObject({ external: true, vpc: "network-VpcId" });
    // An instance with no group of a known VPC says nothing of its subnet's VPC.
    expect(find("subnets", "network-Subnet2").vpc).toBeUndefined();
  });

  it("says nothing of an assumed Region when it draws none (VPC and subnet from another stack)", () => {
    // The note sent the reader to "the Region's code in Properties" on a canvas without a Region.
    const template = JSON.stringify({
      Resources: {
        Web: {
          Type: "AWS::EC2::Instance",
          Properties: { InstanceType: "t3.micro", SubnetId: { "Fn::ImportValue": "network-Subnet1" } },
        },
      },
    });
    const { doc, report } = imported([textFile("web.json", template)]);
    expect(doc.regions).toEqual([]);
    expect(report.notes.filter((n) => n.includes("Region"))).toEqual([]);
  });

  it("folds routes, associations, ACL entries, separate rules and attachments into what they link", () => {
    const { find, report } = web();
    expect(find("routeTables", "PublicRouteTable")).toMatchObject({
      vpc: "VPC",
      subnets: ["PublicSubnet"],
      routes: [{ destination: "0.0.0.0/0", target: "InternetGateway" }],
    });
    expect(find("routeTables", "PrivateRouteTable").routes).toEqual([
      { destination: "0.0.0.0/0", target: "NatGateway" },
      { destination: "172.16.0.0/12", target: "vgw-VpnGateway" },
    ]);
    expect(find("networkAcls", "PrivateAcl")).toMatchObject({
      subnets: ["PrivateSubnet"],
      ingress: [
        {
          ruleNumber: 100,
          action: "allow",
          protocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidr: "10.20.0.0/16",
        },
      ],
      egress: [{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" }],
    });
    expect(find("securityGroups", "AppSecurityGroup").ingress).toEqual([
      { protocol: "tcp", fromPort: 8080, toPort: 8080, securityGroup: "WebSecurityGroup" },
    ]);
    expect(find("elasticIps", "NatEip").natGateway).toBe("NatGateway");
    expect(find("volumes", "DataVolume").attachments).toEqual([
      { instance: "WebServer", device: "/dev/sdf" },
    ]);
    expect(report.imported).toMatchObject({
      routes: 3,
      associations: 3,
      networkAclRules: 2,
      securityGroupRules: 1,
      attachments: 2,
    });
  });

  it("evaluates parameters, mappings and conditions; --param overrides a default", () => {
    const prod = web();
    expect(prod.find("instances", "WebServer").instanceType).toBe("t3.small"); // FindInMap with !Ref Environment
    expect(prod.find("volumes", "DataVolume").sizeGiB).toBe(20);
    expect(prod.find("securityGroups", "WebSecurityGroup").ingress).toHaveLength(2); // !If NotProd -> NoValue
    expect(prod.report.skipped).toContainEqual(
      expect.objectContaining({ source: "DevOnlyInstance", type: "AWS::EC2::Instance" }),
    );

    const dev = web({ params: { Environment: "dev", EnableNat: "false" } });
    expect(dev.find("instances", "WebServer").instanceType).toBe("t3.micro");
    expect(dev.find("instances", "DevOnlyInstance").subnet).toBe("PrivateSubnet");
    expect(dev.find("securityGroups", "WebSecurityGroup").ingress).toHaveLength(3);
    expect(dev.doc.natGateways).toEqual([]);
    expect(dev.report.skipped.map((s) => s.source)).toEqual(
      expect.arrayContaining(["NatGateway", "NatEip", "PrivateRoute"]),
    );
  });

  it("makes external placeholders for ImportValue and never invents a value for a parameter without a default", () => {
    const { find, report } = web();
    expect(find("subnets", "prod-AppSubnet")).toMatchObject({ external: true });
    expect(find("instances", "AppServer").subnet).toBe("prod-AppSubnet");
    expect(find("securityGroups", "shared-db-sg").external).toBe(true);
    expect(report.placeholders.map((p) => [p.id, p.kind])).toEqual(
      expect.arrayContaining([
        ["prod-AppSubnet", "subnet"],
        ["shared-db-sg", "securityGroup"],
      ]),
    );
    expect(find("instances", "WebServer").keyName).toBeUndefined(); // KeyName has no default
    expect(report.notes.some((n) => n.includes("KeyName"))).toBe(true);
  });

  it("draws a VPC another stack exports in the template's Region (Fn::ImportValue never crosses Regions)", () => {
    const template = JSON.stringify({
      Resources: {
        Subnet: subnet(
          "10.0.1.0/24",
          { AvailabilityZone: "eu-west-1a" },
          { "Fn::ImportValue": "network-VPC" },
        ),
      },
    });
    const { find, doc } = imported([textFile("app.json", template)]);
    expect(doc.regions).toEqual([{ id: "eu-west-1", availabilityZones: ["eu-west-1a"] }]);
    expect(find("vpcs", "network-VPC")).toMatchObject({ external: true, region: "eu-west-1" });
  });

  // AWS (RunInstances, launch templates): an instance launched from a launch template takes the
  // template's parameters; any the instance sets itself override them.
  describe("an instance launched from an AWS::EC2::LaunchTemplate", () => {
    const lt = (data: object, name = "web-lt") => ({
      Type: "AWS::EC2::LaunchTemplate",
      Properties: { LaunchTemplateName: name, LaunchTemplateData: data },
    });
    const template = (instances: Record<string, object>, data: object = {}) =>
      JSON.stringify({
        Resources: {
          VPC: resource("AWS::EC2::VPC", { CidrBlock: "10.0.0.0/16" }),
          SubnetA: subnet("10.0.1.0/24", { AvailabilityZone: "eu-west-1a" }, { Ref: "VPC" }),
          SubnetB: subnet("10.0.2.0/24", { AvailabilityZone: "eu-west-1a" }, { Ref: "VPC" }),
          Web: resource("AWS::EC2::SecurityGroup", { VpcId: { Ref: "VPC" }, GroupDescription: "web" }),
          Admin: resource("AWS::EC2::SecurityGroup", { VpcId: { Ref: "VPC" }, GroupDescription: "admin" }),
          LT: lt({
            InstanceType: "c6i.large",
            ImageId: "ami-0123456789abcdef0",
            KeyName: "ops",
            NetworkInterfaces: [
              {
                DeviceIndex: 0,
                SubnetId: { Ref: "SubnetA" },
                Groups: [{ Ref: "Web" }],
                AssociatePublicIpAddress: true,
              },
            ],
            BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 30, VolumeType: "gp3" } }],
            ...data,
          }),
          ...instances,
        },
      });
    /** The stack of these instances, imported. */
    const stack = (instances: Record<string, object>, data?: object) =>
      imported([textFile("stack.json", template(instances, data))]);

    it("takes type, image, key, subnet, groups, public address and volumes from the template", () => {
      const { find, report } = stack({
        Server: resource("AWS::EC2::Instance", {
          LaunchTemplate: {
            LaunchTemplateId: { Ref: "LT" },
            Version: { "Fn::GetAtt": ["LT", "LatestVersionNumber"] },
          },
        }),
      });
      expect(find("instances", "Server")).toMatchObject({
        subnet: "SubnetA",
        instanceType: "c6i.large",
        imageId: "ami-0123456789abcdef0",
        keyName: "ops",
        publicIp: true,
        securityGroups: ["Web"],
      });
      expect(find("volumes", "Server-xvda")).toMatchObject({
        sizeGiB: 30,
        volumeType: "gp3",
        attachments: [{ instance: "Server", device: "/dev/xvda" }],
      });
      // Not the CloudFormation default type for an instance that names none.
      expect(report.notes.join("\n")).not.toContain("m1.small");
      expect(report.notes.join("\n")).toContain("launch template LT");
    });

    it("lets the instance's own properties win, and finds the template by its name", () => {
      const { find } = stack({
        Server: resource("AWS::EC2::Instance", {
          LaunchTemplate: { LaunchTemplateName: "web-lt", Version: "1" },
          InstanceType: "t3.micro",
          SubnetId: { Ref: "SubnetB" },
          SecurityGroupIds: [{ Ref: "Admin" }],
        }),
      });
      expect(find("instances", "Server")).toMatchObject({
        subnet: "SubnetB",
        instanceType: "t3.micro",
        imageId: "ami-0123456789abcdef0",
        securityGroups: ["Admin"],
      });
    });

    it("tags the instance and its volumes as the template's TagSpecifications say, the instance's own Tags winning", () => {
      const tagged = {
        TagSpecifications: [
          {
            ResourceType: "instance",
            Tags: [
              { Key: "Name", Value: "web" },
              { Key: "Team", Value: "blue" },
            ],
          },
          { ResourceType: "volume", Tags: [{ Key: "Name", Value: "web-disk" }] },
          { ResourceType: "network-interface", Tags: [{ Key: "Name", Value: "web-eni" }] },
        ],
      };
      const launch = {
        LaunchTemplateId: { Ref: "LT" },
        Version: { "Fn::GetAtt": ["LT", "DefaultVersionNumber"] },
      };
      const { find, report } = stack(
        {
          Server: { Type: "AWS::EC2::Instance", Properties: { LaunchTemplate: launch } },
          Named: {
            Type: "AWS::EC2::Instance",
            Properties: { LaunchTemplate: launch, Tags: [{ Key: "Name", Value: "api" }] },
          },
        },
        tagged,
      );
      expect(find("instances", "Server")).toMatchObject({ name: "web", tags: { Name: "web", Team: "blue" } });
      expect(find("instances", "Named")).toMatchObject({ name: "api", tags: { Name: "api", Team: "blue" } });
      expect(find("volumes", "Server-xvda")).toMatchObject({ name: "web-disk", tags: { Name: "web-disk" } });
      // The latest or default version is the data written here: nothing to say about versions.
      expect(report.notes.join("\n")).not.toContain("version");
    });

    it("gives the volumes an instance launches with its own Tags when PropagateTagsToVolumeOnCreation is true, over the template's volume tags", () => {
      const tagged = {
        TagSpecifications: [
          {
            ResourceType: "volume",
            Tags: [
              { Key: "Name", Value: "web-disk" },
              { Key: "Backup", Value: "daily" },
            ],
          },
        ],
      };
      const launch = {
        LaunchTemplateId: { Ref: "LT" },
        Version: { "Fn::GetAtt": ["LT", "LatestVersionNumber"] },
      };
      const own = [
        { Key: "Name", Value: "api" },
        { Key: "Team", Value: "red" },
      ];
      const { find } = stack(
        {
          Propagating: resource("AWS::EC2::Instance", {
            LaunchTemplate: launch,
            Tags: own,
            PropagateTagsToVolumeOnCreation: true,
          }),
          Keeping: resource("AWS::EC2::Instance", {
            LaunchTemplate: launch,
            Tags: own,
            PropagateTagsToVolumeOnCreation: false,
          }),
          // No launch template: the instance's own block device mappings.
          Plain: resource("AWS::EC2::Instance", {
            InstanceType: "t3.micro",
            SubnetId: { Ref: "SubnetB" },
            Tags: [{ Key: "Team", Value: "green" }],
            PropagateTagsToVolumeOnCreation: "true",
            BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 8, VolumeType: "gp3" } }],
          }),
        },
        tagged,
      );
      expect(find("volumes", "Propagating-xvda")).toMatchObject({
        name: "api",
        tags: { Name: "api", Backup: "daily", Team: "red" },
      });
      expect(find("volumes", "Keeping-xvda")).toMatchObject({
        name: "web-disk",
        tags: { Name: "web-disk", Backup: "daily" },
      });
      expect(find("volumes", "Plain-xvda")).toMatchObject({ name: "Plain-xvda", tags: { Team: "green" } });
    });

    it("says when an instance asks for a numbered version, which the template's data may not be", () => {
      const { find, report } = stack({
        Server: {
          Type: "AWS::EC2::Instance",
          Properties: { LaunchTemplate: { LaunchTemplateName: "web-lt", Version: "2" } },
        },
        Latest: {
          Type: "AWS::EC2::Instance",
          Properties: { LaunchTemplate: { LaunchTemplateName: "web-lt", Version: "$Latest" } },
        },
      });
      expect(find("instances", "Server")).toMatchObject({ instanceType: "c6i.large" });
      expect(report.notes).toContain(
        "Instances launched from a numbered version of a launch template of this template are drawn from the LaunchTemplateData written here, its current version, which that version may not be: 1 (e.g. Server, version 2 of LT).",
      );
    });

    it("leaves what a template outside this one would give unknown, instead of CloudFormation's default type", () => {
      const { doc, report } = stack({
        Server: resource("AWS::EC2::Instance", {
          LaunchTemplate: { LaunchTemplateId: "lt-0123456789abcdef0", Version: "3" },
          SubnetId: { Ref: "SubnetB" },
        }),
      });
      const server = doc.instances?.find((i) => i.id === "Server");
      expect(server).toMatchObject({ external: true, subnet: "SubnetB" });
      expect(server?.instanceType).toBeUndefined();
      expect(report.notes.join("\n")).not.toContain("m1.small");
      expect(report.placeholders.find((p) => p.id === "Server")?.reason).toContain("lt-0123456789abcdef0");
    });
  });

  it("says when subnets of a VPC the template doesn't create are drawn private for want of its main route table", () => {
    const inVpc = (vpc: unknown, cidr: string) => subnet(cidr, { AvailabilityZone: "eu-west-1a" }, vpc);
    const template = JSON.stringify({
      Parameters: { VpcId: { Type: "AWS::EC2::VPC::Id", Default: "vpc-0123456789abcdef0" } },
      Resources: {
        Own: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.9.0.0/16" } },
        // A VPC the template creates starts with a main route table holding only the local route,
        // which no template can change: private is what AWS does, nothing to say.
        InOwn: inVpc({ Ref: "Own" }, "10.9.1.0/24"),
        Shared: inVpc({ Ref: "VpcId" }, "10.0.1.0/24"),
        Exported: inVpc({ "Fn::ImportValue": "network-VPC" }, "10.1.1.0/24"),
        Routed: inVpc({ Ref: "VpcId" }, "10.0.2.0/24"),
        Table: { Type: "AWS::EC2::RouteTable", Properties: { VpcId: { Ref: "VpcId" } } },
        Association: {
          Type: "AWS::EC2::SubnetRouteTableAssociation",
          Properties: { SubnetId: { Ref: "Routed" }, RouteTableId: { Ref: "Table" } },
        },
      },
    });
    const files = [textFile("app.json", template)];
    expect(imported(files).report.notes).toContain(
      "Subnets of a VPC the template doesn't create are drawn grey, neither public nor private, as their routes are unknown: 2 (e.g. Shared). Without a SubnetRouteTableAssociation they use that VPC's main route table, which a template can't describe.",
    );
    expect(imported(files, { lang: "ko" }).report.notes.join("\n")).toContain(
      "템플릿이 만들지 않는 VPC의 서브넷은 라우팅을 알 수 없어 퍼블릭도 프라이빗도 아닌 회색 서브넷으로 그렸습니다: 2개(예: Shared).",
    );
  });

  it("reads the last definition of a logical id defined twice, as CloudFormation does, and says so (JSON and YAML)", () => {
    const vpc = (cidr: string) => `{"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "${cidr}"}}`;
    // Keys repeated elsewhere (Outputs, a resource's Properties) are not logical ids of Resources.
    const json = [
      "{",
      '  "Outputs": {"A": {"Value": 1}, "A": {"Value": 2}},',
      `  "Resources": {"Vpc": ${vpc("10.0.0.0/16")}, "Other": ${vpc("10.5.0.0/16")},`,
      `    "Vpc": ${vpc("10.1.0.0/16")},`,
      '    "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.1.1.0/24", "CidrBlock": "10.1.2.0/24", "AvailabilityZone": "us-east-1a"}},',
      `    "Other": ${vpc("10.6.0.0/16")}`,
      "  }",
      "}",
    ].join("\n");
    const fromJson = imported([textFile("stack.json", json)]);
    expect(fromJson.find("vpcs", "Vpc").cidrBlock).toBe("10.1.0.0/16");
    expect(fromJson.report.notes).toContain(
      "Logical ids defined more than once in the Resources of stack.json: 2 (e.g. Vpc, last at line 4). The last definition of each is read, as CloudFormation deploys it (it accepts such a template without a word).",
    );
    const yaml = [
      "Resources:",
      "  Vpc:",
      "    Type: AWS::EC2::VPC",
      "    Properties: {CidrBlock: 10.0.0.0/16}",
      "  Vpc:",
      "    Type: AWS::EC2::VPC",
      "    Properties: {CidrBlock: 10.1.0.0/16}",
    ].join("\n");
    const fromYaml = imported([textFile("stack.yaml", yaml)], { lang: "ko" });
    expect(fromYaml.find("vpcs", "Vpc").cidrBlock).toBe("10.1.0.0/16");
    expect(fromYaml.report.notes[0]).toBe(
      "stack.yaml의 Resources에 두 번 이상 정의된 논리 ID: 1개(예: Vpc, 마지막은 5행). CloudFormation이 배포하는 대로 각각 마지막 정의를 읽습니다(CloudFormation은 이런 템플릿을 아무 말 없이 받아들입니다).",
    );
    // Nothing repeated: nothing said.
    expect(web().report.notes.filter((n) => n.includes("more than once"))).toEqual([]);
  });

  it("links nothing to an id given as an empty string (a parameter left at Default: ''), and says where", () => {
    // The shape of a quick-start NAT instance template: its ids come in through parameters defaulting to "".
    const template = JSON.stringify({
      Parameters: {
        SubnetId: { Type: "String", Default: "" },
        GroupId: { Type: "String", Default: "" },
        PrivateRouteTable: { Type: "String", Default: "" },
      },
      Resources: {
        Nat: {
          Type: "AWS::EC2::Instance",
          Properties: {
            InstanceType: "t3.micro",
            SubnetId: { Ref: "SubnetId" },
            SecurityGroupIds: [{ Ref: "GroupId" }],
          },
        },
        ToNat: {
          Type: "AWS::EC2::Route",
          Properties: {
            RouteTableId: { Ref: "PrivateRouteTable" },
            DestinationCidrBlock: "0.0.0.0/0",
            InstanceId: { Ref: "Nat" },
          },
        },
      },
    });
    const result = importTopology([textFile("nat-instance.json", template)]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("; "));
    const ids = Object.values(result.doc).flatMap((v) => (Array.isArray(v) ? v.map((r) => r.id) : []));
    expect(ids).not.toContain("");
    expect(result.doc.instances).toEqual([
      expect.objectContaining({ id: "Nat", external: true, instanceType: "t3.micro" }),
    ]);
    expect(result.report.placeholders.find((p) => p.id === "Nat")?.reason).toContain("empty string");
    expect(result.report.notes.join(" ")).toContain("Nat names a resource by an empty string");
    expect(result.report.skipped.map((s) => s.source)).toEqual(["ToNat"]);
  });

  it("keeps a route table or network ACL without a VpcId as a placeholder saying so (not a document ec2viz refuses)", () => {
    const template = JSON.stringify({
      Resources: {
        Acl: { Type: "AWS::EC2::NetworkAcl", Properties: { Tags: [{ Key: "Network", Value: "Public" }] } },
        Http: {
          Type: "AWS::EC2::NetworkAclEntry",
          Properties: {
            NetworkAclId: { Ref: "Acl" },
            RuleNumber: 100,
            Protocol: 6,
            RuleAction: "allow",
            CidrBlock: "0.0.0.0/0",
            PortRange: { From: 80, To: 80 },
          },
        },
        Table: { Type: "AWS::EC2::RouteTable", Properties: {} },
      },
    });
    const result = importTopology([textFile("acl.yaml", template)]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("; "));
    expect(result.doc.networkAcls[0]).toMatchObject({ id: "Acl", external: true });
    expect(result.doc.routeTables[0]).toMatchObject({ id: "Table", external: true });
    expect(result.report.placeholders.map((p) => [p.id, p.reason])).toEqual([
      ["Table", "The template doesn't give its VPC."],
      ["Acl", "The template doesn't give its VPC."],
    ]);
  });

  it("makes Fn::GetAtt [Vpc, DefaultSecurityGroup] a placeholder marked as that VPC's default group", () => {
    // AWS::EC2::VPC returns DefaultSecurityGroup: the id of the group AWS created with the VPC.
    const template = JSON.stringify(
      withVpc({
        Subnet: subnet("10.0.1.0/24", { AvailabilityZone: "us-east-1a" }),
        Web: resource("AWS::EC2::Instance", {
          InstanceType: "t3.micro",
          SubnetId: { Ref: "Subnet" },
          SecurityGroupIds: [{ "Fn::GetAtt": ["Vpc", "DefaultSecurityGroup"] }],
        }),
        // A rule the template adds to the default group lands on the same placeholder.
        Ssh: resource("AWS::EC2::SecurityGroupIngress", {
          GroupId: { "Fn::GetAtt": ["Vpc", "DefaultSecurityGroup"] },
          IpProtocol: "tcp",
          FromPort: 22,
          ToPort: 22,
          CidrIp: "198.51.100.0/24",
        }),
      }),
    );
    const result = importTopology([textFile("stack.json", template)]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("; "));
    expect(result.doc.securityGroups).toEqual([
      {
        id: "Vpc.DefaultSecurityGroup",
        vpc: "Vpc",
        default: true,
        external: true,
        ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "198.51.100.0/24" }],
      },
    ]);
    expect(result.doc.instances[0]?.securityGroups).toEqual(["Vpc.DefaultSecurityGroup"]);
    expect(result.report.placeholders.map((p) => [p.id, p.reason])).toEqual([
      [
        "Vpc.DefaultSecurityGroup",
        "Made by AWS with Vpc (DefaultSecurityGroup); the template does not describe it.",
      ],
    ]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("takes the Region from the zones its resources name (CDK writes them out), and a NAT gateway named as GatewayId", () => {
    const template = JSON.stringify(
      withVpc({
        Public: subnet("10.0.0.0/24", { AvailabilityZone: "us-east-2a" }),
        Private: subnet("10.0.1.0/24", { AvailabilityZone: "us-east-2b" }),
        Nat: resource("AWS::EC2::NatGateway", { SubnetId: { Ref: "Public" } }),
        Table: resource("AWS::EC2::RouteTable", { VpcId: { Ref: "Vpc" } }),
        Out: resource("AWS::EC2::Route", {
          RouteTableId: { Ref: "Table" },
          DestinationCidrBlock: "0.0.0.0/0",
          GatewayId: { Ref: "Nat" },
        }),
      }),
    );
    const { find, report } = imported([textFile("cdk.template.json", template)]);
    const checked = importTopology([textFile("cdk.template.json", template)]);
    if (!checked.ok) throw new Error("not imported");
    expect(find("vpcs", "Vpc").region).toBe("us-east-2");
    expect(report.notes).toContain(
      "A template doesn't say its Region: us-east-2 is taken from the Availability Zones its resources name (pass --region to choose).",
    );
    expect(checked.diagnostics.map((d) => d.code)).not.toContain("az-not-in-region");
    // The route goes through the NAT gateway, not to a virtual private gateway "vgw-Nat".
    expect(find("routeTables", "Table").routes).toEqual([{ destination: "0.0.0.0/0", target: "Nat" }]);
    // --region still decides; zones of two Regions decide nothing.
    expect(
      imported([textFile("cdk.template.json", template)], { region: "eu-west-1" }).find("vpcs", "Vpc").region,
    ).toBe("eu-west-1");
    const mixed = template.replace('"us-east-2b"', '"eu-west-1b"');
    expect(imported([textFile("mixed.template.json", mixed)]).find("vpcs", "Vpc").region).toBe("us-east-1");
  });

  it("gives an instance the public address its subnet auto-assigns (MapPublicIpOnLaunch) unless its launch says", () => {
    // CDK's public subnets set MapPublicIpOnLaunch and its instances name only a SubnetId: AWS gives
    // them a public IPv4 address, so the internet can reach them (and they reach it) through the gateway.
    const nic = (associate?: boolean) => [
      {
        DeviceIndex: "0",
        SubnetId: { Ref: "Public" },
        ...(associate === undefined ? {} : { AssociatePublicIpAddress: associate }),
      },
    ];
    const instance = (more: Record<string, unknown>) =>
      resource("AWS::EC2::Instance", { InstanceType: "t3.micro", ...more });
    const template = JSON.stringify(
      withVpc({
        Public: subnet("10.0.0.0/24", { MapPublicIpOnLaunch: true }),
        Private: subnet("10.0.1.0/24"),
        Bastion: instance({ SubnetId: { Ref: "Public" } }),
        Quiet: instance({ NetworkInterfaces: nic(false) }),
        Nic: instance({ NetworkInterfaces: nic() }),
        TwoNics: instance({
          NetworkInterfaces: [...nic(), { DeviceIndex: "1", SubnetId: { Ref: "Public" } }],
        }),
        Inside: instance({ SubnetId: { Ref: "Private" } }),
      }),
    );
    const { find } = imported([textFile("stack.json", template)]);
    expect(find("instances", "Bastion").publicIp).toBe(true);
    expect(find("instances", "Nic").publicIp).toBe(true);
    expect(find("instances", "Quiet").publicIp).toBe(false);
    expect(find("instances", "TwoNics").publicIp).toBeUndefined(); // AWS assigns none with several interfaces
    expect(find("instances", "Inside").publicIp).toBeUndefined();
  });

  it("takes parameter values from a parameters file imported with its template (--param still wins)", () => {
    const template = JSON.stringify({
      Parameters: {
        VpcCidr: { Type: "String", Default: "10.0.0.0/16" },
        SubnetCidr: { Type: "String" },
        toString: { Type: "String", Default: "kept" },
        Zones: { Type: "List<AWS::EC2::AvailabilityZone::Name>" },
      },
      Resources: {
        Vpc: resource("AWS::EC2::VPC", { CidrBlock: { Ref: "VpcCidr" } }),
        Subnet: subnet(
          { Ref: "SubnetCidr" },
          {
            AvailabilityZone: { "Fn::Select": [1, { Ref: "Zones" }] },
            Tags: [{ Key: "Name", Value: { Ref: "toString" } }],
          },
        ),
      },
    });
    const parameters = JSON.stringify([
      { ParameterKey: "VpcCidr", ParameterValue: "10.8.0.0/16" },
      { ParameterKey: "SubnetCidr", ParameterValue: "10.8.1.0/24" },
      { ParameterKey: "Zones", ParameterValue: "eu-west-2a,eu-west-2b" },
      { ParameterKey: "KeyName", UsePreviousValue: true }, // a parameter of another stack: no note
    ]);
    const files = [textFile("stack.json", template), textFile("stack-parameters.json", parameters)];
    const { find, report } = imported(files);
    expect(find("vpcs", "Vpc").cidrBlock).toBe("10.8.0.0/16");
    expect(find("subnets", "Subnet")).toMatchObject({
      cidrBlock: "10.8.1.0/24",
      name: "kept",
      availabilityZone: "eu-west-2b",
    });
    // The Region the zones belong to, not us-east-1 (which made every subnet an az-not-in-region error).
    expect(find("vpcs", "Vpc").region).toBe("eu-west-2");
    // The app (no params to give) names no --param, which it doesn't have; the command line does.
    expect(report.notes).toEqual([
      "Parameter values from stack-parameters.json: VpcCidr, SubnetCidr, Zones.",
      "A template doesn't say its Region: eu-west-2 is taken from the Availability Zones its parameters are given (choose another with ec2viz import --region, or in the app by changing the Region's code in Properties).",
    ]);
    expect(imported(files, { lang: "ko" }).report.notes[0]).toBe(
      "stack-parameters.json의 파라미터 값을 썼습니다: VpcCidr, SubnetCidr, Zones.",
    );
    expect(imported(files, { params: {} }).report.notes[0]).toBe(
      "Parameter values from stack-parameters.json: VpcCidr, SubnetCidr, Zones (--param overrides them).",
    );
    expect(imported(files, { params: { VpcCidr: "10.9.0.0/16" } }).find("vpcs", "Vpc").cidrBlock).toBe(
      "10.9.0.0/16",
    );
    // A name typed with --param is checked against the template; a parameters file's are not.
    expect(imported(files, { params: { Nope: "x" } }).report.notes).toContain(
      "--param Nope: the template has no such parameter.",
    );
    // On its own it is refused with what to do, not taken for --query output.
    const alone = importFiles([textFile("stack-parameters.json", parameters)]);
    expect(alone.ok).toBe(false);
    expect(alone.problems[0]?.message.en).toContain("import it together with its template");
  });

  it("reads the template inside aws cloudformation get-template output (TemplateBody as JSON or a YAML string)", () => {
    const vpc = withVpc({});
    const asJson = JSON.stringify({ TemplateBody: vpc, StagesAvailable: ["Original", "Processed"] });
    const asYaml = JSON.stringify({
      TemplateBody:
        "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Sub 10.0.0.0/16\n",
      StagesAvailable: ["Original"],
    });
    for (const text of [asJson, asYaml]) {
      const { find, report } = imported([textFile("get-template.json", text)]);
      expect(report.format).toBe("cloudformation");
      expect(find("vpcs", "Vpc").cidrBlock).toBe("10.0.0.0/16");
      expect(report.notes.join(" ")).toContain("get-template");
    }
    const broken = importFiles([
      textFile("get-template.json", JSON.stringify({ TemplateBody: "Resources:\n  Vpc: [\n" })),
    ]);
    expect(broken.ok).toBe(false);
    expect(broken.problems.map((p) => p.message.en).join(" ")).toContain("not valid YAML");
  });

  it("names a rule left out because its CIDR is a parameter without a value, inline or on its own", () => {
    const rule = { IpProtocol: "tcp", FromPort: 22, ToPort: 22, CidrIp: { Ref: "AdminCidr" } };
    const template = JSON.stringify(
      withVpc(
        {
          Sg: resource("AWS::EC2::SecurityGroup", {
            GroupDescription: "admin",
            VpcId: { Ref: "Vpc" },
            SecurityGroupIngress: [rule, { ...rule, FromPort: 443, ToPort: 443, CidrIp: "0.0.0.0/0" }],
          }),
          Rdp: resource("AWS::EC2::SecurityGroupIngress", { ...rule, GroupId: { Ref: "Sg" } }),
          Acl: resource("AWS::EC2::NetworkAcl", { VpcId: { Ref: "Vpc" } }),
          AclSsh: resource("AWS::EC2::NetworkAclEntry", {
            NetworkAclId: { Ref: "Acl" },
            RuleNumber: 100,
            Protocol: 6,
            RuleAction: "allow",
            CidrBlock: { Ref: "AdminCidr" },
            PortRange: { From: 22, To: 22 },
          }),
        },
        { Parameters: { AdminCidr: { Type: "String" } } },
      ),
    );
    const { find, report } = imported([textFile("admin.json", template)]);
    expect(find("securityGroups", "Sg").ingress).toEqual([
      { protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" },
    ]);
    const why =
      "Its IPv4 CIDR block is not known: Template parameter AdminCidr has no default (give it a value with ec2viz import --param AdminCidr=..., or a parameters file opened with the template).";
    expect(report.notes).toContain(`A rule of Sg is left out. ${why}`);
    expect(report.skipped).toEqual([
      { source: "Rdp", type: "AWS::EC2::SecurityGroupIngress", reason: why },
      { source: "AclSsh", type: "AWS::EC2::NetworkAclEntry", reason: why },
    ]);
  });

  it("reads a rule, entry or route block with host bits set as AWS keeps it (its network), and says so", () => {
    // AWS's own sample templates default SSHLocation to 192.168.1.0/0: AWS opens the port to 0.0.0.0/0.
    const template = JSON.stringify(
      withVpc(
        {
          Sg: resource("AWS::EC2::SecurityGroup", {
            GroupDescription: "ssh",
            VpcId: { Ref: "Vpc" },
            SecurityGroupIngress: [
              { IpProtocol: "tcp", FromPort: 22, ToPort: 22, CidrIp: { Ref: "SSHLocation" } },
              { IpProtocol: "tcp", FromPort: 80, ToPort: 80, CidrIp: "not-a-block" },
            ],
          }),
          Acl: resource("AWS::EC2::NetworkAcl", { VpcId: { Ref: "Vpc" } }),
          AclIn: resource("AWS::EC2::NetworkAclEntry", {
            NetworkAclId: { Ref: "Acl" },
            RuleNumber: 100,
            Protocol: -1,
            RuleAction: "allow",
            CidrBlock: "10.0.7.9/16",
          }),
          Rt: resource("AWS::EC2::RouteTable", { VpcId: { Ref: "Vpc" } }),
          Peer: resource("AWS::EC2::Route", {
            RouteTableId: { Ref: "Rt" },
            DestinationCidrBlock: "172.16.5.1/12",
            VpcPeeringConnectionId: "pcx-1234",
          }),
        },
        { Parameters: { SSHLocation: { Type: "String", Default: "192.168.1.0/0" } } },
      ),
    );
    const { find, report } = imported([textFile("ssh.json", template)]);
    expect(find("securityGroups", "Sg").ingress).toEqual([
      { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "0.0.0.0/0" },
    ]);
    expect(find("networkAcls", "Acl").ingress).toEqual([
      { ruleNumber: 100, action: "allow", protocol: "-1", cidr: "10.0.0.0/16" },
    ]);
    expect(find("routeTables", "Rt").routes).toEqual([{ destination: "172.16.0.0/12", target: "pcx-1234" }]);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        "192.168.1.0/0 has host bits set: AWS keeps such a rule or route block as its network, 0.0.0.0/0, and it is drawn so.",
        "10.0.7.9/16 has host bits set: AWS keeps such a rule or route block as its network, 10.0.0.0/16, and it is drawn so.",
        "172.16.5.1/12 has host bits set: AWS keeps such a rule or route block as its network, 172.16.0.0/12, and it is drawn so.",
        "A security group rule whose block is no IPv4 CIDR (not-a-block) is not drawn.",
      ]),
    );
  });

  it("draws an internet gateway a route names but the template doesn't define attached to the route table's VPC", () => {
    // CloudFormation can only create the route while the gateway is attached to that VPC.
    const template = JSON.stringify({
      Parameters: { VpcId: { Type: "AWS::EC2::VPC::Id" }, GatewayId: { Type: "String" } },
      Resources: {
        Subnet: subnet("10.0.1.0/24", { AvailabilityZone: "us-east-1a" }, { Ref: "VpcId" }),
        Rt: resource("AWS::EC2::RouteTable", { VpcId: { Ref: "VpcId" } }),
        Default: resource("AWS::EC2::Route", {
          RouteTableId: { Ref: "Rt" },
          DestinationCidrBlock: "0.0.0.0/0",
          GatewayId: { Ref: "GatewayId" },
        }),
        Assoc: resource("AWS::EC2::SubnetRouteTableAssociation", {
          RouteTableId: { Ref: "Rt" },
          SubnetId: { Ref: "Subnet" },
        }),
      },
    });
    const result = importTopology([textFile("public.json", template)], {
      params: { GatewayId: "igw-0123abcd" },
    });
    if (!result.ok) throw new Error("import failed");
    const { doc, report } = result;
    expect(doc.internetGateways).toEqual([{ id: "igw-0123abcd", vpc: "VpcId", external: true }]);
    expect(report.placeholders).toContainEqual({
      id: "igw-0123abcd",
      kind: "internetGateway",
      reason:
        "An internet gateway the routes use but the files don't define. AWS adds a route to an internet gateway only while it is attached to the route table's VPC, so it is drawn attached to VpcId.",
    });
    expect(publicSubnetIds(doc)).toEqual(new Set(["Subnet"]));
  });

  it("expands Fn::ForEach, notes unknown tags, and takes an SSM parameter as unknown rather than as an AMI", () => {
    const { find, report } = web();
    expect(find("instances", "BlueServer").name).toBe("replica-Blue");
    expect(find("instances", "GreenServer").subnet).toBe("PrivateSubnet");
    expect(find("instances", "AppServer").name).toBe("AppServer"); // Name from !Rain::Embed is not read
    expect(report.notes.some((n) => n.includes("!Rain::Embed"))).toBe(true);
    expect(find("instances", "WebServer").imageId).toBeUndefined();
  });

  it("accounts for every resource once: imported, folded, placeholder or skipped", () => {
    const { report } = web();
    const resources = 29 + 2; // the template's 29 resources, plus the two made by Fn::ForEach
    const counted = Object.values(report.imported).reduce((a, b) => a + b, 0);
    // Placeholders here stand for things the template only refers to, so they are not counted.
    expect(counted + report.skipped.length).toBe(resources);
  });

  it("reads JSON templates: list-form GetAtt, Fn::GetAZs null, string ports, a Rain module Type skipped", () => {
    const template = withVpc(
      {
        Subnet: subnet(
          { "Fn::Select": [2, { "Fn::Cidr": [{ "Fn::GetAtt": ["Vpc", "CidrBlock"] }, 4, 8] }] },
          { AvailabilityZone: { "Fn::Select": ["1", { "Fn::GetAZs": null }] } },
        ),
        Sg: resource("AWS::EC2::SecurityGroup", {
          GroupDescription: "x",
          VpcId: { Ref: "Vpc" },
          SecurityGroupIngress: [
            { IpProtocol: -1, CidrIp: "10.0.0.0/8" },
            { IpProtocol: "6", FromPort: "80", ToPort: "80", CidrIp: "0.0.0.0/0" },
          ],
        }),
        Missing: subnet("10.9.0.0/24", {}, { Ref: "NotDefined" }),
      },
      { AWSTemplateFormatVersion: "2010-09-09" },
    );
    const { find, report } = imported([textFile("t.json", JSON.stringify(template, null, "\t"))], {
      region: "sa-east-1",
    });
    expect(find("subnets", "Subnet")).toMatchObject({
      cidrBlock: "10.0.2.0/24",
      availabilityZone: "sa-east-1b",
    });
    expect(find("securityGroups", "Sg").ingress).toEqual([
      { protocol: "-1", cidr: "10.0.0.0/8" },
      { protocol: "tcp", fromPort: 80, toPort: 80, cidr: "0.0.0.0/0" },
    ]);
    expect(report.placeholders).toContainEqual(expect.objectContaining({ id: "NotDefined", kind: "vpc" }));

    const rain = "Resources:\n  Bucket:\n    Type: !Rain::Module ./bucket.yaml\n";
    expect(imported([textFile("r.yaml", rain)]).report.skipped).toEqual([
      expect.objectContaining({ source: "Bucket", type: "!Rain::Module" }),
    ]);
  });

  it("reports a YAML syntax error with its line and column, and reads an unquoted 2010-09-09 as text", () => {
    const broken = importFiles([textFile("bad.yaml", "Resources:\n  Vpc:\n    Type: [AWS::EC2::VPC\n")]);
    expect(broken.ok).toBe(false);
    expect(broken.problems[0]).toMatchObject({
      file: "bad.yaml",
      line: expect.any(Number),
      column: expect.any(Number),
    });
    const twoDocs = importFiles([textFile("two.yaml", "Resources: {}\n---\nkind: Pod\n")]);
    expect(twoDocs.ok).toBe(false);
    expect(twoDocs.problems[0]).toMatchObject({ line: 2, column: 1 });
    expect(twoDocs.problems[0]?.message.en).toBe(
      "not valid YAML: a second document starts here (after ---); a template is one document",
    );
    const dated =
      "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n";
    expect(imported([textFile("d.yaml", dated)]).find("vpcs", "Vpc").cidrBlock).toBe("10.0.0.0/16");
  });

  it("reads an instance's block device mappings as volumes attached to it, in its subnet's zone", () => {
    const template = `Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1b }
  Web:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      SubnetId: !Ref Subnet
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: 30, VolumeType: gp3, Iops: 4000, Encrypted: true }
        - DeviceName: /dev/sdf
          NoDevice: {}
        - DeviceName: /dev/sdg
          Ebs: { SnapshotId: snap-0123456789abcdef0 }
`;
    const { find, doc, report } = imported([textFile("bdm.yaml", template)]);
    expect(find("volumes", "Web-xvda")).toEqual({
      id: "Web-xvda",
      name: "Web-xvda",
      sizeGiB: 30,
      volumeType: "gp3",
      iops: 4000,
      encrypted: true,
      attachments: [{ instance: "Web", device: "/dev/xvda" }],
      availabilityZone: "eu-west-1b",
    });
    // No EBS volume at all (NoDevice) is nothing to draw; an EBS volume of unknown size (its
    // snapshot's) can't be drawn and is counted in a note.
    expect(doc.volumes).toHaveLength(1);
    expect(report.notes.filter((n) => n.includes("block device mappings"))).toEqual([
      "EBS volumes an instance's block device mappings create are not drawn when the template doesn't give their size, device name or volume type (without VolumeSize a volume takes its snapshot's or image's size): 1 (e.g. /dev/sdg of Web).",
    ]);
  });

  it("says nothing of mappings that make no EBS volume (NoDevice, instance store), as troposphere's EC2_Remove_Ephemeral_Drive writes them", () => {
    const template = `Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: m1.small
      ImageId: ami-7f418316
      BlockDeviceMappings:
        - { DeviceName: /dev/sdb, NoDevice: {} }
        - { DeviceName: /dev/sdc, VirtualName: ephemeral0 }
`;
    const { doc, report } = imported([textFile("ephemeral.yaml", template)]);
    expect(doc.volumes).toEqual([]);
    expect(report.notes.filter((n) => /block device/i.test(n))).toEqual([]);
  });

  it("gives back ec2viz's ids, Region and zones from a template ec2viz exported (Metadata.ec2viz)", () => {
    const template = `Metadata:
  ec2viz:
    region: ap-northeast-2
    zones: [ap-northeast-2a, ap-northeast-2c]
    ids: { VpcMain: vpc-main, Shared: sg-shared }
    names: { Shared: shared group }
Parameters:
  Shared: { Type: "AWS::EC2::SecurityGroup::Id" }
Resources:
  VpcMain:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref VpcMain
      SecurityGroupEgress:
        - { IpProtocol: icmp, FromPort: 252, ToPort: 86, CidrIp: 255.255.255.255/32 }
  WebEgress:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !GetAtt Web.GroupId
      IpProtocol: tcp
      FromPort: 5432
      ToPort: 5432
      DestinationSecurityGroupId: !Ref Shared
`;
    const { find, doc, report } = imported([textFile("exported.yaml", template)]);
    expect(find("vpcs", "vpc-main")).toMatchObject({ name: "vpc-main", region: "ap-northeast-2" });
    expect(doc.regions).toEqual([
      { id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a", "ap-northeast-2c"] },
    ]);
    expect(find("securityGroups", "sg-shared")).toEqual({
      id: "sg-shared",
      name: "shared group",
      external: true,
    });
    // The "matches no traffic" rule only stood for "no allow-all rule": the group's egress is the separate rule.
    expect(find("securityGroups", "Web").egress).toEqual([
      { protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroup: "sg-shared" },
    ]);
    expect(report.notes.some((n) => n.includes("--region"))).toBe(false);
  });
});
