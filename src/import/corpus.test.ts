// Every real public file in ../shared/samples (see its SOURCES.md) imported, with what reading each
// one by hand says should come out. The folder lives beside the repository, not in it: a clone
// without it says so and passes.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCloudFormationYaml } from "./cloudformation/yaml.ts";
import { decodeBytes } from "./text.ts";
import { importTopology } from "./topology.ts";

const SAMPLES = fileURLToPath(new URL("../../../shared/samples", import.meta.url));
const present = existsSync(SAMPLES);

type Counts = Record<string, number>;
interface Expected {
  /** Nothing readable: the file breaks at this line (and column). */
  fails?: { line: number; column: number };
  format?: string;
  imported?: Counts;
  placeholders?: Counts;
  skipped?: Counts;
}

/** What reading a file of this format by hand says should come out. */
const read =
  (format: string) =>
  (imported: Counts, placeholders: Counts = {}, skipped: Counts = {}): Expected => ({
    format,
    imported,
    placeholders,
    skipped,
  });
const cli = read("aws-cli");
const cfn = read("cloudformation");
const tf = read("terraform");

const EXPECTED: Record<string, Expected> = {
  // AWS CLI documentation pages: the JSON after "Output::", each page on its own (unrelated ids).
  "awscli-examples-ec2-describe-addresses.rst": cli({ elasticIps: 4 }, { instance: 1 }),
  "awscli-examples-ec2-describe-instances.rst": cli({ instances: 1 }, { securityGroup: 1, subnet: 1 }),
  "awscli-examples-ec2-describe-internet-gateways.rst": cli({ internetGateways: 1 }, { vpc: 1 }),
  "awscli-examples-ec2-describe-nat-gateways.2017-09-13.rst": cli(
    { natGateways: 2, elasticIps: 2 },
    { subnet: 2 },
  ),
  "awscli-examples-ec2-describe-nat-gateways.rst": cli({ natGateways: 2, elasticIps: 2 }, { subnet: 2 }),
  "awscli-examples-ec2-describe-network-interfaces.rst": cli({}, {}, { NetworkInterface: 3 }),
  "awscli-examples-ec2-describe-route-tables.rst": cli(
    { routeTables: 3 },
    { natGateway: 1, vpc: 2, internetGateway: 2, subnet: 1 },
  ),
  // The only full output has a trailing comma: forgiven.
  "awscli-examples-ec2-describe-security-groups.rst": cli({ securityGroups: 1 }, { vpc: 1 }),
  // Block 1 is invalid (stray colon, single quotes): block 2 is read, block 1 noted.
  "awscli-examples-ec2-describe-subnets.rst": cli({ subnets: 1 }, { vpc: 1 }),
  "awscli-examples-ec2-describe-volumes.2015-02-24.rst": cli({ volumes: 2 }, { instance: 1 }),
  // Its only JSON output has an unterminated string.
  "awscli-examples-ec2-describe-volumes.rst": { fails: { line: 25, column: 107 } },
  "awscli-examples-ec2-describe-vpcs.rst": cli({ vpcs: 2 }),
  "botocore-ec2-2016-11-15-examples-1.json": {
    format: "aws-cli",
    imported: {
      vpcs: 1,
      subnets: 1,
      internetGateways: 1,
      routeTables: 1,
      natGateways: 1,
      elasticIps: 3,
      networkAcls: 1,
      volumes: 1,
      availabilityZones: 4,
    },
    skipped: { Regions: 11, KeyPairs: 1, Snapshots: 2, NetworkInterface: 1 },
  },
  "awscli-describe-addresses.block1.json": cli({ elasticIps: 2 }, { instance: 1 }),
  "awscli-describe-addresses.block2.json": cli({ elasticIps: 1 }, { instance: 1 }),
  "awscli-describe-addresses.block3.json": cli({ elasticIps: 1 }, { instance: 1 }),
  "awscli-describe-addresses.block4.json": cli({ elasticIps: 1 }, { instance: 1 }),
  "awscli-describe-addresses.block5.json": cli({ elasticIps: 1 }, { instance: 1 }),
  "awscli-describe-instances.block1.json": cli({ instances: 1 }, { securityGroup: 1, subnet: 1 }),
  "awscli-describe-internet-gateways.block1.json": cli({ internetGateways: 1 }, { vpc: 1 }),
  "awscli-describe-nat-gateways-2017-09-13.block1.json": cli(
    { natGateways: 2, elasticIps: 2 },
    { subnet: 2 },
  ),
  "awscli-describe-nat-gateways.block1.json": cli({ natGateways: 1, elasticIps: 2 }, { subnet: 1 }),
  "awscli-describe-nat-gateways.block2.json": cli({ natGateways: 1 }, { subnet: 1 }),
  "awscli-describe-network-interfaces.block1.json": cli({}, {}, { NetworkInterface: 2 }),
  "awscli-describe-network-interfaces.block2.json": cli({}, {}, { NetworkInterface: 1 }),
  "awscli-describe-route-tables.block1.json": cli(
    { routeTables: 3 },
    { natGateway: 1, vpc: 2, internetGateway: 2, subnet: 1 },
  ),
  "awscli-describe-security-groups.block1.json": cli({ securityGroups: 1 }, { vpc: 1 }),
  "awscli-describe-subnets.block1.json": { fails: { line: 17, column: 39 } },
  "awscli-describe-subnets.block2.json": cli({ subnets: 1 }, { vpc: 1 }),
  "awscli-describe-volumes-2015-02-24.block1.json": cli({ volumes: 2 }, { instance: 1 }),
  "awscli-describe-volumes-2015-02-24.block2.json": cli({ volumes: 1 }, { instance: 1 }),
  "awscli-describe-volumes.block1.json": { fails: { line: 16, column: 103 } },
  "awscli-describe-vpcs.block1.json": cli({ vpcs: 2 }),
  "awscli-describe-vpcs.block2.json": cli({ vpcs: 1 }),

  // CloudFormation: parameters without defaults and ImportValue become placeholders.
  "awscfntemplates__EC2_EIP_With_Association.json": cfn(
    { elasticIps: 1, securityGroups: 1, instances: 1, attachments: 1 },
    { subnet: 1, vpc: 1 },
  ),
  "awscfntemplates__ECS_EC2LaunchType_clusters_private-vpc.yaml": cfn(
    {
      vpcs: 1,
      internetGateways: 1,
      subnets: 4,
      routeTables: 3,
      natGateways: 2,
      elasticIps: 2,
      securityGroups: 3,
      attachments: 1,
      routes: 3,
      associations: 4,
      securityGroupRules: 4,
    },
    {},
    {
      "AWS::AutoScaling::AutoScalingGroup": 1,
      "AWS::EC2::LaunchTemplate": 1,
      "AWS::EC2::VPCEndpoint": 1,
      "AWS::IAM::Role": 3,
    },
  ),
  "awscfntemplates__Solutions_CloudFormationEndpointSignals_cfn-endpoint-waitcondition.yaml": cfn(
    {
      vpcs: 1,
      internetGateways: 1,
      subnets: 4,
      routeTables: 3,
      securityGroups: 3,
      instances: 2,
      attachments: 1,
      routes: 1,
      associations: 4,
    },
    {},
    { "AWS::EC2::VPCEndpoint": 2, "AWS::CloudFormation::WaitCondition": 1 },
  ),
  // Each instance's BlockDeviceMappings makes its 100 GiB root volume (/dev/sda1).
  "awscfntemplates__Solutions_DirectoryADClients_DIRECTORY-AD-CLIENTS.yaml": cfn(
    { instances: 4, volumes: 4 },
    { securityGroup: 1, subnet: 2 },
    { "AWS::SSM::Association": 2 },
  ),
  "awscfntemplates__Solutions_Gitea_Gitea.yaml": cfn(
    { securityGroups: 1, instances: 1, volumes: 1 }, // the 128 GiB /dev/xvda of its block device mapping
    { vpc: 1, subnet: 1 },
    { "!Rain::Module": 2, "AWS::IAM::Role": 1 },
  ),
  "awscfntemplates__VPC_FindInMapAZs.yaml": cfn({
    vpcs: 1,
    internetGateways: 1,
    subnets: 4,
    routeTables: 3,
    natGateways: 2,
    elasticIps: 2,
    securityGroups: 1,
    attachments: 1,
    routes: 3,
    associations: 4,
  }),
  "awscfntemplates__VPC_VPC_EC2_Instance_With_Multiple_Static_IPAddresses.json": cfn(
    { elasticIps: 1, securityGroups: 1, instances: 1, attachments: 1 },
    { vpc: 1, subnet: 1 },
    { "AWS::EC2::NetworkInterface": 1 },
  ),
  // EnvType defaults to test: the conditional volume and its attachment are skipped.
  "cfn101__conditions_condition-output.yaml": cfn(
    { instances: 1 },
    { subnet: 1 },
    { "AWS::EC2::Volume": 1, "AWS::EC2::VolumeAttachment": 1 },
  ),
  "cfn101__cross-stacks_ec2.yaml": cfn(
    { elasticIps: 1, securityGroups: 1, instances: 1 },
    { subnet: 1, vpc: 1 },
  ),
  "cfn101__cross-stacks_vpc.yaml": cfn({
    vpcs: 1,
    internetGateways: 1,
    subnets: 2,
    routeTables: 2,
    associations: 2,
    routes: 2,
    attachments: 1,
  }),
  // Fn::ForEach over mappings makes the subnets, route tables, NAT gateways and Elastic IPs.
  "cfn101__looping-over-collections_vpc.yaml": cfn({
    vpcs: 1,
    internetGateways: 1,
    subnets: 4,
    routeTables: 4,
    natGateways: 2,
    elasticIps: 2,
    attachments: 1,
    associations: 4,
    routes: 4,
  }),
  "cfnlint-quickstart__nist_vpc_production.yaml": cfn(
    {
      vpcs: 1,
      internetGateways: 1,
      subnets: 3,
      routeTables: 2,
      natGateways: 1,
      elasticIps: 1,
      networkAcls: 2,
      securityGroups: 3,
      associations: 12,
      attachments: 1,
      networkAclRules: 10,
      routes: 2,
    },
    { subnet: 3 },
    { "AWS::CloudFormation::Stack": 1, "AWS::EC2::DHCPOptions": 1 },
  ),
  // With the defaults (2 AZs, no additional private subnets, no NAT instances) most resources are off.
  "cfnlint-quickstart__vpc.json": cfn(
    {
      vpcs: 1,
      internetGateways: 1,
      subnets: 4,
      routeTables: 3,
      natGateways: 2,
      elasticIps: 2,
      attachments: 1,
      routes: 3,
      associations: 4,
    },
    {},
    { "AWS::EC2::Subnet": 8, "AWS::EC2::Instance": 4 },
  ),
  // The root volume's size is the RootVolumeSize parameter's default.
  "widdix__ec2_al2-mutable-public.yaml": cfn(
    { elasticIps: 1, securityGroups: 1, instances: 1, volumes: 1, attachments: 1, securityGroupRules: 1 },
    { vpc: 1, subnet: 1 },
    { "AWS::EC2::SecurityGroupIngress": 4, "AWS::CloudWatch::Alarm": 4 },
  ),
  "widdix__vpc_vpc-nat-gateway.yaml": cfn(
    { natGateways: 1, elasticIps: 1, routes: 1 },
    { routeTable: 1, subnet: 1 },
    { "AWS::CloudWatch::Alarm": 4 },
  ),

  // terraform show -json (plans and one state).
  "checkov__parser_plan_provisioners_tfplan.json": tf({ instances: 1 }, { subnet: 1 }),
  "checkov__plan_with_for_each_for_enrichment_tf_plan.json": tf(
    { securityGroups: 3 },
    { vpc: 1 },
    { aws_route53_zone: 2 },
  ),
  "checkov__plan_with_utf_16_encoding_tfplan.json": tf(
    {},
    {},
    { aws_iam_role_policy: 1, aws_s3_bucket: 1, null_resource: 1 },
  ),
  "terraform-compliance__test_child_modules_plan.out.json": tf({}, {}, { aws_s3_bucket: 1 }),
  // terraform-aws-modules/vpc: each NAT gateway's allocation_id comes through a local value the
  // plan doesn't show, so each gets an Elastic IP placeholder (its aws_eip.nat is drawn on its own).
  "terraform-compliance__test_issue-158_plan.out.json": tf(
    {
      vpcs: 1,
      internetGateways: 1,
      subnets: 6,
      routeTables: 4,
      natGateways: 3,
      elasticIps: 3,
      routes: 4,
      associations: 6,
    },
    // The NAT gateways' allocation_id goes through a local value: each gets its module's own aws_eip.
    {},
    { aws_vpn_gateway: 1 },
  ),
  "terraform-compliance__test_issue-456_plan.out.json": tf(
    { instances: 15 },
    { subnet: 1 },
    { aws_ecr_repository: 14, aws_iam_role: 2, aws_s3_bucket: 1 },
  ),
  // Its NAT gateway's allocation_id refers to a VPC (a test fixture): no Elastic IP is made of that.
  "terraform-compliance__test_pull_330_plan.out.json": tf(
    {
      vpcs: 1,
      internetGateways: 1,
      subnets: 1,
      natGateways: 1,
      securityGroups: 2,
      securityGroupRules: 1,
    },
    { securityGroup: 1 },
    { aws_customer_gateway: 1, aws_vpn_gateway: 1 },
  ),

  // Terraform state files (driftctl fixtures hold one kind each; inframap's are cut down).
  "driftctl__aws_default_route_table.tfstate": tf({ routeTables: 1 }, { vpc: 1 }),
  "driftctl__aws_ec2_ebs_volume.tfstate": tf({ volumes: 1 }),
  "driftctl__aws_ec2_eip.tfstate": tf({ elasticIps: 1 }),
  // Its root block device is a volume attached to it.
  "driftctl__aws_ec2_instance.tfstate": tf({ instances: 1, volumes: 1 }, { subnet: 1, securityGroup: 1 }),
  "driftctl__aws_internet_gateway.tfstate": tf({ internetGateways: 1 }, { vpc: 1 }),
  "driftctl__aws_nat_gateway.tfstate": tf({ natGateways: 1, elasticIps: 1 }, { subnet: 1 }),
  // An IPv4 /32 route and an IPv6 ::/0 route (skipped) to a gateway the file doesn't hold.
  "driftctl__aws_route.tfstate": tf({ routes: 1 }, { routeTable: 1, internetGateway: 1 }, { aws_route: 1 }),
  // Three subnet associations and one edge association (skipped).
  "driftctl__aws_route_assoc.tfstate": tf(
    { associations: 3 },
    { routeTable: 1, subnet: 3 },
    { aws_route_table_association: 1 },
  ),
  "driftctl__aws_route_table.tfstate": tf({ routeTables: 1 }, { vpc: 1 }),
  "driftctl__aws_subnet.tfstate": tf({ subnets: 6 }, { vpc: 2 }),
  "driftctl__aws_vpc.tfstate": tf({ vpcs: 2 }),
  "driftctl__aws_vpc_security_group.tfstate": tf({ securityGroups: 2 }, { vpc: 1 }),
  "driftctl__data_source.tfstate": tf({}, {}, { aws_ami: 1 }),
  // Rules and instances with nothing but ids: placeholders and skipped rules, nothing invented.
  "inframap__aws_state_cyclic.tfstate.json": tf(
    {},
    { securityGroup: 5, instance: 2, subnet: 1 },
    { aws_security_group_rule: 13 },
  ),
  // Cut down too: the instance has no type and the volume no size, so both stay placeholders.
  "inframap__version_3_state.tfstate.json": tf(
    { securityGroups: 5 },
    { instance: 1, volume: 1, subnet: 1, securityGroup: 2, vpc: 1 },
    { aws_db_instance: 1, aws_s3_bucket: 1 },
  ),
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name === "SOURCES.md" ? [] : [path];
  });
}

/** Strings a file keeps under secret-looking keys (passwords, user data, private blobs). */
function secretsIn(data: unknown, out: string[] = [], secretKey = false): string[] {
  if (typeof data === "string") {
    if (secretKey && data.length >= 8) out.push(data);
  } else if (Array.isArray(data)) {
    for (const d of data) secretsIn(d, out, secretKey);
  } else if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) {
      if (key === "Ref" || key.startsWith("Fn::")) continue; // names of things, not secrets
      secretsIn(
        value,
        out,
        secretKey || /password|secret|user_?data|private_key/i.test(key) || key === "private",
      );
    }
  }
  return out;
}

function parsedSource(bytes: Uint8Array): unknown {
  const text = decodeBytes(bytes) ?? "";
  try {
    return JSON.parse(text);
  } catch {
    const yaml = parseCloudFormationYaml(text);
    return yaml.ok ? yaml.data : undefined;
  }
}

const sum = (counts: Counts) => Object.entries(counts).filter(([, n]) => n > 0);

function countBy<T>(items: readonly T[], key: (item: T) => string): Counts {
  const counts: Counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe("import corpus (../shared/samples)", () => {
  if (!present) {
    it("is skipped: ../shared/samples is not beside this checkout", () => {
      console.warn(`import corpus: ${SAMPLES} not found, so the real-file corpus test does not run.`);
    });
    return;
  }
  const all = files(SAMPLES);

  it("has an expectation for every sample file", () => {
    const names = all.map((p) => p.split(/[\\/]/).pop() as string);
    expect(names.filter((n) => !(n in EXPECTED))).toEqual([]);
  });

  for (const path of all) {
    const name = path.split(/[\\/]/).pop() as string;
    it(name, () => {
      const expected = EXPECTED[name];
      if (!expected) return;
      const bytes = new Uint8Array(readFileSync(path));
      // Through the project's own reader, as the CLI and the app do.
      const result = importTopology([{ name, bytes }], { lang: "en" });
      if (expected.fails) {
        expect(result.ok).toBe(false);
        expect(result.problems[0]).toMatchObject({ file: name, ...expected.fails });
        return;
      }
      if (!result.ok)
        throw new Error(result.problems.map((p) => `${p.line}:${p.column} ${p.message.en}`).join("; "));
      const { report } = result;
      expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual([]);
      expect(report.format).toBe(expected.format);
      expect(Object.fromEntries(sum(report.imported))).toEqual(expected.imported);
      const placeholders = countBy(report.placeholders, (p) => p.kind);
      if (expected.placeholders) expect(placeholders).toEqual(expected.placeholders);
      expect(countBy(report.skipped, (s) => s.type)).toMatchObject(expected.skipped ?? {});
      for (const s of report.skipped) expect(s.reason.length).toBeGreaterThan(0);
      // Nothing secret the file holds comes out.
      const out = JSON.stringify([result.doc, report]);
      for (const secret of secretsIn(parsedSource(bytes))) expect(out).not.toContain(secret);
    });
  }
});
