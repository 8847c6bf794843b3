// The topology document, format version 2: a public interface (see README "Topology file format").
// Flat lists that reference each other by id, the way the AWS API does. Every object is strict:
// an unknown key is almost always a typo, so it is reported instead of silently dropped.
// Version 1 files are read through src/io/migrations.ts (its frozen schema is src/io/schema-v1.ts).
import { z } from "zod";
import {
  ICMP_MAX,
  MAX_KEY_LENGTH,
  MAX_PORT,
  MAX_PREFIX,
  MAX_TAGS,
  MAX_VALUE_LENGTH,
  MIN_PREFIX,
} from "./aws-limits.ts";
import { parseCidr } from "./cidr.ts";
import { FORMAT_VERSION, INSTANCE_STATES } from "./document-basics.ts";
import { quoteShort } from "./echo.ts";

export {
  COLLECTIONS,
  type Collection,
  definedEntries,
  definedOnly,
  emptyTopology,
  FORMAT_VERSION,
  findDefined,
  INSTANCE_STATES,
  isExternal,
  UNDRAWN_TARGET_PREFIXES,
  type UndrawnTargetPrefix,
  undrawnTargetPrefix,
} from "./document-basics.ts";

const id = z.string().min(1, "an id can't be empty").max(255).describe("Unique id of this resource");

// Bounds before work (issue #15): free text is capped well above AWS's own limits (names and tag
// values 256, keys 128, descriptions 255, which the rules check), so a hostile file can't carry
// megabytes of text into the diagram, the notices or the terminal.
export const MAX_TEXT_LENGTH = 1024;
const text = z.string().max(MAX_TEXT_LENGTH);

const tags = z
  .record(text, text)
  .describe(
    `Tags as a { "Key": "Value" } map (at most ${MAX_TAGS}; key up to ${MAX_KEY_LENGTH} characters, value up to ${MAX_VALUE_LENGTH})`,
  );

/** Fields every resource may carry. */
const common = {
  id,
  name: text.optional().describe("Display name (like the Name tag in the AWS console)"),
  tags: tags.optional(),
};

type Shape = Record<string, z.core.$ZodType>;

/**
 * A resource that may be `"external": true`: something the document refers to but does not define
 * (a template parameter, another stack, a resource an import did not list). An external resource
 * carries only what is known: its id, perhaps a name and tags; every other field may be absent (but
 * when written it must still be well-formed). A defined resource may write `"external": false`.
 */
function resource<S extends Shape>(shape: S, description: string) {
  const optional = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, key === "id" ? field : z.optional(field)]),
  ) as { [K in keyof S]: K extends "id" ? S[K] : z.ZodOptional<S[K]> };
  const defined = z.strictObject({
    ...shape,
    external: z.literal(false).optional().describe("false (or absent): the document defines it"),
  });
  const external = z.strictObject({
    ...optional,
    external: z
      .literal(true)
      .describe("true: referred to but defined outside the document; only the id is required"),
  });
  return z.discriminatedUnion("external", [defined, external]).describe(description);
}

export const cidrBlock = z
  .string()
  .superRefine((text, ctx) => {
    const parsed = parseCidr(text);
    if (parsed.ok) return;
    const reason = parsed.reason;
    ctx.addIssue({
      code: "custom",
      message:
        reason.kind === "host-bits"
          ? // CreateVpc/CreateSubnet "CidrBlock" (EC2 API Reference): AWS doesn't refuse host bits, it
            // "modifies the specified CIDR block to its canonical form". We ask for it written so.
            `${quoteShort(text)} is not the start of its block: AWS would quietly store it as ${reason.suggestion}, so write ${reason.suggestion}`
          : reason.kind === "prefix"
            ? `${quoteShort(text)} has a prefix length above /32`
            : `${quoteShort(text)} is not an IPv4 CIDR block like 10.0.0.0/16`,
    });
  })
  .describe("IPv4 CIDR block, e.g. 10.0.0.0/16");

export const region = resource(
  {
    ...common,
    id: id.describe("Region code, e.g. ap-northeast-2"),
    availabilityZones: z
      .array(z.string().min(1))
      .describe("Availability Zone names of this Region drawn in the diagram, e.g. ap-northeast-2a"),
  },
  "An AWS Region",
);

export const vpc = resource(
  {
    ...common,
    region: z.string().describe("Id of the Region the VPC belongs to"),
    cidrBlock: cidrBlock.describe(`Primary IPv4 CIDR block of the VPC, /${MIN_PREFIX} to /${MAX_PREFIX}`),
    internetGatewayUnknown: z
      .boolean()
      .optional()
      .describe(
        "true when the document doesn't say whether an internet gateway is attached (an AWS CLI import without describe-internet-gateways): with no gateway of the document attached, the VPC's gateway is unknown, not absent",
      ),
  },
  "A Virtual Private Cloud",
);

export const internetGateway = resource(
  {
    ...common,
    vpc: z.string().nullable().describe("Id of the VPC it is attached to, or null when detached"),
  },
  "An internet gateway",
);

export const subnet = resource(
  {
    ...common,
    vpc: z.string().describe("Id of the VPC"),
    availabilityZone: z.string().describe("Availability Zone the subnet lives in"),
    cidrBlock: cidrBlock.describe(`IPv4 CIDR block inside the VPC's, /${MIN_PREFIX} to /${MAX_PREFIX}`),
  },
  "A subnet",
);

export const PROTOCOLS = ["tcp", "udp", "icmp", "-1"] as const;

const protocol = z.enum(PROTOCOLS).describe('"tcp", "udp", "icmp" or "-1" for all traffic');
const fromPort = z
  .number()
  .int()
  .min(-1)
  .max(MAX_PORT)
  .optional()
  .describe(`First port (ICMP: the type, 0-${ICMP_MAX}; -1 or absent for all types)`);
const toPort = z
  .number()
  .int()
  .min(-1)
  .max(MAX_PORT)
  .optional()
  .describe(`Last port (ICMP: the code, 0-${ICMP_MAX}; -1 or absent for all codes)`);

/** Message of the one-of check below; src/model/schema-diagnostics.ts words it in Korean too. */
export const RULE_PEER_MESSAGE = "a rule names either cidr or securityGroup, exactly one of them";

export const securityGroupRule = z
  .strictObject({
    protocol,
    fromPort,
    toPort,
    cidr: cidrBlock.optional().describe("Source (ingress) or destination (egress) range, e.g. 0.0.0.0/0"),
    securityGroup: z
      .string()
      .min(1)
      .optional()
      .describe("Or: id of the source (ingress) or destination (egress) security group"),
    description: text.optional(),
  })
  .superRefine((rule, ctx) => {
    if ((rule.cidr === undefined) !== (rule.securityGroup === undefined)) return;
    ctx.addIssue({ code: "custom", message: RULE_PEER_MESSAGE, input: rule });
  })
  .describe("A security group rule: a range (cidr) or another group (securityGroup), exactly one");

export const securityGroup = resource(
  {
    ...common,
    vpc: z.string().describe("Id of the VPC the group belongs to"),
    default: z
      .boolean()
      .optional()
      .describe("true for the VPC's default security group (instances launched without a group are in it)"),
    description: text.optional(),
    ingress: z.array(securityGroupRule).describe("Inbound rules: what may come in"),
    egress: z
      .array(securityGroupRule)
      .optional()
      .describe("Outbound rules; absent means AWS's default (all traffic out)"),
  },
  "A security group",
);

export const instance = resource(
  {
    ...common,
    subnet: z.string().describe("Id of the subnet the instance is launched in"),
    instanceType: text.min(1).describe("EC2 instance type, e.g. t3.micro"),
    imageId: z
      .string()
      // AWS issues 8 or 17 digits; 9–16 read too (format 2 shipped so) and get the ami-id-length warning.
      .regex(/^ami-[0-9a-f]{8,17}$/, 'an AMI id looks like "ami-" followed by 17 hex digits (older ids: 8)')
      .optional()
      .describe("AMI the instance was launched from"),
    publicIp: z.boolean().optional().describe("true when it has a public IPv4 address (or an Elastic IP)"),
    securityGroups: z.array(z.string()).optional().describe("Ids of its security groups"),
    state: z.enum(INSTANCE_STATES).optional(),
    keyName: text.min(1).max(255).optional().describe("Name of the key pair used to log in"),
  },
  "An EC2 instance",
);

export const VOLUME_TYPES = ["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"] as const;

export const volumeAttachment = z.strictObject({
  instance: z.string().describe("Id of the instance"),
  device: z
    .string()
    .regex(/^\/dev\/[a-z0-9]+$/, 'a device name looks like "/dev/xvda" or "/dev/sdf"')
    .describe("Device name, e.g. /dev/xvda (root) or /dev/sdf"),
});

export const volume = resource(
  {
    ...common,
    availabilityZone: z.string().describe("Availability Zone the volume lives in"),
    sizeGiB: z.number().int().positive().describe("Size in GiB"),
    volumeType: z.enum(VOLUME_TYPES),
    iops: z.number().int().positive().optional(),
    throughput: z.number().int().positive().optional().describe("MiB/s (gp3 only)"),
    encrypted: z.boolean().optional(),
    multiAttach: z.boolean().optional().describe("Multi-Attach (io1/io2 only)"),
    attachments: z.array(volumeAttachment).optional(),
  },
  "An EBS volume",
);

// ---- Format 2: routing, NAT, Elastic IPs and network ACLs -------------------------------------

/** Message of the route's "local" check; src/model/schema-diagnostics.ts words it in Korean too. */
export const LOCAL_ROUTE_MESSAGE = "the local route is implicit: don't write it";

export const route = z
  .strictObject({
    destination: cidrBlock.describe("IPv4 destination block, e.g. 0.0.0.0/0 for the internet"),
    target: z
      .string()
      .min(1)
      .refine((t) => t !== "local", LOCAL_ROUTE_MESSAGE)
      .describe(
        "Id of an internet gateway, NAT gateway or instance of this document, or the AWS id of a target ec2viz doesn't draw (vgw-, tgw-, pcx-, vpce-, eigw-, lgw-, cagw-, eni-)",
      ),
    description: text.optional(),
  })
  .describe("A route: traffic for `destination` goes to `target`");

export const routeTable = resource(
  {
    ...common,
    vpc: z.string().describe("Id of the VPC"),
    main: z.boolean().optional().describe("true for the VPC's main route table"),
    subnets: z
      .array(z.string())
      .optional()
      .describe("Ids of the subnets explicitly associated with it (others use the main table)"),
    routes: z.array(route).describe("Routes besides the implicit local route of the VPC's block"),
  },
  "A route table",
);

export const NAT_CONNECTIVITY = ["public", "private"] as const;

export const natGateway = resource(
  {
    ...common,
    subnet: z.string().describe("Id of the subnet it lives in"),
    connectivity: z
      .enum(NAT_CONNECTIVITY)
      .optional()
      .describe('"public" (the default: reaches the internet through an Elastic IP) or "private"'),
  },
  "A NAT gateway",
);

export const ipv4Address = z
  .string()
  .refine((text) => {
    const parsed = parseCidr(`${text}/32`);
    return parsed.ok;
  }, "an IPv4 address looks like 203.0.113.10")
  .describe("IPv4 address, e.g. 203.0.113.10");

/** Message of the Elastic IP's one-association check (schema-diagnostics words it in Korean). */
export const EIP_ASSOCIATION_MESSAGE =
  "an Elastic IP is associated with one instance or one NAT gateway, not both";

export const elasticIp = resource(
  {
    ...common,
    publicIp: ipv4Address.optional().describe("The public IPv4 address, e.g. 203.0.113.10"),
    instance: z.string().optional().describe("Id of the instance it is associated with"),
    natGateway: z.string().optional().describe("Id of the NAT gateway it is associated with"),
  },
  "An Elastic IP address",
).superRefine((eip, ctx) => {
  if (eip.instance !== undefined && eip.natGateway !== undefined) {
    ctx.addIssue({ code: "custom", message: EIP_ASSOCIATION_MESSAGE, input: eip, path: ["natGateway"] });
  }
});

export const ACL_ACTIONS = ["allow", "deny"] as const;
/** Rule numbers AWS accepts (checked by a rule, so the message can teach). */
export const ACL_RULE_NUMBERS = { min: 1, max: 32_766 } as const;

export const aclRule = z
  .strictObject({
    ruleNumber: z.number().int().describe("1 to 32766; evaluated lowest first, the first match decides"),
    action: z.enum(ACL_ACTIONS),
    protocol,
    fromPort,
    toPort,
    cidr: cidrBlock.describe("Source (ingress) or destination (egress) range"),
    description: text.optional(),
  })
  .describe("A network ACL rule");

export const networkAcl = resource(
  {
    ...common,
    vpc: z.string().describe("Id of the VPC"),
    default: z
      .boolean()
      .optional()
      .describe(
        "true for the VPC's default network ACL (at most one per VPC; subnets without an ACL of their own use it)",
      ),
    subnets: z
      .array(z.string())
      .optional()
      .describe("Ids of the subnets associated with it (others use the VPC's default ACL)"),
    ingress: z.array(aclRule).describe("Inbound rules, by rule number"),
    egress: z.array(aclRule).describe("Outbound rules, by rule number"),
  },
  "A network ACL",
);

export const topology = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of topology.schema.json, for editors"),
    version: z.literal(FORMAT_VERSION).describe("Format version of this file"),
    name: text.optional(),
    regions: z.array(region).default([]),
    vpcs: z.array(vpc).default([]),
    internetGateways: z.array(internetGateway).default([]),
    subnets: z.array(subnet).default([]),
    securityGroups: z.array(securityGroup).default([]),
    instances: z.array(instance).default([]),
    volumes: z.array(volume).default([]),
    routeTables: z.array(routeTable).default([]),
    natGateways: z.array(natGateway).default([]),
    elasticIps: z.array(elasticIp).default([]),
    networkAcls: z.array(networkAcl).default([]),
  })
  .describe("An ec2viz topology document");

export type Topology = z.output<typeof topology>;
export type TopologyInput = z.input<typeof topology>;

/** A resource marked `"external": true`: known by id (and perhaps name), defined elsewhere. */
export type External<T> = Extract<T, { external: true }>;
/** A resource the document defines: every required field is there. */
export type Defined<T> = Exclude<T, { external: true }>;

export type AnyRegion = z.output<typeof region>;
export type AnyVpc = z.output<typeof vpc>;
export type AnyInternetGateway = z.output<typeof internetGateway>;
export type AnySubnet = z.output<typeof subnet>;
export type AnySecurityGroup = z.output<typeof securityGroup>;
export type AnyInstance = z.output<typeof instance>;
export type AnyVolume = z.output<typeof volume>;
export type AnyRouteTable = z.output<typeof routeTable>;
export type AnyNatGateway = z.output<typeof natGateway>;
export type AnyElasticIp = z.output<typeof elasticIp>;
export type AnyNetworkAcl = z.output<typeof networkAcl>;

export type Region = Defined<AnyRegion>;
export type Vpc = Defined<AnyVpc>;
export type InternetGateway = Defined<AnyInternetGateway>;
export type Subnet = Defined<AnySubnet>;
export type SecurityGroupRule = z.output<typeof securityGroupRule>;
export type SecurityGroup = Defined<AnySecurityGroup>;
export type Instance = Defined<AnyInstance>;
export type Volume = Defined<AnyVolume>;
export type RouteTable = Defined<AnyRouteTable>;
export type Route = z.output<typeof route>;
export type NatGateway = Defined<AnyNatGateway>;
export type NatConnectivity = (typeof NAT_CONNECTIVITY)[number];
export type ElasticIp = Defined<AnyElasticIp>;
export type NetworkAcl = Defined<AnyNetworkAcl>;
export type AclRule = z.output<typeof aclRule>;
export type AclAction = (typeof ACL_ACTIONS)[number];
export type VolumeAttachment = z.output<typeof volumeAttachment>;
export type VolumeType = (typeof VOLUME_TYPES)[number];
export type InstanceState = (typeof INSTANCE_STATES)[number];
export type Protocol = (typeof PROTOCOLS)[number];
