// Lookup tables over a topology, built once per document so rules, layout and explanations don't
// re-scan the flat lists (5,000-instance documents must stay fast).
import type {
  Collection,
  Instance,
  InternetGateway,
  Region,
  SecurityGroup,
  Subnet,
  Topology,
  Volume,
  Vpc,
} from "./schema.ts";

export type ResourceKind =
  | "region"
  | "vpc"
  | "internetGateway"
  | "subnet"
  | "securityGroup"
  | "instance"
  | "volume";

export const KIND_OF_COLLECTION: Record<Collection, ResourceKind> = {
  regions: "region",
  vpcs: "vpc",
  internetGateways: "internetGateway",
  subnets: "subnet",
  securityGroups: "securityGroup",
  instances: "instance",
  volumes: "volume",
};

export const COLLECTION_OF_KIND: Record<ResourceKind, Collection> = {
  region: "regions",
  vpc: "vpcs",
  internetGateway: "internetGateways",
  subnet: "subnets",
  securityGroup: "securityGroups",
  instance: "instances",
  volume: "volumes",
};

export interface TopologyIndex {
  regions: Map<string, Region>;
  vpcs: Map<string, Vpc>;
  internetGateways: Map<string, InternetGateway>;
  subnets: Map<string, Subnet>;
  securityGroups: Map<string, SecurityGroup>;
  instances: Map<string, Instance>;
  volumes: Map<string, Volume>;
  /** Kind of the first resource with each id (duplicates are a diagnostic, not an index concern). */
  kindById: Map<string, ResourceKind>;
  vpcsByRegion: Map<string, Vpc[]>;
  subnetsByVpc: Map<string, Subnet[]>;
  gatewaysByVpc: Map<string, InternetGateway[]>;
  securityGroupsByVpc: Map<string, SecurityGroup[]>;
  instancesBySubnet: Map<string, Instance[]>;
  /** Volumes attached to each instance, with the attachment's device name. */
  volumesByInstance: Map<string, { volume: Volume; device: string }[]>;
  /** Region that lists each AZ name. */
  regionByAz: Map<string, Region>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function indexTopology(doc: Topology): TopologyIndex {
  const kindById = new Map<string, ResourceKind>();
  for (const [collection, kind] of Object.entries(KIND_OF_COLLECTION) as [Collection, ResourceKind][]) {
    for (const item of doc[collection]) if (!kindById.has(item.id)) kindById.set(item.id, kind);
  }
  const index: TopologyIndex = {
    regions: byId(doc.regions),
    vpcs: byId(doc.vpcs),
    internetGateways: byId(doc.internetGateways),
    subnets: byId(doc.subnets),
    securityGroups: byId(doc.securityGroups),
    instances: byId(doc.instances),
    volumes: byId(doc.volumes),
    kindById,
    vpcsByRegion: new Map(),
    subnetsByVpc: new Map(),
    gatewaysByVpc: new Map(),
    securityGroupsByVpc: new Map(),
    instancesBySubnet: new Map(),
    volumesByInstance: new Map(),
    regionByAz: new Map(),
  };
  for (const r of doc.regions)
    for (const az of r.availabilityZones) if (!index.regionByAz.has(az)) index.regionByAz.set(az, r);
  for (const v of doc.vpcs) push(index.vpcsByRegion, v.region, v);
  for (const s of doc.subnets) push(index.subnetsByVpc, s.vpc, s);
  for (const g of doc.internetGateways) if (g.vpc !== null) push(index.gatewaysByVpc, g.vpc, g);
  for (const sg of doc.securityGroups) push(index.securityGroupsByVpc, sg.vpc, sg);
  for (const i of doc.instances) push(index.instancesBySubnet, i.subnet, i);
  for (const vol of doc.volumes) {
    for (const a of vol.attachments ?? [])
      push(index.volumesByInstance, a.instance, { volume: vol, device: a.device });
  }
  return index;
}

/** Kind of the resource with this id, by a plain scan: for one look-up, without building an index. */
export function kindOfId(doc: Topology, id: string): ResourceKind | undefined {
  for (const [collection, kind] of Object.entries(KIND_OF_COLLECTION) as [Collection, ResourceKind][]) {
    if (doc[collection].some((item) => item.id === id)) return kind;
  }
  return undefined;
}
