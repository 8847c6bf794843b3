// fast-check arbitraries of VALID topologies: documents that pass the schema and every AWS rule
// with no error (warnings included: real Regions, real instance types). Property tests use them
// for "valid stays valid" and for round trips through JSON and YAML.
// (src/layout/testing/arbitrary.ts generates layout shapes with made-up Regions and loose st1
// volumes under their minimum size, so it can't serve here; this one respects the rules.)
import fc from "fast-check";
import { type Cidr, formatCidr, nextFreeBlock } from "../cidr.ts";
import { INSTANCE_TYPES } from "../instance-types.generated.ts";
import { adminPortsOpenToWorld } from "../rules/security-groups.ts";
import { MULTI_ATTACH_MAX, maxIops, maxThroughput, VOLUME_LIMITS } from "../rules/storage.ts";
import {
  type AclRule,
  definedOnly,
  emptyTopology,
  INSTANCE_STATES,
  type Instance,
  PROTOCOLS,
  type SecurityGroupRule,
  type Topology,
  VOLUME_TYPES,
  type Volume,
  type VolumeType,
} from "../schema.ts";

const REGION_CODES = ["ap-northeast-2", "us-east-1", "eu-west-1", "ap-southeast-1", "sa-east-1"];
const DATA_DEVICES = "fghijklmnop".split("").map((c) => `/dev/sd${c}`);

/** Any text a person might type into a name or tag, including Korean, emoji and YAML-ish look-alikes. */
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("web-1", "서울 웹 서버", "yes", "null", "1e3", "0x10", "- item", "a: b", "#x", " padded "),
);

// "__proto__" is left out: JavaScript objects can't hold it as a plain key, so zod drops it on parse
// (a known limit, noted in the README).
const tagKey = text.filter(
  (k) => k.length >= 1 && k.length <= 128 && !k.toLowerCase().startsWith("aws:") && k !== "__proto__",
);

const tags = fc.dictionary(tagKey, text, { maxKeys: 4 });

const rule: fc.Arbitrary<SecurityGroupRule> = fc
  .record(
    {
      protocol: fc.constantFrom(...PROTOCOLS),
      fromPort: fc.integer({ min: -1, max: 65535 }),
      toPort: fc.integer({ min: -1, max: 65535 }),
      cidr: fc.constantFrom("0.0.0.0/0", "10.0.0.0/8", "192.168.1.0/24", "203.0.113.7/32"),
      description: text,
    },
    { requiredKeys: ["protocol", "cidr"] },
  )
  .map((r) => {
    // ICMP: a type and a code of 0..255 or -1 for all, and all types only with all codes (icmp-type-code).
    if (r.protocol === "icmp") {
      const type = r.fromPort === undefined ? undefined : ((r.fromPort + 1) % 257) - 1;
      const code =
        type === undefined || type === -1
          ? -1
          : r.toPort === undefined
            ? undefined
            : ((r.toPort + 1) % 257) - 1;
      const { fromPort: _f, toPort: _t, ...rest } = r;
      return {
        ...rest,
        ...(type === undefined ? {} : { fromPort: type }),
        ...(code === undefined ? {} : { toPort: code }),
      };
    }
    // TCP and UDP rules need a forward port range within 0..65535 (rule sg-port-range).
    if (r.protocol !== "tcp" && r.protocol !== "udp") return r;
    const a = Math.max(0, r.fromPort ?? 0);
    const b = Math.max(0, r.toPort ?? a);
    return { ...r, fromPort: Math.min(a, b), toPort: Math.max(a, b) };
  })
  // SSH or RDP open to the world is a warning (sg-admin-port-open): such a rule admits an office range.
  .map((r) => (adminPortsOpenToWorld(r).length > 0 ? { ...r, cidr: "203.0.113.7/32" } : r));

interface VolumeSpec {
  volumeType: VolumeType;
  sizeGiB: number;
  iops?: number | undefined;
  throughput?: number | undefined;
  encrypted?: boolean;
  multiAttach?: boolean;
}

/** A volume of a random type, with a size (and IOPS/throughput) inside that type's limits. */
function volumeSpec(types: readonly VolumeType[]): fc.Arbitrary<VolumeSpec> {
  return fc.constantFrom(...types).chain((volumeType) => {
    const limits = VOLUME_LIMITS[volumeType];
    return fc
      .record(
        {
          volumeType: fc.constant(volumeType),
          sizeGiB: fc.integer(limits.size),
          iops: limits.iops ? fc.integer(limits.iops) : fc.constant(undefined),
          throughput: limits.throughput ? fc.integer(limits.throughput) : fc.constant(undefined),
          encrypted: fc.boolean(),
          multiAttach: volumeType === "io1" || volumeType === "io2" ? fc.boolean() : fc.constant(false),
        },
        { requiredKeys: limits.iopsRequired ? ["volumeType", "sizeGiB", "iops"] : ["volumeType", "sizeGiB"] },
      )
      .map(withinRatios);
  });
}

/** IOPS no more than the size allows, throughput no more than the IOPS allow (ebs-performance-ratio). */
function withinRatios(spec: VolumeSpec): VolumeSpec {
  const iopsMax = maxIops(spec.volumeType, spec.sizeGiB);
  const iops = spec.iops === undefined || iopsMax === undefined ? spec.iops : Math.min(spec.iops, iopsMax);
  const tputMax = maxThroughput(spec.volumeType, iops);
  const throughput =
    spec.throughput === undefined || tputMax === undefined
      ? spec.throughput
      : Math.min(spec.throughput, tputMax);
  return { ...spec, iops, throughput };
}

interface Plan {
  regions: { code: number; zones: number; name?: string }[];
  vpcs: {
    region: number;
    prefix: number;
    gateway: boolean;
    /** Format 2: a NAT gateway (with an Elastic IP) in the first public subnet, for the private ones. */
    nat: boolean;
    /** Format 2: a network ACL like AWS's default (all allowed) associated with every subnet. */
    acl: boolean;
    name?: string;
    tags?: Record<string, string>;
    groups: { name?: string; ingress: SecurityGroupRule[]; egress?: SecurityGroupRule[] }[];
    subnets: {
      zone: number;
      prefix: number;
      public: boolean;
      instances: {
        type: number;
        publicIp?: boolean;
        groups: number[];
        state?: (typeof INSTANCE_STATES)[number];
        imageId?: string;
        name?: string;
        tags?: Record<string, string>;
        root?: VolumeSpec;
        data: VolumeSpec[];
      }[];
    }[];
  }[];
  detachedGateways: number;
  looseVolumes: { region: number; zone: number; spec: VolumeSpec }[];
}

function toVolume(spec: VolumeSpec): Omit<Volume, "id" | "availabilityZone"> {
  const out: Omit<Volume, "id" | "availabilityZone"> = { sizeGiB: spec.sizeGiB, volumeType: spec.volumeType };
  if (spec.iops !== undefined) out.iops = spec.iops;
  if (spec.throughput !== undefined) out.throughput = spec.throughput;
  if (spec.encrypted !== undefined) out.encrypted = spec.encrypted;
  if (spec.multiAttach) out.multiAttach = true;
  return out;
}

// AWS ids have 8 (older) or 17 hex digits (ami-id-length).
const hex = fc.constantFrom(8, 17).chain((length) =>
  fc.string({
    unit: fc.constantFrom(..."0123456789abcdef".split("")),
    minLength: length,
    maxLength: length,
  }),
);

const instancePlan = fc.record(
  {
    type: fc.nat(INSTANCE_TYPES.length - 1),
    publicIp: fc.boolean(),
    groups: fc.uniqueArray(fc.nat(3), { maxLength: 3 }),
    state: fc.constantFrom(...INSTANCE_STATES),
    imageId: hex.map((h) => `ami-${h}`),
    name: text,
    tags,
    // A Multi-Attach volume can't boot (ebs-boot-multi-attach).
    root: volumeSpec(["gp2", "gp3", "io1", "io2", "standard"]).map((v) => ({ ...v, multiAttach: false })),
    data: fc.array(volumeSpec(VOLUME_TYPES), { maxLength: 2 }),
  },
  { requiredKeys: ["type", "groups", "data"] },
);

const plan: fc.Arbitrary<Plan> = fc.record({
  regions: fc.array(
    fc.record(
      { code: fc.nat(REGION_CODES.length - 1), zones: fc.integer({ min: 1, max: 3 }), name: text },
      {
        requiredKeys: ["code", "zones"],
      },
    ),
    { minLength: 1, maxLength: 3 },
  ),
  vpcs: fc.array(
    fc.record(
      {
        region: fc.nat(),
        prefix: fc.integer({ min: 16, max: 24 }),
        gateway: fc.boolean(),
        nat: fc.boolean(),
        acl: fc.boolean(),
        name: text,
        tags,
        groups: fc.array(
          fc.record(
            {
              name: text,
              ingress: fc.array(rule, { maxLength: 3 }),
              egress: fc.array(rule, { maxLength: 2 }),
            },
            { requiredKeys: ["ingress"] },
          ),
          { maxLength: 3 },
        ),
        subnets: fc.array(
          fc.record({
            zone: fc.nat(),
            prefix: fc.integer({ min: 16, max: 28 }),
            public: fc.boolean(),
            instances: fc.array(instancePlan, { maxLength: 3 }),
          }),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: ["region", "prefix", "gateway", "nat", "acl", "groups", "subnets"] },
    ),
    { maxLength: 3 },
  ),
  detachedGateways: fc.integer({ min: 0, max: 2 }),
  looseVolumes: fc.array(fc.record({ region: fc.nat(), zone: fc.nat(), spec: volumeSpec(VOLUME_TYPES) }), {
    maxLength: 2,
  }),
}) as fc.Arbitrary<Plan>;

const ALLOW_ALL: AclRule[] = [{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" }];

function build(p: Plan): Topology {
  const doc = emptyTopology();
  // Region ids must be unique: keep the first plan entry for each code.
  const seen = new Set<string>();
  for (const r of p.regions) {
    const code = REGION_CODES[r.code] as string;
    if (seen.has(code)) continue;
    seen.add(code);
    const zones = ["a", "b", "c"].slice(0, r.zones).map((l) => `${code}${l}`);
    doc.regions.push({
      id: code,
      availabilityZones: zones,
      ...(r.name === undefined ? {} : { name: r.name }),
    });
  }
  const zonesOf = (n: number) => {
    const region = doc.regions[n % doc.regions.length];
    return { region: region?.id ?? "", zones: region?.availabilityZones ?? [] };
  };
  p.vpcs.forEach((v, vi) => {
    const { region, zones } = zonesOf(v.region);
    const vpcId = `vpc-${vi}`;
    const vpcCidr: Cidr = { network: ((10 << 24) | (vi << 16)) >>> 0, prefix: v.prefix };
    doc.vpcs.push({
      id: vpcId,
      region,
      cidrBlock: formatCidr(vpcCidr),
      ...(v.name === undefined ? {} : { name: v.name }),
      ...(v.tags === undefined ? {} : { tags: v.tags }),
    });
    if (v.gateway) doc.internetGateways.push({ id: `igw-${vi}`, vpc: vpcId });
    const groupIds = v.groups.map((g, gi) => {
      const id = `sg-${vi}-${gi}`;
      doc.securityGroups.push({ id, vpc: vpcId, ...g });
      return id;
    });
    const taken: Cidr[] = [];
    const publicIds: string[] = [];
    const privateIds: string[] = [];
    v.subnets.forEach((s, si) => {
      const block = nextFreeBlock(vpcCidr, Math.max(s.prefix, v.prefix), taken);
      if (!block) return;
      taken.push(block);
      const zone = zones[s.zone % zones.length] as string;
      const subnetId = `subnet-${vi}-${si}`;
      const isPublic = s.public && v.gateway;
      (isPublic ? publicIds : privateIds).push(subnetId);
      doc.subnets.push({ id: subnetId, vpc: vpcId, availabilityZone: zone, cidrBlock: formatCidr(block) });
      s.instances.forEach((ip, ii) => {
        const id = `i-${vi}-${si}-${ii}`;
        const inst: Instance = { id, subnet: subnetId, instanceType: INSTANCE_TYPES[ip.type] as string };
        if (ip.name !== undefined) inst.name = ip.name;
        if (ip.tags !== undefined) inst.tags = ip.tags;
        if (ip.imageId !== undefined) inst.imageId = ip.imageId;
        if (ip.publicIp !== undefined) inst.publicIp = ip.publicIp && isPublic;
        const groups = ip.groups.map((g) => groupIds[g]).filter((g): g is string => g !== undefined);
        if (groups.length > 0) inst.securityGroups = groups;
        if (ip.state !== undefined) inst.state = ip.state;
        doc.instances.push(inst);
        if (ip.root) {
          doc.volumes.push({
            id: `vol-${id}-root`,
            availabilityZone: zone,
            ...toVolume(ip.root),
            attachments: [{ instance: id, device: "/dev/xvda" }],
          });
        }
        ip.data.forEach((spec, k) => {
          doc.volumes.push({
            id: `vol-${id}-${k}`,
            availabilityZone: zone,
            ...toVolume(spec),
            attachments: [{ instance: id, device: DATA_DEVICES[k] as string }],
          });
        });
      });
    });
    // Routing the AWS way: a main table (local route only) and a public one through the gateway;
    // with a NAT gateway, the private subnets get a table that sends 0.0.0.0/0 to it.
    doc.routeTables.push({ id: `rtb-${vi}-main`, vpc: vpcId, main: true, routes: [] });
    if (publicIds.length > 0) {
      const igw = `igw-${vi}`;
      const routes = [{ destination: "0.0.0.0/0", target: igw }];
      doc.routeTables.push({ id: `rtb-${vi}-public`, vpc: vpcId, subnets: publicIds, routes });
      if (v.nat) {
        const nat = `nat-${vi}`;
        doc.natGateways.push({ id: nat, subnet: publicIds[0] as string });
        doc.elasticIps.push({ id: `eipalloc-${vi}`, natGateway: nat });
        if (privateIds.length > 0) {
          const viaNat = [{ destination: "0.0.0.0/0", target: nat }];
          doc.routeTables.push({ id: `rtb-${vi}-private`, vpc: vpcId, subnets: privateIds, routes: viaNat });
        }
      }
    }
    if (v.acl) {
      const subnets = [...publicIds, ...privateIds];
      doc.networkAcls.push({ id: `acl-${vi}`, vpc: vpcId, subnets, ingress: ALLOW_ALL, egress: ALLOW_ALL });
    }
  });
  for (let g = 0; g < p.detachedGateways; g++) doc.internetGateways.push({ id: `igw-spare-${g}`, vpc: null });
  p.looseVolumes.forEach((l, k) => {
    const { zones } = zonesOf(l.region);
    doc.volumes.push({
      id: `vol-loose-${k}`,
      availabilityZone: zones[l.zone % zones.length] as string,
      ...toVolume(l.spec),
    });
  });
  // One shared io2 volume when the first subnet has two instances: Multi-Attach is valid there.
  const first = definedOnly(doc.subnets)[0];
  const shared = definedOnly(doc.instances)
    .filter((i) => i.subnet === first?.id)
    .slice(0, MULTI_ATTACH_MAX);
  if (shared.length >= 2 && first) {
    doc.volumes.push({
      id: "vol-shared",
      availabilityZone: first.availabilityZone,
      sizeGiB: 100,
      volumeType: "io2",
      iops: 1000,
      multiAttach: true,
      attachments: shared.map((i) => ({ instance: i.id, device: "/dev/sdz" })),
    });
  }
  return doc;
}

/** A topology that passes the schema and every rule without an error or a warning. */
export const validTopology = (): fc.Arbitrary<Topology> => plan.map(build);
