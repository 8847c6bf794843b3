// A topology written the way `aws ec2 describe-*` prints it, one output per command: the import
// round trip reads it back, and the benchmark times it. Only what the topology knows is written
// (plus the implicit local route and the default deny rules AWS always shows).
import { IP_PROTOCOL_NUMBERS, type RuleProtocol } from "../values.ts";

type Rec = Record<string, unknown> & { id: string };
type Doc = Record<string, unknown>;

const list = (doc: Doc, key: string) => (doc[key] as Rec[] | undefined) ?? [];
const tagsOf = (r: Rec) => {
  const tags = { ...((r.tags as Record<string, string> | undefined) ?? {}) };
  if (typeof r.name === "string" && tags.Name === undefined) tags.Name = r.name;
  const entries = Object.entries(tags);
  return entries.length > 0 ? { Tags: entries.map(([Key, Value]) => ({ Key, Value })) } : {};
};
const optional = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });

const TARGET_FIELD: [string, string][] = [
  ["igw-", "GatewayId"],
  ["nat-", "NatGatewayId"],
  ["i-", "InstanceId"],
  ["vgw-", "GatewayId"],
  ["tgw-", "TransitGatewayId"],
  ["pcx-", "VpcPeeringConnectionId"],
  ["vpce-", "GatewayId"],
  ["eigw-", "EgressOnlyInternetGatewayId"],
  ["eni-", "NetworkInterfaceId"],
];

function permissions(rules: unknown[]): unknown[] {
  return (rules as Record<string, unknown>[]).map((r) => ({
    IpProtocol: r.protocol,
    ...optional("FromPort", r.fromPort),
    ...optional("ToPort", r.toPort),
    IpRanges: r.cidr ? [{ CidrIp: r.cidr, ...optional("Description", r.description) }] : [],
    Ipv6Ranges: [],
    PrefixListIds: [],
    UserIdGroupPairs: r.securityGroup ? [{ GroupId: r.securityGroup, UserId: "123456789012" }] : [],
  }));
}

export function toAwsCliOutputs(doc: Doc): Record<string, unknown>[] {
  const vpcCidr = new Map(list(doc, "vpcs").map((v) => [v.id, v.cidrBlock]));
  const subnetOf = new Map(list(doc, "subnets").map((s) => [s.id, s]));
  const natEni = (nat: string) => `eni-${nat.slice(4)}`;
  const acl = (rules: unknown[], egress: boolean) => [
    ...(rules as Record<string, unknown>[]).map((r) => ({
      RuleNumber: r.ruleNumber,
      Protocol: String(IP_PROTOCOL_NUMBERS[r.protocol as RuleProtocol]),
      RuleAction: r.action,
      Egress: egress,
      CidrBlock: r.cidr,
      ...(r.protocol === "icmp"
        ? { IcmpTypeCode: { Type: r.fromPort, Code: r.toPort } }
        : r.fromPort === undefined
          ? {}
          : { PortRange: { From: r.fromPort, To: r.toPort } }),
    })),
    { RuleNumber: 32767, Protocol: "-1", RuleAction: "deny", Egress: egress, CidrBlock: "0.0.0.0/0" },
  ];
  return [
    {
      AvailabilityZones: list(doc, "regions").flatMap((r) =>
        (r.availabilityZones as string[]).map((z) => ({ State: "available", RegionName: r.id, ZoneName: z })),
      ),
    },
    {
      Vpcs: list(doc, "vpcs").map((v) => ({
        CidrBlock: v.cidrBlock,
        State: "available",
        VpcId: v.id,
        IsDefault: false,
        ...tagsOf(v),
      })),
    },
    {
      Subnets: list(doc, "subnets").map((s) => ({
        AvailabilityZone: s.availabilityZone,
        CidrBlock: s.cidrBlock,
        State: "available",
        SubnetId: s.id,
        VpcId: s.vpc,
        ...tagsOf(s),
      })),
    },
    {
      InternetGateways: list(doc, "internetGateways").map((g) => ({
        Attachments: g.vpc ? [{ State: "available", VpcId: g.vpc }] : [],
        InternetGatewayId: g.id,
        ...tagsOf(g),
      })),
    },
    {
      RouteTables: list(doc, "routeTables").map((t) => ({
        Associations: [
          ...(t.main
            ? [{ Main: true, RouteTableAssociationId: `rtbassoc-${t.id}`, RouteTableId: t.id }]
            : []),
          ...((t.subnets as string[] | undefined) ?? []).map((s) => ({
            Main: false,
            RouteTableId: t.id,
            SubnetId: s,
          })),
        ],
        RouteTableId: t.id,
        Routes: [
          { DestinationCidrBlock: vpcCidr.get(t.vpc as string), GatewayId: "local", State: "active" },
          ...(t.routes as Record<string, string>[]).map((r) => ({
            DestinationCidrBlock: r.destination,
            [TARGET_FIELD.find(([p]) => r.target?.startsWith(p))?.[1] ?? "GatewayId"]: r.target,
            State: "active",
          })),
        ],
        VpcId: t.vpc,
        ...tagsOf(t),
      })),
    },
    {
      NatGateways: list(doc, "natGateways").map((n) => ({
        NatGatewayAddresses: list(doc, "elasticIps")
          .filter((e) => e.natGateway === n.id)
          .map((e) => ({
            AllocationId: e.id,
            NetworkInterfaceId: natEni(n.id),
            ...optional("PublicIp", e.publicIp),
          })),
        NatGatewayId: n.id,
        State: "available",
        SubnetId: n.subnet,
        VpcId: subnetOf.get(n.subnet as string)?.vpc,
        ConnectivityType: n.connectivity ?? "public",
        ...tagsOf(n),
      })),
    },
    {
      Addresses: list(doc, "elasticIps").map((e) => ({
        AllocationId: e.id,
        Domain: "vpc",
        ...optional("PublicIp", e.publicIp),
        ...optional("InstanceId", e.instance),
        ...(e.natGateway ? { NetworkInterfaceId: natEni(e.natGateway as string) } : {}),
        ...tagsOf(e),
      })),
    },
    {
      NetworkAcls: list(doc, "networkAcls").map((a) => ({
        Associations: ((a.subnets as string[] | undefined) ?? []).map((s) => ({
          NetworkAclId: a.id,
          SubnetId: s,
        })),
        Entries: [...acl(a.egress as unknown[], true), ...acl(a.ingress as unknown[], false)],
        IsDefault: a.default === true,
        NetworkAclId: a.id,
        VpcId: a.vpc,
        ...tagsOf(a),
      })),
    },
    {
      SecurityGroups: list(doc, "securityGroups").map((g) => ({
        ...optional("Description", g.description),
        // AWS names a VPC's default group "default"; another name of the file's rides in its Name tag.
        GroupName: g.default === true ? "default" : (g.name ?? g.id),
        IpPermissions: permissions(g.ingress as unknown[]),
        ...(g.egress === undefined ? {} : { IpPermissionsEgress: permissions(g.egress as unknown[]) }),
        GroupId: g.id,
        VpcId: g.vpc,
        ...(g.tags || (g.default === true && g.name !== undefined && g.name !== "default")
          ? tagsOf(g.default === true ? g : { ...g, name: undefined })
          : {}),
      })),
    },
    {
      Reservations: [
        {
          ReservationId: "r-0123456789abcdef0",
          OwnerId: "123456789012",
          Instances: list(doc, "instances").map((i) => ({
            ...optional("ImageId", i.imageId),
            InstanceId: i.id,
            InstanceType: i.instanceType,
            ...optional("KeyName", i.keyName),
            Placement: { AvailabilityZone: subnetOf.get(i.subnet as string)?.availabilityZone },
            ...(i.publicIp ? { PublicIpAddress: "203.0.113.200" } : {}),
            ...(i.state ? { State: { Name: i.state } } : {}),
            SubnetId: i.subnet,
            VpcId: subnetOf.get(i.subnet as string)?.vpc,
            SecurityGroups: ((i.securityGroups as string[] | undefined) ?? []).map((g) => ({ GroupId: g })),
            ...tagsOf(i),
          })),
        },
      ],
    },
    {
      Volumes: list(doc, "volumes").map((v) => ({
        Attachments: ((v.attachments as Record<string, string>[] | undefined) ?? []).map((a) => ({
          Device: a.device,
          InstanceId: a.instance,
          State: "attached",
          VolumeId: v.id,
        })),
        AvailabilityZone: v.availabilityZone,
        Encrypted: v.encrypted ?? false,
        Size: v.sizeGiB,
        VolumeId: v.id,
        VolumeType: v.volumeType,
        ...optional("Iops", v.iops),
        ...optional("Throughput", v.throughput),
        MultiAttachEnabled: v.multiAttach === true,
        ...tagsOf(v),
      })),
    },
  ];
}

/** The bundle as one file: the outputs one after another, as `aws ... >> bundle.json` leaves them. */
export function toAwsCliBundle(doc: Doc): string {
  return toAwsCliOutputs(doc)
    .map((o) => JSON.stringify(o, null, 4))
    .join("\n");
}
