// FROZEN: the format-version-1 schema, exactly as it was when version 2 arrived. A version-1 file
// is checked against it before the migration runs, so its shape problems are reported exactly as
// before (same codes, same paths). Don't change it: version 1 is a published format.
import { z } from "zod";
import { cidrBlock, MAX_TEXT_LENGTH } from "../model/schema.ts";

const id = z.string().min(1, "an id can't be empty").max(255).describe("Unique id of this resource");

// Bounds before work (issue #15): free text is capped well above AWS's own limits (names and tag
// values 256, keys 128, descriptions 255, which the rules check), so a hostile file can't carry
// megabytes of text into the diagram, the notices or the terminal.
const text = z.string().max(MAX_TEXT_LENGTH);

const tags = z
  .record(text, text)
  .describe('Tags as a { "Key": "Value" } map (at most 50; key up to 128 characters, value up to 256)');

/** Fields every resource may carry. */
const common = {
  id,
  name: text.optional().describe("Display name (like the Name tag in the AWS console)"),
  tags: tags.optional(),
};

const region = z
  .strictObject({
    ...common,
    id: id.describe("Region code, e.g. ap-northeast-2"),
    availabilityZones: z
      .array(z.string().min(1))
      .describe("Availability Zone names of this Region drawn in the diagram, e.g. ap-northeast-2a"),
  })
  .describe("An AWS Region");

const vpc = z
  .strictObject({
    ...common,
    region: z.string().describe("Id of the Region the VPC belongs to"),
    cidrBlock: cidrBlock.describe("Primary IPv4 CIDR block of the VPC, /16 to /28"),
  })
  .describe("A Virtual Private Cloud");

const internetGateway = z
  .strictObject({
    ...common,
    vpc: z.string().nullable().describe("Id of the VPC it is attached to, or null when detached"),
  })
  .describe("An internet gateway");

const subnet = z
  .strictObject({
    ...common,
    vpc: z.string().describe("Id of the VPC"),
    availabilityZone: z.string().describe("Availability Zone the subnet lives in"),
    cidrBlock: cidrBlock.describe("IPv4 CIDR block inside the VPC's, /16 to /28"),
    public: z.boolean().describe("true when its route table sends 0.0.0.0/0 to the internet gateway"),
  })
  .describe("A subnet");

const PROTOCOLS = ["tcp", "udp", "icmp", "-1"] as const;

const securityGroupRule = z
  .strictObject({
    protocol: z.enum(PROTOCOLS).describe('"tcp", "udp", "icmp" or "-1" for all traffic'),
    fromPort: z.number().int().min(-1).max(65535).optional().describe("First port (ICMP: type, -1 for all)"),
    toPort: z.number().int().min(-1).max(65535).optional().describe("Last port (ICMP: code, -1 for all)"),
    cidr: cidrBlock.describe("Source (ingress) or destination (egress) range, e.g. 0.0.0.0/0"),
    description: text.optional(),
  })
  .describe("A security group rule");

const securityGroup = z
  .strictObject({
    ...common,
    vpc: z.string().describe("Id of the VPC the group belongs to"),
    description: text.optional(),
    ingress: z.array(securityGroupRule).describe("Inbound rules: what may come in"),
    egress: z
      .array(securityGroupRule)
      .optional()
      .describe("Outbound rules; absent means AWS's default (all traffic out)"),
  })
  .describe("A security group");

const INSTANCE_STATES = ["pending", "running", "shutting-down", "terminated", "stopping", "stopped"] as const;

const instance = z
  .strictObject({
    ...common,
    subnet: z.string().describe("Id of the subnet the instance is launched in"),
    instanceType: text.min(1).describe("EC2 instance type, e.g. t3.micro"),
    imageId: z
      .string()
      .regex(/^ami-[0-9a-f]{8,17}$/, 'an AMI id looks like "ami-" followed by 8 to 17 hex digits')
      .optional()
      .describe("AMI the instance was launched from"),
    publicIp: z.boolean().optional().describe("true when it has a public IPv4 address (or an Elastic IP)"),
    securityGroups: z.array(z.string()).optional().describe("Ids of its security groups"),
    state: z.enum(INSTANCE_STATES).optional(),
  })
  .describe("An EC2 instance");

const VOLUME_TYPES = ["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"] as const;

const volumeAttachment = z.strictObject({
  instance: z.string().describe("Id of the instance"),
  device: z
    .string()
    .regex(/^\/dev\/[a-z0-9]+$/, 'a device name looks like "/dev/xvda" or "/dev/sdf"')
    .describe("Device name, e.g. /dev/xvda (root) or /dev/sdf"),
});

const volume = z
  .strictObject({
    ...common,
    availabilityZone: z.string().describe("Availability Zone the volume lives in"),
    sizeGiB: z.number().int().positive().describe("Size in GiB"),
    volumeType: z.enum(VOLUME_TYPES),
    iops: z.number().int().positive().optional(),
    throughput: z.number().int().positive().optional().describe("MiB/s (gp3 only)"),
    encrypted: z.boolean().optional(),
    multiAttach: z.boolean().optional().describe("Multi-Attach (io1/io2 only)"),
    attachments: z.array(volumeAttachment).optional(),
  })
  .describe("An EBS volume");

export const topologyV1 = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of topology.schema.json, for editors"),
    version: z.literal(1).describe("Format version of this file"),
    name: text.optional(),
    regions: z.array(region).default([]),
    vpcs: z.array(vpc).default([]),
    internetGateways: z.array(internetGateway).default([]),
    subnets: z.array(subnet).default([]),
    securityGroups: z.array(securityGroup).default([]),
    instances: z.array(instance).default([]),
    volumes: z.array(volume).default([]),
  })
  .describe("An ec2viz topology document");
