// Deterministic synthetic topologies for the benchmark and the layout tests: one Region, three
// zones, as many VPCs and subnets as the size needs, one root volume per instance. Routing the
// AWS way (format 2): per VPC a main table, a public table through the internet gateway, and per
// zone a NAT gateway (with its Elastic IP) in the zone's first public subnet and a private table
// through it; a network ACL for the private subnets with numbered rules (ephemeral ports included).
import { emptyTopology } from "../document-basics.ts";
import type { AclRule, Subnet, Topology } from "../schema.ts";

/** Small, seedable PRNG (mulberry32) so the same seed always gives the same document. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ["t3.micro", "t3.small", "m7g.large", "c6i.xlarge", "r6i.large"];
const STATES = ["running", "running", "running", "stopped", "pending"] as const;

/** Private subnets: HTTPS from the VPC in, replies on the ephemeral ports, deny the rest (rule order). */
const PRIVATE_ACL_IN: AclRule[] = [
  { ruleNumber: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidr: "10.0.0.0/8" },
  { ruleNumber: 110, action: "allow", protocol: "tcp", fromPort: 1024, toPort: 65535, cidr: "0.0.0.0/0" },
  { ruleNumber: 200, action: "deny", protocol: "-1", cidr: "0.0.0.0/0" },
];
const PRIVATE_ACL_OUT: AclRule[] = [
  { ruleNumber: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" },
  { ruleNumber: 110, action: "allow", protocol: "tcp", fromPort: 1024, toPort: 65535, cidr: "10.0.0.0/8" },
];

export function generateTopology(instanceCount: number, seed = 1): Topology {
  const rand = randomSource(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const regionId = "ap-northeast-2";
  const zones = ["a", "b", "c"].map((l) => `${regionId}${l}`);
  // About 30 instances per subnet, at least one public and one private subnet per zone.
  const subnetCount = Math.max(6, Math.ceil(instanceCount / 30 / 3) * 3);
  // AWS's default quota is 200 subnets per VPC; stay well under it.
  const vpcCount = Math.max(1, Math.ceil(subnetCount / 60));
  const doc = emptyTopology(`Generated: ${instanceCount} instances`);
  doc.regions.push({ id: regionId, name: "Seoul", availabilityZones: zones });
  for (let v = 0; v < vpcCount; v++) {
    const vpcId = `vpc-${v + 1}`;
    doc.vpcs.push({ id: vpcId, name: `vpc-${v + 1}`, region: regionId, cidrBlock: `10.${v}.0.0/16` });
    doc.internetGateways.push({ id: `igw-${v + 1}`, name: `igw-${v + 1}`, vpc: vpcId });
    doc.securityGroups.push({
      id: `sg-web-${v + 1}`,
      name: "web",
      vpc: vpcId,
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" }],
    });
  }
  const subnets: Subnet[] = [];
  const publicIds = new Set<string>();
  for (let s = 0; s < subnetCount; s++) {
    const v = s % vpcCount;
    const n = Math.floor(s / vpcCount);
    const subnet: Subnet = {
      id: `subnet-${s + 1}`,
      name: `${n % 2 === 0 ? "public" : "private"}-${s + 1}`,
      vpc: `vpc-${v + 1}`,
      availabilityZone: zones[n % zones.length] as string,
      cidrBlock: `10.${v}.${n}.0/24`,
    };
    subnets.push(subnet);
    if (n % 2 === 0) publicIds.add(subnet.id);
  }
  doc.subnets.push(...subnets);
  for (let v = 0; v < vpcCount; v++) {
    const vpcId = `vpc-${v + 1}`;
    const own = subnets.filter((x) => x.vpc === vpcId);
    const pub = own.filter((x) => publicIds.has(x.id)).map((x) => x.id);
    doc.routeTables.push({ id: `rtb-${v + 1}-main`, vpc: vpcId, main: true, routes: [] });
    doc.routeTables.push({
      id: `rtb-${v + 1}-public`,
      vpc: vpcId,
      subnets: pub,
      routes: [{ destination: "0.0.0.0/0", target: `igw-${v + 1}` }],
    });
    const privateIds: string[] = [];
    for (const zone of zones) {
      const natSubnet = own.find((x) => x.availabilityZone === zone && publicIds.has(x.id));
      const priv = own.filter((x) => x.availabilityZone === zone && !publicIds.has(x.id)).map((x) => x.id);
      privateIds.push(...priv);
      if (!natSubnet || priv.length === 0) continue;
      const nat = `nat-${v + 1}${zone.slice(-1)}`;
      doc.natGateways.push({ id: nat, subnet: natSubnet.id });
      doc.elasticIps.push({ id: `eipalloc-${v + 1}${zone.slice(-1)}`, natGateway: nat });
      doc.routeTables.push({
        id: `rtb-${v + 1}-private-${zone.slice(-1)}`,
        vpc: vpcId,
        subnets: priv,
        routes: [{ destination: "0.0.0.0/0", target: nat }],
      });
    }
    doc.networkAcls.push({
      id: `acl-${v + 1}-private`,
      vpc: vpcId,
      subnets: privateIds,
      ingress: PRIVATE_ACL_IN,
      egress: PRIVATE_ACL_OUT,
    });
  }
  for (let i = 0; i < instanceCount; i++) {
    // Uneven spread: some subnets get more instances than others, like real accounts.
    const subnet = subnets[Math.floor(rand() ** 1.3 * subnetCount)] ?? subnets[0];
    if (!subnet) break;
    const id = `i-${(i + 1).toString(16).padStart(6, "0")}`;
    doc.instances.push({
      id,
      name: `app-${i + 1}`,
      subnet: subnet.id,
      instanceType: pick(TYPES),
      publicIp: publicIds.has(subnet.id) && rand() < 0.7,
      securityGroups: [`sg-web-${subnet.vpc.slice(4)}`],
      state: pick(STATES),
    });
    doc.volumes.push({
      id: `vol-${(i + 1).toString(16).padStart(6, "0")}`,
      availabilityZone: subnet.availabilityZone,
      sizeGiB: 8 + Math.floor(rand() * 4) * 8,
      volumeType: "gp3",
      attachments: [{ instance: id, device: "/dev/xvda" }],
    });
  }
  return doc;
}
