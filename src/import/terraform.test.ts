import { describe, expect, it } from "vitest";
import { labelKindOf } from "../model/kind-labels.ts";
import { publicSubnetIds } from "../model/routing.ts";
import { importFiles } from "./import.ts";
import { unflatten } from "./terraform/resources.ts";
import { fixture, imported, textFile } from "./testing/fixtures.ts";
import { importTopology } from "./topology.ts";

/** A plan's planned resource (planned_values) and its configuration, by type and name. */
const res = (type: string, name: string, values: Record<string, unknown>) => ({
  address: `${type}.${name}`,
  mode: "managed",
  type,
  name,
  values,
});
const conf = (type: string, name: string, expressions: Record<string, unknown>) => ({
  address: `${type}.${name}`,
  type,
  name,
  expressions,
});
/** A configuration's reference to a resource (its id), as `terraform show -json` writes it. */
const ref = (address: string) => ({ references: [`${address}.id`, address] });
/** A version 4 state holding one instance of each managed resource: [type, name, attributes]. */
const stateFile = (...resources: [type: string, name: string, attributes: Record<string, unknown>][]) =>
  textFile(
    "terraform.tfstate",
    JSON.stringify({
      version: 4,
      terraform_version: "1.9.0",
      resources: resources.map(([type, name, attributes]) => ({
        mode: "managed",
        type,
        name,
        instances: [{ attributes }],
      })),
    }),
  );
/** A plan's JSON: its planned resources and their configuration. */
const planText = (planned: object[], configured: object[]) =>
  JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.9.0",
    planned_values: { root_module: { resources: planned } },
    configuration: { root_module: { resources: configured } },
  });

describe("Terraform state import", () => {
  const state = () => imported([fixture("tf-state.tfstate")]);

  it("reads v4 state: modules, count and for_each keys, aws_default_*, AWS ids and Name tags", () => {
    const { find, report } = state();
    expect(report.format).toBe("terraform");
    expect(find("vpcs", "vpc-0aaa1111bbbb2222c")).toMatchObject({ name: "tf-main", region: "eu-west-1" });
    expect(find("vpcs", "vpc-0ddd0000default00")).toMatchObject({
      cidrBlock: "172.31.0.0/16",
      region: "eu-west-1",
    });
    expect(find("subnets", "subnet-0pub0000000000b").name).toBe("public-b");
    expect(find("subnets", "subnet-0priv00000000a").name).toBe('module.network.aws_subnet.private["app.a"]');
    expect(find("routeTables", "rtb-0main0000000000").main).toBe(true);
    expect(find("securityGroups", "sg-0default000000000")).toMatchObject({ ingress: [], egress: [] });
  });

  it("folds aws_route, associations, ACL rules, SG rules (both styles) and EIP/volume attachments", () => {
    const { find, report } = state();
    expect(find("routeTables", "rtb-0main0000000000").routes).toEqual([
      { destination: "0.0.0.0/0", target: "nat-0aaa000000000000" },
    ]);
    expect(find("routeTables", "rtb-0public000000000")).toMatchObject({
      subnets: ["subnet-0pub0000000000a", "subnet-0pub0000000000b"],
      routes: [{ destination: "0.0.0.0/0", target: "igw-0abc000000000000" }],
    });
    expect(find("networkAcls", "acl-0priv000000000000").ingress).toEqual([
      { ruleNumber: 110, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidr: "10.1.0.0/16" },
    ]);
    const web = find("securityGroups", "sg-0web000000000000");
    expect(web.ingress).toEqual([
      { protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", description: "https" },
      { protocol: "-1", securityGroup: "sg-0web000000000000" },
      { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "198.51.100.0/24" },
      { protocol: "tcp", fromPort: 8080, toPort: 8080, securityGroup: "sg-0lb0000000000000" },
    ]);
    expect(web.egress).toEqual([
      { protocol: "-1", cidr: "0.0.0.0/0" },
      { protocol: "tcp", fromPort: 5432, toPort: 5432, cidr: "10.1.10.0/24" },
    ]);
    expect(find("elasticIps", "eipalloc-0nat000000000000")).toMatchObject({
      natGateway: "nat-0aaa000000000000",
    });
    expect(find("elasticIps", "eipalloc-0web000000000000")).toMatchObject({
      instance: "i-0web0000000000000",
    });
    expect(find("volumes", "vol-0data000000000000").attachments).toEqual([
      { instance: "i-0web0000000000000", device: "/dev/sdh" },
    ]);
    expect(report.imported).toMatchObject({
      routes: 1,
      associations: 2,
      networkAclRules: 1,
      securityGroupRules: 3,
      attachments: 2,
    });
  });

  it("skips data sources, IPv6 routes, edge associations and other types with their type and reason", () => {
    const { report } = state();
    expect(report.skipped.map((s) => [s.source, s.type])).toEqual([
      ["data.aws_ami.al2023", "aws_ami"],
      ["module.network.aws_route.ipv6", "aws_route"],
      ["module.network.aws_route_table_association.edge", "aws_route_table_association"],
      ["aws_db_instance.main", "aws_db_instance"],
    ]);
  });

  it("reads a plan: links from configuration references, through module outputs and variables; Region from the provider", () => {
    const { find, report } = imported([fixture("tf-plan.json")]);
    expect(find("vpcs", "aws_vpc.main")).toMatchObject({ region: "ca-central-1", cidrBlock: "10.9.0.0/16" });
    expect(find("internetGateways", "aws_internet_gateway.gw").vpc).toBe("aws_vpc.main");
    expect(find("routeTables", "aws_route_table.public").routes).toEqual([
      { destination: "0.0.0.0/0", target: "aws_internet_gateway.gw" },
    ]);
    expect(find("subnets", "module.net.aws_subnet.this[0]").vpc).toBe("aws_vpc.main");
    expect(find("instances", 'aws_instance.app["blue"]').subnet).toBe("module.net.aws_subnet.this[0]");
    expect(report.placeholders).toEqual([]);
  });

  it("reads v3 state from its flatmap, and refuses older versions naming the version and what to do", () => {
    const { find, report } = imported([fixture("tf-v3.tfstate")]);
    expect(find("securityGroups", "sg-0v3000000000000").ingress).toEqual([
      { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "0.0.0.0/0" },
    ]);
    expect(find("instances", "i-0v3000000000000").name).toBe("module.app.aws_instance.web[0]");
    expect(report.notes.some((n) => n.includes("version 3"))).toBe(true);

    const v2 = importFiles([textFile("old.tfstate", '{"version": 2, "serial": 1, "modules": []}')]);
    expect(v2.ok).toBe(false);
    expect(v2.problems[0]?.message.en).toMatch(/version 2 .*terraform/i);
  });

  it("unflattens lists, sets and maps", () => {
    expect(
      unflatten({ "tags.%": "1", "tags.k.x": "v", "ids.#": "2", "ids.11": "a", "ids.22": "b", name: "n" }),
    ).toEqual({
      tags: { "k.x": "v" },
      ids: ["a", "b"],
      name: "n",
    });
  });

  it("reads UTF-16 with a byte-order mark and UTF-8 with one", () => {
    const text = new TextDecoder().decode(fixture("tf-plan.json").bytes);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(imported([{ name: "plan16.json", bytes: utf16 }]).find("vpcs", "aws_vpc.main")).toBeTruthy();
    expect(imported([textFile("bom.json", `\uFEFF${text}`)]).find("vpcs", "aws_vpc.main")).toBeTruthy();
  });

  it("draws an instance's root and EBS block devices as volumes attached to it, in its Region and zone", () => {
    const instance = (values: Record<string, unknown>) => ({
      mode: "managed",
      type: "aws_instance",
      name: "web",
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [
        {
          attributes: {
            id: "i-0web0000000000000",
            ami: "ami-0abcdef1234567890",
            instance_type: "t3.micro",
            availability_zone: "ap-south-1a",
            subnet_id: "subnet-0elsewhere000000",
            ...values,
          },
        },
      ],
    });
    const ebsVolume = {
      mode: "managed",
      type: "aws_ebs_volume",
      name: "data",
      instances: [
        {
          attributes: {
            id: "vol-0data000000000000",
            availability_zone: "ap-south-1a",
            size: 100,
            type: "gp3",
          },
        },
      ],
    };
    const state = (resources: unknown[]) =>
      textFile("terraform.tfstate", JSON.stringify({ version: 4, terraform_version: "1.9.0", resources }));
    const { find, doc, report } = imported([
      state([
        instance({
          root_block_device: [
            {
              device_name: "/dev/xvda",
              volume_id: "vol-0root000000000000",
              volume_size: 8,
              volume_type: "gp3",
              iops: 3000,
              throughput: 125,
              encrypted: true,
              tags: { Name: "web-root" },
            },
          ],
          // Also in the file as an aws_ebs_volume: one volume, attached once.
          ebs_block_device: [
            {
              device_name: "/dev/sdf",
              volume_id: "vol-0data000000000000",
              volume_size: 100,
              volume_type: "gp3",
            },
          ],
        }),
        ebsVolume,
      ]),
    ]);
    expect(find("volumes", "vol-0root000000000000")).toEqual({
      id: "vol-0root000000000000",
      name: "web-root",
      tags: { Name: "web-root" },
      availabilityZone: "ap-south-1a",
      sizeGiB: 8,
      volumeType: "gp3",
      iops: 3000,
      throughput: 125,
      encrypted: true,
      attachments: [{ instance: "i-0web0000000000000", device: "/dev/xvda" }],
    });
    expect(find("volumes", "vol-0data000000000000").attachments).toEqual([
      { instance: "i-0web0000000000000", device: "/dev/sdf" },
    ]);
    expect(doc.volumes).toHaveLength(2);
    // The instance's zone places the drawing in its Region, though its subnet is outside the file.
    expect(find("regions", "ap-south-1").availabilityZones).toEqual(["ap-south-1a"]);
    expect(report.notes).toEqual([]);

    // Without a device name (older providers did not record it) the block device is named in a note, not dropped silently.
    const old = imported([
      state([instance({ root_block_device: [{ volume_id: "vol-0old000000000000", volume_size: 8 }] })]),
    ]);
    expect(old.doc.volumes).toEqual([]);
    expect(old.report.notes).toEqual([
      "A block device of instance i-0web0000000000000 is not drawn: the file doesn't say its device name, size, type or Availability Zone.",
    ]);
  });

  it("draws a route or rule once when a refreshed state holds it both in its table or group and as its own resource", () => {
    // After a refresh the provider records every route of a table and every rule of a group in
    // the table's `route` and the group's `ingress`/`egress`, the ones made by aws_route or
    // aws_security_group_rule too: each must be drawn once, not as a duplicate AWS would refuse.
    const resource = (type: string, name: string, attributes: Record<string, unknown>) => ({
      mode: "managed",
      type,
      name,
      instances: [{ attributes }],
    });
    const rule = { from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"], self: false };
    const file = textFile(
      "terraform.tfstate",
      JSON.stringify({
        version: 4,
        terraform_version: "1.6.0",
        resources: [
          resource("aws_vpc", "main", {
            id: "vpc-0main000000000000",
            arn: "arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0main000000000000",
            cidr_block: "10.0.0.0/16",
          }),
          resource("aws_internet_gateway", "gw", {
            id: "igw-0main000000000000",
            vpc_id: "vpc-0main000000000000",
          }),
          resource("aws_route_table", "public", {
            id: "rtb-0public000000000",
            vpc_id: "vpc-0main000000000000",
            route: [{ cidr_block: "0.0.0.0/0", gateway_id: "igw-0main000000000000" }],
          }),
          resource("aws_route", "default", {
            route_table_id: "rtb-0public000000000",
            destination_cidr_block: "0.0.0.0/0",
            gateway_id: "igw-0main000000000000",
          }),
          resource("aws_security_group", "web", {
            id: "sg-0web000000000000",
            vpc_id: "vpc-0main000000000000",
            ingress: [{ ...rule, description: "" }],
            egress: [{ ...rule, from_port: 0, to_port: 0, protocol: "-1", description: "" }],
          }),
          resource("aws_security_group_rule", "https", {
            ...rule,
            type: "ingress",
            security_group_id: "sg-0web000000000000",
            description: "HTTPS",
          }),
          resource("aws_vpc_security_group_egress_rule", "all", {
            security_group_id: "sg-0web000000000000",
            ip_protocol: "-1",
            cidr_ipv4: "0.0.0.0/0",
          }),
          resource("aws_network_acl", "main", {
            id: "acl-0main000000000000",
            vpc_id: "vpc-0main000000000000",
            ingress: [
              {
                rule_no: 100,
                action: "allow",
                protocol: "-1",
                from_port: 0,
                to_port: 0,
                cidr_block: "0.0.0.0/0",
              },
            ],
            egress: [],
          }),
          resource("aws_network_acl_rule", "in", {
            network_acl_id: "acl-0main000000000000",
            rule_number: 100,
            egress: false,
            rule_action: "allow",
            protocol: "-1",
            from_port: 0,
            to_port: 0,
            cidr_block: "0.0.0.0/0",
          }),
        ],
      }),
    );
    const { find, report } = imported([file]);
    expect(find("routeTables", "rtb-0public000000000").routes).toEqual([
      { destination: "0.0.0.0/0", target: "igw-0main000000000000" },
    ]);
    // The rule's own resource wins: it says the description the group's copy left empty.
    expect(find("securityGroups", "sg-0web000000000000")).toMatchObject({
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", description: "HTTPS" }],
      egress: [{ protocol: "-1", cidr: "0.0.0.0/0" }],
    });
    expect(find("networkAcls", "acl-0main000000000000").ingress).toEqual([
      { ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" },
    ]);
    // Each separate resource is still counted as read.
    expect(report.imported).toMatchObject({ routes: 1, securityGroupRules: 2, networkAclRules: 1 });
    expect(report.notes).toEqual([]);
  });

  it("routes through a NAT gateway named in gateway_id (AWS takes it there), in a table, an aws_route and v3", () => {
    // terraform-provider-aws: "The AWS API is very forgiving with these two attributes and the
    // aws_route_table resource can be created with a NAT ID specified as a Gateway ID attribute."
    const resource = (type: string, name: string, attributes: Record<string, unknown>) => ({
      mode: "managed",
      type,
      name,
      instances: [{ attributes }],
    });
    const v4 = JSON.stringify({
      version: 4,
      terraform_version: "1.9.4",
      resources: [
        resource("aws_vpc", "main", { id: "vpc-1", cidr_block: "10.0.0.0/16" }),
        resource("aws_subnet", "public", {
          id: "subnet-pub",
          vpc_id: "vpc-1",
          cidr_block: "10.0.0.0/24",
          availability_zone: "us-east-2a",
        }),
        resource("aws_nat_gateway", "nat", { id: "nat-0abc", subnet_id: "subnet-pub" }),
        resource("aws_route_table", "private", {
          id: "rtb-inline",
          vpc_id: "vpc-1",
          route: [{ cidr_block: "0.0.0.0/0", gateway_id: "nat-0abc", nat_gateway_id: "" }],
        }),
        resource("aws_route_table", "other", { id: "rtb-separate", vpc_id: "vpc-1", route: [] }),
        resource("aws_route", "out", {
          route_table_id: "rtb-separate",
          destination_cidr_block: "0.0.0.0/0",
          gateway_id: "nat-0abc",
        }),
      ],
    });
    const { find, report } = imported([textFile("terraform.tfstate", v4)]);
    expect(find("routeTables", "rtb-inline").routes).toEqual([
      { destination: "0.0.0.0/0", target: "nat-0abc" },
    ]);
    expect(find("routeTables", "rtb-separate").routes).toEqual([
      { destination: "0.0.0.0/0", target: "nat-0abc" },
    ]);
    expect(report.placeholders).toEqual([]);

    const v3 = JSON.stringify({
      version: 3,
      terraform_version: "0.11.14",
      modules: [
        {
          path: ["root"],
          resources: {
            "aws_vpc.main": {
              type: "aws_vpc",
              primary: { id: "vpc-1", attributes: { id: "vpc-1", cidr_block: "10.0.0.0/16" } },
            },
            "aws_subnet.a": {
              type: "aws_subnet",
              primary: {
                id: "subnet-a",
                attributes: {
                  id: "subnet-a",
                  vpc_id: "vpc-1",
                  cidr_block: "10.0.1.0/24",
                  availability_zone: "eu-west-1a",
                },
              },
            },
            "aws_nat_gateway.gw": {
              type: "aws_nat_gateway",
              primary: { id: "nat-0v3", attributes: { id: "nat-0v3", subnet_id: "subnet-a" } },
            },
            "aws_route_table.private": {
              type: "aws_route_table",
              primary: {
                id: "rtb-v3",
                attributes: {
                  id: "rtb-v3",
                  vpc_id: "vpc-1",
                  "route.#": "1",
                  "route.1234.cidr_block": "0.0.0.0/0",
                  "route.1234.gateway_id": "nat-0v3",
                  "route.1234.nat_gateway_id": "",
                },
              },
            },
          },
        },
      ],
    });
    expect(imported([textFile("v3.tfstate", v3)]).find("routeTables", "rtb-v3").routes).toEqual([
      { destination: "0.0.0.0/0", target: "nat-0v3" },
    ]);
  });

  it("takes a VPC's main route table and default ACL from aws_vpc when the state holds them as plain resources", () => {
    // aws_vpc records main_route_table_id and default_network_acl_id; when the state holds that table
    // (or ACL) as an aws_route_table (aws_network_acl), subnets without an association of their own use it.
    const resource = (type: string, name: string, attributes: Record<string, unknown>) => ({
      mode: "managed",
      type,
      name,
      instances: [{ attributes }],
    });
    const state = (extra: unknown[]) =>
      JSON.stringify({
        version: 4,
        terraform_version: "1.8.3",
        resources: [
          resource("aws_vpc", "this", {
            id: "vpc-1",
            cidr_block: "10.0.0.0/16",
            main_route_table_id: "rtb-public",
            default_network_acl_id: "acl-closed",
          }),
          resource("aws_internet_gateway", "this", { id: "igw-1", vpc_id: "vpc-1" }),
          resource("aws_subnet", "loose", {
            id: "subnet-loose",
            vpc_id: "vpc-1",
            cidr_block: "10.0.1.0/24",
            availability_zone: "sa-east-1a",
          }),
          resource("aws_route_table", "public", {
            id: "rtb-public",
            vpc_id: "vpc-1",
            route: [{ cidr_block: "0.0.0.0/0", gateway_id: "igw-1" }],
          }),
          resource("aws_network_acl", "closed", {
            id: "acl-closed",
            vpc_id: "vpc-1",
            ingress: [],
            egress: [],
          }),
          ...extra,
        ],
      });
    const plain = importTopology([textFile("terraform.tfstate", state([]))]);
    if (!plain.ok) throw new Error("not imported");
    expect(plain.doc.routeTables?.find((t) => t.id === "rtb-public")?.main).toBe(true);
    expect(plain.doc.networkAcls?.find((a) => a.id === "acl-closed")?.default).toBe(true);
    // AWS: the subnet uses the main table, whose 0.0.0.0/0 goes to the attached gateway.
    expect(publicSubnetIds(plain.doc).has("subnet-loose")).toBe(true);

    // A table the configuration made main wins over what aws_vpc last recorded.
    const made = importTopology([
      textFile(
        "terraform.tfstate",
        state([
          resource("aws_route_table", "private", { id: "rtb-private", vpc_id: "vpc-1", route: [] }),
          resource("aws_main_route_table_association", "m", {
            vpc_id: "vpc-1",
            route_table_id: "rtb-private",
          }),
        ]),
      ),
    ]);
    if (!made.ok) throw new Error("not imported");
    expect(made.doc.routeTables?.filter((t) => t.main).map((t) => t.id)).toEqual(["rtb-private"]);
    expect(publicSubnetIds(made.doc).has("subnet-loose")).toBe(false);
    expect(made.diagnostics.map((d) => d.code)).not.toContain("route-table-main-multiple");
  });

  it("marks aws_default_security_group (state and plan) and the plain group aws_vpc names as the VPC's default group", () => {
    // aws_default_security_group adopts the VPC's default group and keeps only the rules written.
    const resource = (type: string, name: string, attributes: Record<string, unknown>) => ({
      mode: "managed",
      type,
      name,
      instances: [{ attributes }],
    });
    const vpc = (extra: Record<string, unknown> = {}) =>
      resource("aws_vpc", "this", { id: "vpc-1", cidr_block: "10.0.0.0/16", ...extra });
    const state = (resources: unknown[]) =>
      textFile("terraform.tfstate", JSON.stringify({ version: 4, terraform_version: "1.8.3", resources }));
    const adopted = imported([
      state([
        vpc(),
        resource("aws_default_security_group", "default", {
          id: "sg-0def",
          name: "default",
          vpc_id: "vpc-1",
          ingress: [{ protocol: "-1", from_port: 0, to_port: 0, self: true }],
          egress: [],
        }),
        resource("aws_security_group", "web", { id: "sg-0web", name: "web", vpc_id: "vpc-1", ingress: [] }),
      ]),
    ]);
    expect(adopted.find("securityGroups", "sg-0def")).toMatchObject({
      default: true,
      ingress: [{ protocol: "-1", securityGroup: "sg-0def" }],
      egress: [],
    });
    expect(adopted.find("securityGroups", "sg-0web").default).toBeUndefined();

    // A plain aws_security_group (terraform import of the default one) that aws_vpc names.
    const named = imported([
      state([
        vpc({ default_security_group_id: "sg-0web" }),
        resource("aws_security_group", "web", {
          id: "sg-0web",
          name: "default",
          vpc_id: "vpc-1",
          ingress: [],
        }),
      ]),
    ]);
    expect(named.find("securityGroups", "sg-0web").default).toBe(true);

    // A plan: the group is known by its address, its VPC by the configuration's reference.
    const plan = JSON.stringify({
      format_version: "1.2",
      terraform_version: "1.9.0",
      planned_values: {
        root_module: {
          resources: [
            {
              address: "aws_vpc.main",
              mode: "managed",
              type: "aws_vpc",
              name: "main",
              values: { cidr_block: "10.0.0.0/16" },
            },
            {
              address: "aws_default_security_group.default",
              mode: "managed",
              type: "aws_default_security_group",
              name: "default",
              values: { ingress: [], egress: [] },
            },
          ],
        },
      },
      configuration: {
        root_module: {
          resources: [
            {
              address: "aws_default_security_group.default",
              type: "aws_default_security_group",
              name: "default",
              expressions: { vpc_id: { references: ["aws_vpc.main.id", "aws_vpc.main"] } },
            },
          ],
        },
      },
    });
    expect(
      imported([textFile("plan.json", plan)]).find("securityGroups", "aws_default_security_group.default"),
    ).toMatchObject({
      default: true,
      vpc: "aws_vpc.main",
    });
  });

  it("draws subnets grey when the state doesn't hold their VPC's main route table (a placeholder with aws_vpc's main_route_table_id), and says so", () => {
    const resource = (type: string, name: string, attributes: Record<string, unknown>) => ({
      mode: "managed",
      type,
      name,
      instances: [{ attributes }],
    });
    const subnet = (id: string, cidr: string) =>
      resource("aws_subnet", id, { id, vpc_id: "vpc-1", cidr_block: cidr, availability_zone: "sa-east-1a" });
    const state = (extra: unknown[]) =>
      textFile(
        "terraform.tfstate",
        JSON.stringify({
          version: 4,
          terraform_version: "1.8.3",
          resources: [
            resource("aws_vpc", "this", {
              id: "vpc-1",
              cidr_block: "10.0.0.0/16",
              main_route_table_id: "rtb-main",
            }),
            subnet("subnet-a", "10.0.1.0/24"),
            subnet("subnet-b", "10.0.2.0/24"),
            resource("aws_route_table", "own", { id: "rtb-own", vpc_id: "vpc-1", route: [] }),
            resource("aws_route_table_association", "b", {
              subnet_id: "subnet-b",
              route_table_id: "rtb-own",
            }),
            ...extra,
          ],
        }),
      );
    const note =
      "Subnets whose route table the file doesn't hold are drawn grey, neither public nor private, as their routes are unknown (private when the plan creates their VPC: a new VPC's main route table has only the local route): 1 (e.g. subnet-a). Without an aws_route_table_association they use their VPC's main route table, which a state holds as aws_default_route_table, as the table of an aws_main_route_table_association, or as the aws_route_table that aws_vpc's main_route_table_id names.";
    const unknown = imported([state([])]);
    expect(unknown.report.notes).toContain(note);
    expect(imported([state([])], { lang: "ko" }).report.notes.join("\n")).toContain(
      "파일에 라우팅 테이블이 없는 서브넷은 라우팅을 알 수 없어 퍼블릭도 프라이빗도 아닌 회색 서브넷으로 그렸습니다",
    );
    // The VPC exists, so its main table does: the one main_route_table_id names, outside the file.
    expect(unknown.find("routeTables", "rtb-main")).toEqual({
      id: "rtb-main",
      vpc: "vpc-1",
      main: true,
      routes: [],
      external: true,
    });
    expect(labelKindOf(unknown.doc as never, "subnet", "subnet-a")).toBe("subnet");
    expect(labelKindOf(unknown.doc as never, "subnet", "subnet-b")).toBe("privateSubnet");
    // The main table in the state, any of the three ways: nothing to say.
    for (const main of [
      resource("aws_default_route_table", "main", { id: "rtb-main", vpc_id: "vpc-1", route: [] }),
      resource("aws_route_table", "main", { id: "rtb-main", vpc_id: "vpc-1", route: [] }),
      resource("aws_main_route_table_association", "m", { vpc_id: "vpc-1", route_table_id: "rtb-own" }),
    ]) {
      expect(imported([state([main])]).report.notes.filter((n) => n.includes("main route table"))).toEqual(
        [],
      );
    }
  });

  it("gives a plan's new instance what its aws_launch_template says and the instance doesn't", () => {
    // AWS (RunInstances): the parameters given with the launch override the launch template's. A plan
    // leaves what only the template sets unknown on the instance (known after apply).
    const plan = (instance: Record<string, unknown>, instanceExpressions: Record<string, unknown> = {}) =>
      planText(
        [
          res("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }),
          res("aws_subnet", "a", { cidr_block: "10.0.1.0/24", availability_zone: "eu-west-1a" }),
          res("aws_subnet", "b", { cidr_block: "10.0.2.0/24", availability_zone: "eu-west-1a" }),
          res("aws_security_group", "web", { ingress: [], egress: [] }),
          res("aws_launch_template", "web", {
            name: "web",
            instance_type: "c6i.large",
            image_id: "ami-0123456789abcdef0",
            key_name: "ops",
            network_interfaces: [{ device_index: 0, associate_public_ip_address: "true" }],
            tag_specifications: [
              { resource_type: "volume", tags: { Name: "web-disk" } },
              { resource_type: "instance", tags: { Name: "web-from-template", Team: "ops" } },
            ],
          }),
          res("aws_instance", "web", { launch_template: [{ version: "$Latest" }], ...instance }),
        ],
        [
          conf("aws_subnet", "a", { vpc_id: ref("aws_vpc.main") }),
          conf("aws_subnet", "b", { vpc_id: ref("aws_vpc.main") }),
          conf("aws_security_group", "web", { vpc_id: ref("aws_vpc.main") }),
          conf("aws_launch_template", "web", {
            network_interfaces: [
              { subnet_id: ref("aws_subnet.a"), security_groups: ref("aws_security_group.web") },
            ],
          }),
          conf("aws_instance", "web", {
            launch_template: [{ id: ref("aws_launch_template.web") }],
            ...instanceExpressions,
          }),
        ],
      );
    const web = (instance: Record<string, unknown>, expressions?: Record<string, unknown>) =>
      imported([textFile("plan.json", plan(instance, expressions))]);
    const { find, report } = web({});
    expect(find("instances", "aws_instance.web")).toMatchObject({
      name: "web-from-template",
      tags: { Name: "web-from-template", Team: "ops" },
      subnet: "aws_subnet.a",
      instanceType: "c6i.large",
      imageId: "ami-0123456789abcdef0",
      keyName: "ops",
      publicIp: true,
      securityGroups: ["aws_security_group.web"],
    });
    expect(report.notes.join("\n")).toContain("aws_launch_template.web");
    // The instance's own settings win.
    expect(
      web({ instance_type: "t3.micro" }, { subnet_id: ref("aws_subnet.b") }).find(
        "instances",
        "aws_instance.web",
      ),
    ).toMatchObject({ subnet: "aws_subnet.b", instanceType: "t3.micro", imageId: "ami-0123456789abcdef0" });
    // Its own tags too, over the template's tag_specifications (instance tags only).
    expect(web({ tags: { Name: "web-own" } }).find("instances", "aws_instance.web")).toMatchObject({
      name: "web-own",
      tags: { Name: "web-own", Team: "ops" },
    });
  });

  it("tags the volumes an instance launches with its template's volume tag_specifications, then volume_tags, then the device's own tags", () => {
    const template = res("aws_launch_template", "web", {
      name: "web",
      tag_specifications: [
        { resource_type: "instance", tags: { Name: "web-from-template" } },
        { resource_type: "volume", tags: { Name: "web-disk", Backup: "daily" } },
      ],
    });
    const data = { device_name: "/dev/sdf", volume_size: 50, volume_type: "gp3" };
    const plan = (instance: Record<string, unknown>, device: Record<string, unknown> = {}) =>
      planText(
        [
          res("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }),
          res("aws_subnet", "a", { cidr_block: "10.0.1.0/24", availability_zone: "eu-west-1a" }),
          template,
          res("aws_instance", "web", {
            instance_type: "t3.micro",
            availability_zone: "eu-west-1a",
            ebs_block_device: [{ ...data, ...device }],
            ...instance,
          }),
        ],
        [
          conf("aws_subnet", "a", { vpc_id: ref("aws_vpc.main") }),
          conf("aws_instance", "web", {
            subnet_id: ref("aws_subnet.a"),
            launch_template: [{ id: ref("aws_launch_template.web") }],
          }),
        ],
      );
    const disk = (instance: Record<string, unknown>, device?: Record<string, unknown>) =>
      imported([textFile("plan.json", plan(instance, device))]).find("volumes", "aws_instance.web-sdf");
    expect(disk({})).toMatchObject({ name: "web-disk", tags: { Name: "web-disk", Backup: "daily" } });
    // volume_tags are the launch's own TagSpecifications for volumes: they override the template's.
    expect(disk({ volume_tags: { Backup: "weekly" } })).toMatchObject({
      name: "web-disk",
      tags: { Name: "web-disk", Backup: "weekly" },
    });
    // The device's own tags are set on it after launch: they win over both.
    expect(disk({ volume_tags: { Backup: "weekly" } }, { tags: { Name: "web-data" } })).toMatchObject({
      name: "web-data",
      tags: { Name: "web-data", Backup: "weekly" },
    });
    // Without a template, volume_tags alone tag the instance's volumes.
    const alone = planText(
      [
        res("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }),
        res("aws_subnet", "a", { cidr_block: "10.0.1.0/24", availability_zone: "eu-west-1a" }),
        res("aws_instance", "web", {
          instance_type: "t3.micro",
          availability_zone: "eu-west-1a",
          volume_tags: { Name: "plain-disk" },
          ebs_block_device: [data],
        }),
      ],
      [
        conf("aws_subnet", "a", { vpc_id: ref("aws_vpc.main") }),
        conf("aws_instance", "web", { subnet_id: ref("aws_subnet.a") }),
      ],
    );
    expect(imported([textFile("plan.json", alone)]).find("volumes", "aws_instance.web-sdf")).toMatchObject({
      name: "plain-disk",
      tags: { Name: "plain-disk" },
    });

    // A state records the instance's tags, not its volumes' unless volume_tags or a device's tags are
    // configured: the root volume of an instance launched from the template has the template's tags.
    const state = stateFile(
      ["aws_launch_template", "web", { id: "lt-0123456789abcdef0", name: "web", ...template.values }],
      [
        "aws_instance",
        "web",
        {
          id: "i-0web0000000000000",
          instance_type: "t3.micro",
          subnet_id: "subnet-outside",
          availability_zone: "eu-west-1a",
          launch_template: [{ id: "lt-0123456789abcdef0", name: "web", version: "$Latest" }],
          root_block_device: [
            {
              device_name: "/dev/xvda",
              volume_id: "vol-0root000000000000",
              volume_size: 8,
              volume_type: "gp3",
            },
          ],
        },
      ],
    );
    expect(imported([state]).find("volumes", "vol-0root000000000000")).toMatchObject({
      name: "web-disk",
      tags: { Name: "web-disk", Backup: "daily" },
    });
  });

  it("gives a plan's new instance the public address its subnet auto-assigns, unless its configuration says", () => {
    const plan = (instance: Record<string, unknown>) =>
      planText(
        [
          res("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }),
          res("aws_subnet", "public", {
            cidr_block: "10.0.0.0/24",
            availability_zone: "eu-west-1a",
            map_public_ip_on_launch: true,
          }),
          res("aws_instance", "web", { instance_type: "t3.micro", ...instance }),
        ],
        [
          conf("aws_subnet", "public", { vpc_id: ref("aws_vpc.main") }),
          conf("aws_instance", "web", { subnet_id: ref("aws_subnet.public") }),
        ],
      );
    const web = (instance: Record<string, unknown>) =>
      imported([textFile("plan.json", plan(instance))]).find("instances", "aws_instance.web").publicIp;
    expect(web({})).toBe(true);
    expect(web({ associate_public_ip_address: false })).toBeUndefined();
    // A state says what the instance has: no public_ip is no address, whatever the subnet's setting.
    const state = JSON.stringify({
      version: 4,
      terraform_version: "1.9.0",
      resources: [
        {
          mode: "managed",
          type: "aws_vpc",
          name: "main",
          instances: [{ attributes: { id: "vpc-1", cidr_block: "10.0.0.0/16" } }],
        },
        {
          mode: "managed",
          type: "aws_subnet",
          name: "public",
          instances: [
            {
              attributes: {
                id: "subnet-1",
                vpc_id: "vpc-1",
                cidr_block: "10.0.0.0/24",
                availability_zone: "eu-west-1a",
                map_public_ip_on_launch: true,
              },
            },
          ],
        },
        {
          mode: "managed",
          type: "aws_instance",
          name: "web",
          instances: [
            { attributes: { id: "i-1", instance_type: "t3.micro", subnet_id: "subnet-1", public_ip: "" } },
          ],
        },
      ],
    });
    expect(
      imported([textFile("terraform.tfstate", state)]).find("instances", "i-1").publicIp,
    ).toBeUndefined();
  });

  it("names a kind the file only refers to with the article it takes", () => {
    // An Elastic IP association whose allocation and instance are outside the file (public states
    // made with `terraform import` or a -target apply are often this small).
    const file = textFile(
      "terraform.tfstate",
      JSON.stringify({
        version: 4,
        terraform_version: "1.9.0",
        resources: [
          {
            mode: "managed",
            type: "aws_eip_association",
            name: "web",
            instances: [
              {
                attributes: {
                  allocation_id: "eipalloc-0web000000000000",
                  instance_id: "i-0web0000000000000",
                },
              },
            ],
          },
        ],
      }),
    );
    const { report } = imported([file]);
    expect(report.placeholders.map((p) => [p.kind, p.reason])).toEqual([
      ["elasticIp", "An Elastic IP this file refers to by its AWS id but does not contain."],
      ["instance", "An instance this file refers to by its AWS id but does not contain."],
    ]);
  });

  it("says a security group rule without a protocol is not drawn, without writing 'undefined'", () => {
    const state = JSON.stringify({
      version: 4,
      terraform_version: "0.12.28",
      serial: 1,
      lineage: "x",
      resources: [
        ["aws_security_group", "a", { id: "sg-a", vpc_id: "vpc-1", ingress: [], egress: [] }],
        [
          "aws_security_group_rule",
          "r",
          { id: "sgrule-1", security_group_id: "sg-a", source_security_group_id: "sg-b" },
        ],
      ].map(([type, name, attributes]) => ({
        mode: "managed",
        type,
        name,
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [{ attributes }],
      })),
    });
    const result = importFiles([textFile("anonymised.tfstate", state)]);
    const notes = result.ok ? result.report.notes.join(" ") : "";
    expect(notes).toContain("Security group rules that don't say their IP protocol are not drawn.");
    expect(notes).not.toContain("undefined");
  });

  it("draws an internet gateway a route names but the state doesn't hold attached to the route table's VPC", () => {
    // A gateway managed elsewhere: AWS only made the route because the gateway is attached to vpc-1.
    const state = JSON.stringify({
      version: 4,
      terraform_version: "1.9.0",
      resources: [
        ["aws_vpc", "this", { id: "vpc-1", cidr_block: "10.0.0.0/16" }],
        [
          "aws_subnet",
          "a",
          { id: "subnet-a", vpc_id: "vpc-1", cidr_block: "10.0.1.0/24", availability_zone: "eu-west-1a" },
        ],
        ["aws_route_table", "public", { id: "rtb-p", vpc_id: "vpc-1", route: [] }],
        [
          "aws_route",
          "out",
          { route_table_id: "rtb-p", destination_cidr_block: "0.0.0.0/0", gateway_id: "igw-0abc" },
        ],
        ["aws_route_table_association", "a", { subnet_id: "subnet-a", route_table_id: "rtb-p" }],
      ].map(([type, name, attributes]) => ({ mode: "managed", type, name, instances: [{ attributes }] })),
    });
    const result = importTopology([textFile("terraform.tfstate", state)]);
    if (!result.ok) throw new Error("import failed");
    expect(result.doc.internetGateways).toEqual([{ id: "igw-0abc", vpc: "vpc-1", external: true }]);
    expect(publicSubnetIds(result.doc)).toEqual(new Set(["subnet-a"]));
  });

  it("puts a plan's security group whose configuration gives no vpc_id in the Region's default VPC", () => {
    // The provider's default: "vpc_id - (Optional) VPC ID. Defaults to the region's default VPC."
    const group = (name: string, expressions: Record<string, unknown>) => ({
      planned: {
        address: `aws_security_group.${name}`,
        mode: "managed",
        type: "aws_security_group",
        name,
        values: { name, ingress: [] },
      },
      config: {
        address: `aws_security_group.${name}`,
        mode: "managed",
        type: "aws_security_group",
        name,
        expressions,
      },
    });
    const loose = group("loose", { name: { constant_value: "loose" } });
    const placed = group("placed", { vpc_id: { references: ["aws_vpc.main.id", "aws_vpc.main"] } });
    const vpc = {
      address: "aws_vpc.main",
      mode: "managed",
      type: "aws_vpc",
      name: "main",
      values: { cidr_block: "10.0.0.0/16" },
    };
    const plan = JSON.stringify({
      format_version: "1.2",
      terraform_version: "1.9.0",
      planned_values: { root_module: { resources: [vpc, loose.planned, placed.planned] } },
      configuration: {
        root_module: {
          resources: [
            { ...vpc, expressions: { cidr_block: { constant_value: "10.0.0.0/16" } } },
            loose.config,
            placed.config,
          ],
        },
      },
    });
    const { find, report } = imported([textFile("plan.json", plan)]);
    expect(find("securityGroups", "aws_security_group.loose")).toMatchObject({ vpc: "default-vpc" });
    expect(find("securityGroups", "aws_security_group.loose").external).toBeUndefined();
    expect(find("securityGroups", "aws_security_group.placed")).toMatchObject({ vpc: "aws_vpc.main" });
    expect(report.placeholders).toContainEqual({
      id: "default-vpc",
      kind: "vpc",
      reason: "Groups and instances without a VPC or subnet are in the Region's default VPC.",
    });
  });

  it("puts a plan's instance whose configuration gives no subnet_id in the default subnet, not the plan's only subnet", () => {
    // RunInstances: "If you don't specify a subnet ID, we choose a default subnet from your default VPC".
    const plan = planText(
      [
        res("aws_vpc", "main", { cidr_block: "10.0.0.0/16" }),
        res("aws_subnet", "only", { cidr_block: "10.0.1.0/24", availability_zone: "eu-west-1a" }),
        res("aws_instance", "loose", { instance_type: "t3.micro" }),
        res("aws_instance", "placed", { instance_type: "t3.micro" }),
      ],
      [
        conf("aws_vpc", "main", { cidr_block: { constant_value: "10.0.0.0/16" } }),
        conf("aws_subnet", "only", { vpc_id: ref("aws_vpc.main") }),
        conf("aws_instance", "loose", { instance_type: { constant_value: "t3.micro" } }),
        conf("aws_instance", "placed", { subnet_id: ref("aws_subnet.only") }),
      ],
    );
    const { find, report } = imported([textFile("plan.json", plan)]);
    expect(find("instances", "aws_instance.loose")).toMatchObject({ subnet: "default-subnet" });
    expect(find("instances", "aws_instance.placed")).toMatchObject({ subnet: "aws_subnet.only" });
    expect(report.placeholders).toContainEqual({
      id: "default-subnet",
      kind: "subnet",
      reason: "Instances without a subnet are launched in a default subnet of the Region's default VPC.",
    });
    expect(report.notes).toContain(
      "Instances whose configuration sets no subnet_id are drawn in the Region's default subnet, where AWS launches them, not in a subnet of the plan: 1 (e.g. aws_instance.loose).",
    );
  });

  describe("a plan's NAT gateway whose allocation_id comes through a local value", () => {
    // terraform-aws-modules/vpc: allocation_id = element(local.nat_gateway_ips, count.index).
    const res = (type: string, name: string, index: number, values: Record<string, unknown>) => ({
      address: `module.vpc.${type}.${name}[${index}]`,
      mode: "managed",
      type,
      name,
      index,
      values,
    });
    const planOf = (eips: number) =>
      JSON.stringify({
        format_version: "1.2",
        terraform_version: "1.9.0",
        planned_values: {
          root_module: {
            child_modules: [
              {
                address: "module.vpc",
                resources: [
                  ...[0, 1].slice(0, eips).map((i) => res("aws_eip", "nat", i, { domain: "vpc" })),
                  res("aws_nat_gateway", "this", 0, { connectivity_type: "public" }),
                  res("aws_nat_gateway", "this", 1, { connectivity_type: "public" }),
                ],
              },
            ],
          },
        },
        configuration: {
          root_module: {
            module_calls: {
              vpc: {
                module: {
                  resources: [
                    { address: "aws_eip.nat", type: "aws_eip", name: "nat", expressions: {} },
                    {
                      address: "aws_nat_gateway.this",
                      type: "aws_nat_gateway",
                      name: "this",
                      expressions: {
                        allocation_id: { references: ["local.nat_gateway_ips", "count.index"] },
                      },
                    },
                  ],
                },
              },
            },
          },
        },
      });
    it("links each to its module's own aws_eip of the same index, not to a placeholder beside it", () => {
      const result = importTopology([textFile("vpc.plan.json", planOf(2))]);
      if (!result.ok) throw new Error("not imported");
      expect(result.doc.elasticIps).toEqual([
        expect.objectContaining({
          id: "module.vpc.aws_eip.nat[0]",
          natGateway: "module.vpc.aws_nat_gateway.this[0]",
        }),
        expect.objectContaining({
          id: "module.vpc.aws_eip.nat[1]",
          natGateway: "module.vpc.aws_nat_gateway.this[1]",
        }),
      ]);
      expect(result.doc.elasticIps.some((e) => e.external === true)).toBe(false);
      expect(result.report.placeholders.filter((p) => p.kind === "elasticIp")).toEqual([]);
      expect(result.report.notes).toContain(
        "NAT gateways whose allocation_id the plan sets through a local value, a variable or a module output are drawn with their module's own Elastic IP of the same index (as terraform-aws-modules/vpc pairs them): 2 (e.g. module.vpc.aws_nat_gateway.this[0] with module.vpc.aws_eip.nat[0]).",
      );
      expect(result.diagnostics.map((d) => d.code)).not.toContain("nat-gateway-no-internet");
    });

    it("keeps a placeholder for each when the module's Elastic IPs don't pair up with them one to one", () => {
      const result = importTopology([textFile("vpc.plan.json", planOf(1))]);
      if (!result.ok) throw new Error("not imported");
      expect(result.doc.elasticIps).toEqual(
        expect.arrayContaining([
          {
            id: "module.vpc.aws_nat_gateway.this[0].allocation_id",
            natGateway: "module.vpc.aws_nat_gateway.this[0]",
            external: true,
          },
          {
            id: "module.vpc.aws_nat_gateway.this[1].allocation_id",
            natGateway: "module.vpc.aws_nat_gateway.this[1]",
            external: true,
          },
        ]),
      );
      expect(result.report.placeholders.map((p) => p.reason)).toContain(
        "The Elastic IP of NAT gateway module.vpc.aws_nat_gateway.this[0]: the plan sets its allocation_id through a local value, a variable or a module output it doesn't show, so which one is known after apply.",
      );
      // AWS would give each one its Elastic IP: no "public NAT gateway without an Elastic IP".
      expect(result.diagnostics.map((d) => d.code)).not.toContain("nat-gateway-no-internet");
    });
  });
});
