// Lookup tables over a topology, built once per document so rules, layout and explanations don't
// re-scan the flat lists (5,000-instance documents must stay fast).

import { definedOnly } from "./document-basics.ts";
import type {
  Collection,
  ElasticIp,
  Instance,
  InternetGateway,
  NatGateway,
  NetworkAcl,
  Region,
  RouteTable,
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
  | "volume"
  | "routeTable"
  | "natGateway"
  | "elasticIp"
  | "networkAcl";

export const KIND_OF_COLLECTION: Record<Collection, ResourceKind> = {
  regions: "region",
  vpcs: "vpc",
  internetGateways: "internetGateway",
  subnets: "subnet",
  securityGroups: "securityGroup",
  instances: "instance",
  volumes: "volume",
  routeTables: "routeTable",
  natGateways: "natGateway",
  elasticIps: "elasticIp",
  networkAcls: "networkAcl",
};

export const COLLECTION_OF_KIND: Record<ResourceKind, Collection> = {
  region: "regions",
  vpc: "vpcs",
  internetGateway: "internetGateways",
  subnet: "subnets",
  securityGroup: "securityGroups",
  instance: "instances",
  volume: "volumes",
  routeTable: "routeTables",
  natGateway: "natGateways",
  elasticIp: "elasticIps",
  networkAcl: "networkAcls",
};

/**
 * The maps by id hold only resources the document defines; `external` holds the ids of those marked
 * `"external": true` (they still count in kindById, so references to them resolve).
 */
export interface TopologyIndex {
  regions: ReadonlyMap<string, Region>;
  vpcs: ReadonlyMap<string, Vpc>;
  internetGateways: ReadonlyMap<string, InternetGateway>;
  subnets: ReadonlyMap<string, Subnet>;
  securityGroups: ReadonlyMap<string, SecurityGroup>;
  instances: ReadonlyMap<string, Instance>;
  volumes: ReadonlyMap<string, Volume>;
  routeTables: ReadonlyMap<string, RouteTable>;
  natGateways: ReadonlyMap<string, NatGateway>;
  elasticIps: ReadonlyMap<string, ElasticIp>;
  networkAcls: ReadonlyMap<string, NetworkAcl>;
  /** Ids of resources marked external (referred to, defined outside the document). */
  external: ReadonlySet<string>;
  /**
   * External internet gateways that record the VPC they are attached to (an import records it when
   * an active route reaches the gateway: AWS turns a route to a detached gateway into a blackhole).
   */
  externalGatewayVpcs: ReadonlyMap<string, string>;
  /** External route tables (routes unknown) by each subnet id they list: the first that lists it. */
  externalTablesBySubnet: ReadonlyMap<string, string>;
  /**
   * External route tables marked main, by their VPC: an import writes one for a VPC that exists in
   * AWS (so has a main table) when its sources don't describe that table.
   */
  externalMainTables: ReadonlyMap<string, string>;
  /** Kind of the first resource with each id (duplicates are a diagnostic, not an index concern). */
  kindById: ReadonlyMap<string, ResourceKind>;
  vpcsByRegion: ReadonlyMap<string, Vpc[]>;
  subnetsByVpc: ReadonlyMap<string, Subnet[]>;
  gatewaysByVpc: ReadonlyMap<string, InternetGateway[]>;
  securityGroupsByVpc: ReadonlyMap<string, SecurityGroup[]>;
  instancesBySubnet: ReadonlyMap<string, Instance[]>;
  /** Volumes attached to each instance, with the attachment's device name. */
  volumesByInstance: ReadonlyMap<string, { volume: Volume; device: string }[]>;
  /** Region that lists each AZ name. */
  regionByAz: ReadonlyMap<string, Region>;
  /** Route tables of each VPC, in document order. */
  routeTablesByVpc: ReadonlyMap<string, RouteTable[]>;
  /** Route tables that list each subnet id (one is right; more is a diagnostic). */
  routeTablesBySubnet: ReadonlyMap<string, RouteTable[]>;
  /** Network ACLs of each VPC, in document order. */
  networkAclsByVpc: ReadonlyMap<string, NetworkAcl[]>;
  /** Network ACLs that list each subnet id (one is right; more is a diagnostic). */
  networkAclsBySubnet: ReadonlyMap<string, NetworkAcl[]>;
  natGatewaysBySubnet: ReadonlyMap<string, NatGateway[]>;
  /** Elastic IPs associated with each instance or NAT gateway id. */
  elasticIpsByTarget: ReadonlyMap<string, ElasticIp[]>;
}

/** The index while it is built: its maps and set are still filled. */
type Building<T> = {
  [K in keyof T]: T[K] extends ReadonlyMap<infer A, infer B>
    ? Map<A, B>
    : T[K] extends ReadonlySet<infer A>
      ? Set<A>
      : T[K];
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Items indexed between two pauses of indexSteps: at 50,000 instances about 100 pauses, each a few
 * milliseconds of work apart.
 */
export const INDEX_STEP_ITEMS = 2048;

/** One list by key each defined item of a collection is put in: `visit(key, entry)` for each key. */
export type Grouping = {
  field: keyof TopologyIndex;
  each: (item: never, visit: (key: string, entry: unknown) => void) => void;
};

/**
 * The lists by key each collection's defined items are put in, in document order: indexSteps builds
 * them from this table and index-edit.ts rebuilds the keys an edit touched from it. (Regions' zones
 * are indexed apart: the first Region to list a zone keeps it, and an edit of Regions is indexed whole.)
 */
export const GROUPINGS: Partial<Record<Collection, readonly Grouping[]>> = {
  vpcs: [{ field: "vpcsByRegion", each: (v: Vpc, visit) => visit(v.region, v) }],
  subnets: [{ field: "subnetsByVpc", each: (s: Subnet, visit) => visit(s.vpc, s) }],
  internetGateways: [
    { field: "gatewaysByVpc", each: (g: InternetGateway, visit) => g.vpc !== null && visit(g.vpc, g) },
  ],
  securityGroups: [{ field: "securityGroupsByVpc", each: (sg: SecurityGroup, visit) => visit(sg.vpc, sg) }],
  instances: [{ field: "instancesBySubnet", each: (i: Instance, visit) => visit(i.subnet, i) }],
  volumes: [
    {
      field: "volumesByInstance",
      each: (vol: Volume, visit) => {
        for (const a of vol.attachments ?? []) visit(a.instance, { volume: vol, device: a.device });
      },
    },
  ],
  routeTables: [
    { field: "routeTablesByVpc", each: (t: RouteTable, visit) => visit(t.vpc, t) },
    {
      field: "routeTablesBySubnet",
      each: (t: RouteTable, visit) => {
        for (const s of new Set(t.subnets ?? [])) visit(s, t);
      },
    },
  ],
  networkAcls: [
    { field: "networkAclsByVpc", each: (acl: NetworkAcl, visit) => visit(acl.vpc, acl) },
    {
      field: "networkAclsBySubnet",
      each: (acl: NetworkAcl, visit) => {
        for (const s of new Set(acl.subnets ?? [])) visit(s, acl);
      },
    },
  ],
  natGateways: [{ field: "natGatewaysBySubnet", each: (nat: NatGateway, visit) => visit(nat.subnet, nat) }],
  elasticIps: [
    {
      field: "elasticIpsByTarget",
      each: (eip: ElasticIp, visit) => {
        const target = eip.instance ?? eip.natGateway;
        if (target !== undefined) visit(target, eip);
      },
    },
  ],
};

/** Counts the items indexed; true every INDEX_STEP_ITEMS (the caller may pause there). */
function counter(): () => boolean {
  let n = 0;
  return () => (++n & (INDEX_STEP_ITEMS - 1)) === 0;
}

/** The first defined resource with each id (an external one is left out, but still takes the id). */
function* byId<T extends { id: string; external?: boolean | undefined }>(
  items: readonly T[],
  external: Set<string>,
  tick: () => boolean,
): Generator<void, Map<string, Exclude<T, { external: true }>>> {
  const map = new Map<string, Exclude<T, { external: true }>>();
  // An id is taken by the map or by an external one of this list (few: no second set of every id).
  const externalHere = new Set<string>();
  for (const item of items) {
    if (tick()) yield;
    if (map.has(item.id) || externalHere.has(item.id)) continue;
    if (item.external === true) {
      externalHere.add(item.id);
      external.add(item.id);
    } else map.set(item.id, item as Exclude<T, { external: true }>);
  }
  return map;
}

export function indexTopology(doc: Topology): TopologyIndex {
  const steps = indexSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * indexTopology in steps: the generator pauses every INDEX_STEP_ITEMS items and returns the index
 * (the same one indexTopology builds) when done. The page indexes a document of 50,000 instances
 * just opened between frames this way, instead of in one task of half a second (issue #15, B9).
 * The document must not change until it is done.
 */
export function* indexSteps(doc: Topology): Generator<void, TopologyIndex> {
  const tick = counter();
  const kindById = new Map<string, ResourceKind>();
  for (const [collection, kind] of Object.entries(KIND_OF_COLLECTION) as [Collection, ResourceKind][]) {
    for (const item of doc[collection]) {
      if (tick()) yield;
      if (!kindById.has(item.id)) kindById.set(item.id, kind);
    }
  }
  const external = new Set<string>();
  const index: Building<TopologyIndex> = {
    regions: yield* byId(doc.regions, external, tick),
    vpcs: yield* byId(doc.vpcs, external, tick),
    internetGateways: yield* byId(doc.internetGateways, external, tick),
    subnets: yield* byId(doc.subnets, external, tick),
    securityGroups: yield* byId(doc.securityGroups, external, tick),
    instances: yield* byId(doc.instances, external, tick),
    volumes: yield* byId(doc.volumes, external, tick),
    routeTables: yield* byId(doc.routeTables, external, tick),
    natGateways: yield* byId(doc.natGateways, external, tick),
    elasticIps: yield* byId(doc.elasticIps, external, tick),
    networkAcls: yield* byId(doc.networkAcls, external, tick),
    external,
    externalGatewayVpcs: new Map(),
    externalTablesBySubnet: new Map(),
    externalMainTables: new Map(),
    kindById,
    vpcsByRegion: new Map(),
    subnetsByVpc: new Map(),
    gatewaysByVpc: new Map(),
    securityGroupsByVpc: new Map(),
    instancesBySubnet: new Map(),
    volumesByInstance: new Map(),
    regionByAz: new Map(),
    routeTablesByVpc: new Map(),
    routeTablesBySubnet: new Map(),
    networkAclsByVpc: new Map(),
    networkAclsBySubnet: new Map(),
    natGatewaysBySubnet: new Map(),
    elasticIpsByTarget: new Map(),
  };
  for (const r of definedOnly(doc.regions))
    for (const az of r.availabilityZones) if (!index.regionByAz.has(az)) index.regionByAz.set(az, r);
  for (const [collection, groupings] of Object.entries(GROUPINGS) as [Collection, readonly Grouping[]][]) {
    const visits = groupings.map((g) => {
      const lists = index[g.field] as Map<string, unknown[]>;
      return (key: string, entry: unknown) => push(lists, key, entry);
    });
    for (const item of doc[collection]) {
      if (item.external === true) continue;
      if (tick()) yield;
      for (let k = 0; k < groupings.length; k++)
        (groupings[k] as Grouping).each(item as never, visits[k] as (key: string, entry: unknown) => void);
    }
  }
  for (const g of doc.internetGateways)
    if (g.external === true && typeof g.vpc === "string" && takenByExternalGateway(index, g.id))
      index.externalGatewayVpcs.set(g.id, g.vpc);
  for (const t of doc.routeTables) {
    if (t.external !== true || index.kindById.get(t.id) !== "routeTable" || index.routeTables.has(t.id))
      continue;
    for (const s of t.subnets ?? [])
      if (!index.externalTablesBySubnet.has(s)) index.externalTablesBySubnet.set(s, t.id);
    if (t.main === true && typeof t.vpc === "string" && !index.externalMainTables.has(t.vpc))
      index.externalMainTables.set(t.vpc, t.id);
  }
  return index;
}

/** The id is an external internet gateway's, and the first such (not a duplicate of another resource). */
function takenByExternalGateway(index: Building<TopologyIndex>, id: string): boolean {
  return (
    index.kindById.get(id) === "internetGateway" &&
    !index.internetGateways.has(id) &&
    !index.externalGatewayVpcs.has(id)
  );
}

const shared = new WeakMap<Topology, TopologyIndex>();

type DeriveIndex = (before: Topology, index: TopologyIndex, after: Topology) => TopologyIndex | undefined;
/**
 * index-edit.ts's indexAfterEdit once that module is loaded (it installs itself): the first picture
 * never edits, so neither the page nor the layout worker fetches it before then (issue #14, initial
 * JS). Until then every document is indexed whole, as before.
 */
let deriveIndex: DeriveIndex | undefined;
export function installIndexDerivation(derive: DeriveIndex): void {
  deriveIndex = derive;
}

/**
 * The document sharedIndex indexed last, and its index: the next document (most often that one
 * edited) is indexed from it by what changed (index-edit.ts). Only documents without a duplicate id.
 */
let newest: { doc: Topology; index: TopologyIndex } | undefined;

/** Shares `index` as `doc`'s, and keeps it as the one the next document is made from. */
function share(doc: Topology, index: TopologyIndex): void {
  shared.set(doc, index);
  // A duplicate id makes "the first with this id" depend on order: such an index isn't edited.
  let items = 0;
  for (const collection of Object.keys(KIND_OF_COLLECTION) as Collection[]) items += doc[collection].length;
  newest = items === index.kindById.size ? { doc, index } : undefined;
}

/**
 * indexTopology, built once per document object and shared by everyone who asks (the canvas, the
 * rules, the panels): for documents that are never changed in place, like the app store's (every
 * edit makes a new document). Builders that fill a document step by step use indexTopology.
 * A document that shares most of its lists with the one asked for before (an edit of it, or Undo
 * of that edit) gets an index made from that one's by what changed (index-edit.ts): the same
 * answers, at a cost that follows the edit's size, not the document's.
 */
export function sharedIndex(doc: Topology): TopologyIndex {
  let index = shared.get(doc);
  if (!index) {
    const from = newest;
    const derived =
      deriveIndex && from && from.doc !== doc ? deriveIndex(from.doc, from.index, doc) : undefined;
    index = derived ?? indexTopology(doc);
    if (derived) {
      shared.set(doc, derived);
      newest = { doc, index: derived };
    } else share(doc, index);
  }
  return index;
}

/**
 * sharedIndex built in steps (indexSteps): after `budget` ms of work it waits for `pause` (a new
 * task, so the page paints and takes input), then goes on. The result is shared as sharedIndex's.
 * Should someone ask sharedIndex meanwhile, the index built then is the one given back.
 */
export async function sharedIndexInSteps(
  doc: Topology,
  pause: () => Promise<void>,
  budget = 12,
): Promise<TopologyIndex> {
  const steps = indexSteps(doc);
  let since = performance.now();
  for (;;) {
    const known = shared.get(doc);
    if (known) return known;
    const step = steps.next();
    if (step.done) {
      share(doc, step.value);
      return step.value;
    }
    if (performance.now() - since >= budget) {
      await pause();
      since = performance.now();
    }
  }
}

/** Kind of the resource with this id, by a plain scan: for one look-up, without building an index. */
export function kindOfId(doc: Topology, id: string): ResourceKind | undefined {
  for (const [collection, kind] of Object.entries(KIND_OF_COLLECTION) as [Collection, ResourceKind][]) {
    if (doc[collection].some((item) => item.id === id)) return kind;
  }
  return undefined;
}
