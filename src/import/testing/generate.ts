// Seeded format-2 topologies for the import round trip and the benchmark: VPCs with a gateway,
// public and private subnets in three zones, a public route table and a main table through a NAT
// gateway, a network ACL, security groups that name ranges and each other, instances with their
// root volumes and some Elastic IPs. Plain records, the way an import produces them.
import { type Collection, emptyTopology, type FORMAT_VERSION } from "../../model/document-basics.ts";
import { randomSource } from "../../model/examples/generate.ts";

type Rec = Record<string, unknown> & { id: string };
type GeneratedTopology = { version: typeof FORMAT_VERSION } & Record<Collection, Rec[]>;

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

export function generateImportable(instanceCount: number, seed = 1): GeneratedTopology {
  const rand = randomSource(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const region = "ap-northeast-2";
  const zones = ["a", "b", "c"].map((l) => `${region}${l}`);
  const perSubnet = 40;
  const subnetCount = Math.max(2, Math.ceil(instanceCount / perSubnet));
  const vpcCount = Math.max(1, Math.ceil(subnetCount / 100));
  const doc: GeneratedTopology = {
    ...(emptyTopology() as unknown as GeneratedTopology),
    regions: [{ id: region, availabilityZones: zones }],
  };
  const id = (prefix: string, n: number) => `${prefix}-${hex(n + seed * 4096, 17)}`;
  let serial = 0;
  const next = () => serial++;
  const subnetsByVpc: Rec[][] = [];
  for (let v = 0; v < vpcCount; v++) {
    const vpc = id("vpc", next());
    doc.vpcs.push({
      id: vpc,
      name: `vpc-${v}`,
      tags: { Name: `vpc-${v}`, Team: pick(["web", "data"]) },
      region,
      cidrBlock: `10.${v}.0.0/16`,
    });
    const igw = id("igw", next());
    doc.internetGateways.push({ id: igw, name: `igw-${v}`, tags: { Name: `igw-${v}` }, vpc });
    const subnets: Rec[] = [];
    const count = Math.min(100, subnetCount - v * 100);
    for (let s = 0; s < count; s++) {
      const subnet: Rec = {
        id: id("subnet", next()),
        name: `${s % 2 === 0 ? "public" : "private"}-${v}-${s}`,
        tags: { Name: `${s % 2 === 0 ? "public" : "private"}-${v}-${s}` },
        vpc,
        availabilityZone: zones[s % 3] as string,
        cidrBlock: `10.${v}.${s}.0/24`,
      };
      subnets.push(subnet);
      doc.subnets.push(subnet);
    }
    subnetsByVpc.push(subnets);
    const publics = subnets.filter((_, i) => i % 2 === 0).map((s) => s.id);
    const nat = id("nat", next());
    doc.natGateways.push({
      id: nat,
      name: `nat-${v}`,
      tags: { Name: `nat-${v}` },
      subnet: publics[0] as string,
    });
    doc.elasticIps.push({ id: id("eipalloc", next()), publicIp: `203.0.${v % 250}.1`, natGateway: nat });
    doc.routeTables.push({
      id: id("rtb", next()),
      name: `main-${v}`,
      tags: { Name: `main-${v}` },
      vpc,
      main: true,
      routes: [{ destination: "0.0.0.0/0", target: nat }],
    });
    doc.routeTables.push({
      id: id("rtb", next()),
      name: `public-${v}`,
      tags: { Name: `public-${v}` },
      vpc,
      subnets: publics,
      routes: [
        { destination: "0.0.0.0/0", target: igw },
        { destination: "172.16.0.0/12", target: `tgw-${hex(v, 17)}` },
      ],
    });
    doc.networkAcls.push({
      id: id("acl", next()),
      vpc,
      default: true,
      subnets: subnets.map((s) => s.id),
      ingress: [
        { ruleNumber: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" },
        {
          ruleNumber: 110,
          action: "allow",
          protocol: "tcp",
          fromPort: 1024,
          toPort: 65535,
          cidr: "0.0.0.0/0",
        },
        {
          ruleNumber: 120,
          action: "deny",
          protocol: "icmp",
          fromPort: 8,
          toPort: -1,
          cidr: "198.51.100.0/24",
        },
      ],
      egress: [{ ruleNumber: 100, action: "allow", protocol: "-1", cidr: "0.0.0.0/0" }],
    });
    const web = id("sg", next());
    const app = id("sg", next());
    doc.securityGroups.push({
      id: web,
      name: `web-${v}`,
      vpc,
      description: "web tier",
      ingress: [
        { protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", description: "HTTPS" },
        { protocol: "tcp", fromPort: 22, toPort: 22, cidr: "198.51.100.0/24" },
      ],
      egress: [{ protocol: "-1", cidr: "0.0.0.0/0" }],
    });
    doc.securityGroups.push({
      id: app,
      name: `app-${v}`,
      vpc,
      ingress: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, securityGroup: web }],
    });
  }
  const types = ["t3.micro", "t3.small", "m7g.large", "c6i.xlarge"];
  const states = ["running", "running", "stopped", "pending"];
  for (let i = 0; i < instanceCount; i++) {
    const v = Math.floor(i / perSubnet / 100) % vpcCount;
    const subnets = subnetsByVpc[v] as Rec[];
    const subnet = subnets[Math.floor(i / perSubnet) % subnets.length] as Rec;
    const isPublic = String(subnet.name).startsWith("public");
    const groups = doc.securityGroups.filter((g) => g.vpc === subnet.vpc).map((g) => g.id);
    const instance: Rec = {
      id: `i-${hex(i + seed * 65536, 17)}`,
      name: `server-${i}`,
      tags: { Name: `server-${i}` },
      subnet: subnet.id,
      instanceType: pick(types),
      imageId: `ami-${hex(Math.floor(rand() * 0xffffff), 17)}`,
      state: pick(states),
      securityGroups: isPublic ? [groups[0] as string] : [groups[1] as string],
      ...(isPublic ? { publicIp: true } : {}),
      ...(i % 3 === 0 ? { keyName: "ops" } : {}),
    };
    doc.instances.push(instance);
    doc.volumes.push({
      id: `vol-${hex(i + seed * 65536, 17)}`,
      availabilityZone: subnet.availabilityZone,
      sizeGiB: pick([8, 20, 100]),
      volumeType: "gp3",
      iops: 3000,
      throughput: 125,
      encrypted: rand() < 0.5,
      attachments: [{ instance: instance.id, device: "/dev/xvda" }],
    });
    if (isPublic && i % 7 === 0) {
      doc.elasticIps.push({
        id: `eipalloc-${hex(i + seed * 65536, 17)}`,
        publicIp: `198.51.100.${i % 250}`,
        instance: instance.id,
      });
    }
  }
  return doc;
}
