// FROZEN: a generator of format-version-1 documents, most of them with problems, kept exactly as it
// was when version 2 arrived. Its samples (fixed seed) and the diagnostic codes the version-1
// validator gave each of them are recorded in v1-codes.json; the migration test checks that every
// sample still gets exactly those codes after migrating to the current format. Don't edit this file:
// a change would make the samples differ from the recorded ones (the test notices by fingerprint).
// It writes plain data (no types from ../../model/schema.ts), because that schema moves on.
import fc from "fast-check";

const REGIONS = ["ap-northeast-2", "us-east-1", "eu-west-1"];
const TYPES = ["t3.micro", "m7g.large", "c5.xlarge", "t3.mcro"];
const CIDRS = ["0.0.0.0/0", "10.0.0.0/8", "192.168.1.0/24", "203.0.113.7/32"];

type Json = Record<string, unknown>;

const ruleArb = fc.record(
  {
    protocol: fc.constantFrom("tcp", "udp", "icmp", "-1"),
    fromPort: fc.constantFrom(-1, 0, 22, 80, 443, 3389, 8080, 65535),
    toPort: fc.constantFrom(-1, 0, 22, 80, 443, 3389, 8080, 65535),
    cidr: fc.constantFrom(...CIDRS),
  },
  { requiredKeys: ["protocol", "cidr"] },
);

const instanceArb = fc.record({
  type: fc.nat(TYPES.length - 1),
  publicIp: fc.option(fc.boolean(), { nil: undefined }),
  groups: fc.uniqueArray(fc.nat(3), { maxLength: 3 }),
  state: fc.option(fc.constantFrom("running", "stopped"), { nil: undefined }),
  root: fc.option(fc.constantFrom("gp3", "st1", "io2"), { nil: undefined }),
});

const subnetArb = fc.record({
  zone: fc.nat(3),
  third: fc.nat(6),
  prefix: fc.constantFrom(24, 24, 24, 20, 29),
  public: fc.boolean(),
  /** 0: own VPC, 1: a VPC id that doesn't exist, 2: the next VPC */
  vpcRef: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 2),
  instances: fc.array(instanceArb, { maxLength: 3 }),
});

const vpcArb = fc.record({
  region: fc.nat(2),
  cidr: fc.constantFrom("10.0.0.0/16", "10.1.0.0/16", "10.0.0.0/8"),
  /** Internet gateways attached to this VPC: none, one, or two (igw-multiple). */
  gateways: fc.constantFrom(0, 1, 1, 1, 2),
  groups: fc.array(
    fc.record({
      ingress: fc.array(ruleArb, { maxLength: 3 }),
      egress: fc.option(fc.array(ruleArb, { maxLength: 2 }), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  subnets: fc.array(subnetArb, { maxLength: 4 }),
});

const docArb = fc.record({
  regions: fc.integer({ min: 1, max: 2 }),
  vpcs: fc.array(vpcArb, { maxLength: 3 }),
  detached: fc.nat(2),
  /** A gateway attached to a VPC id that doesn't exist. */
  strayGateway: fc.boolean(),
  /** 0: none; 1: a subnet without `public`; 2: `public` as text; 3: a duplicate subnet id */
  breakage: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3),
});

type Plan = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

function build(p: Plan): Json {
  const regions = REGIONS.slice(0, p.regions).map((id) => ({
    id,
    availabilityZones: [`${id}a`, `${id}b`],
  }));
  const vpcs: Json[] = [];
  const gateways: Json[] = [];
  const subnets: Json[] = [];
  const groups: Json[] = [];
  const instances: Json[] = [];
  const volumes: Json[] = [];
  p.vpcs.forEach((v, vi) => {
    const region = regions[v.region % regions.length]?.id ?? "ap-northeast-2";
    const vpcId = `vpc-${vi}`;
    vpcs.push({ id: vpcId, region, cidrBlock: v.cidr });
    for (let g = 0; g < v.gateways; g++) gateways.push({ id: `igw-${vi}-${g}`, vpc: vpcId });
    v.groups.forEach((g, gi) => {
      groups.push({
        id: `sg-${vi}-${gi}`,
        vpc: vpcId,
        ingress: g.ingress,
        ...(g.egress === undefined ? {} : { egress: g.egress }),
      });
    });
    v.subnets.forEach((s, si) => {
      const subnetId = `subnet-${vi}-${si}`;
      const vpcRef = s.vpcRef === 0 ? vpcId : s.vpcRef === 1 ? "vpc-missing" : `vpc-${vi + 1}`;
      const zone = `${region}${"abcd"[s.zone]}`;
      subnets.push({
        id: subnetId,
        vpc: vpcRef,
        availabilityZone: zone,
        cidrBlock: `${v.cidr.split(".")[0]}.${v.cidr.split(".")[1]}.${s.third * 16}.0/${s.prefix}`,
        public: s.public,
      });
      s.instances.forEach((ip, ii) => {
        const id = `i-${vi}-${si}-${ii}`;
        const inst: Json = { id, subnet: subnetId, instanceType: TYPES[ip.type] };
        if (ip.publicIp !== undefined) inst.publicIp = ip.publicIp;
        const sgs = ip.groups.map((g) => `sg-${vi}-${g}`);
        if (sgs.length > 0) inst.securityGroups = sgs;
        if (ip.state !== undefined) inst.state = ip.state;
        instances.push(inst);
        if (ip.root !== undefined) {
          volumes.push({
            id: `vol-${id}`,
            availabilityZone: zone,
            sizeGiB: ip.root === "st1" ? 500 : 8,
            volumeType: ip.root,
            ...(ip.root === "io2" ? { iops: 1000 } : {}),
            attachments: [{ instance: id, device: "/dev/xvda" }],
          });
        }
      });
    });
  });
  for (let g = 0; g < p.detached; g++) gateways.push({ id: `igw-spare-${g}`, vpc: null });
  if (p.strayGateway) gateways.push({ id: "igw-stray", vpc: "vpc-nowhere" });
  const first = subnets[0];
  if (first && p.breakage === 1) delete first.public;
  if (first && p.breakage === 2) first.public = "yes";
  if (first && p.breakage === 3) subnets.push({ ...first, public: !first.public });
  return {
    version: 1,
    regions,
    vpcs,
    internetGateways: gateways,
    subnets,
    securityGroups: groups,
    instances,
    volumes,
  };
}

/** Any version-1 document this generator makes (valid or not). */
export const v1Document = (): fc.Arbitrary<Json> => docArb.map(build);

const V1_SEED = 20261201;
const V1_SAMPLES = 400;

/** The recorded samples: always the same documents for the same fast-check version. */
export function v1Samples(): Json[] {
  return fc.sample(v1Document(), { seed: V1_SEED, numRuns: V1_SAMPLES });
}

/** A short fingerprint of a document, to notice when the samples are not the recorded ones. */
export function fingerprint(doc: unknown): string {
  const text = JSON.stringify(doc);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return `${text.length}:${h.toString(16)}`;
}
