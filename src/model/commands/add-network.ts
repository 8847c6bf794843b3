// Commands that add the network skeleton: Regions, their Availability Zones, VPCs, internet
// gateways and subnets. Each picks the defaults a console user would expect and refuses, with the
// AWS rule, what AWS would not allow.
import { type Cidr, formatCidr, nextFreeBlock, tryCidr } from "../cidr.ts";
import { labelText } from "../kind-labels.ts";
import { REGION_CATALOG, zoneLettersKnown, zoneNamesOf } from "../regions.ts";
import {
  definedOnly,
  findDefined,
  isExternal,
  type RouteTable,
  type Subnet,
  type Topology,
} from "../schema.ts";
import { nextId } from "./ids.ts";
import { type CommandResult, done, notFound, refuse } from "./types.ts";

/** Where new VPCs take their /16 from: the private range most tutorials use. */
const VPC_POOL: Cidr = { network: 10 << 24, prefix: 8 };
const VPC_PREFIX = 16;
const SUBNET_PREFIX = 24;

/** Adds the first Region of the catalog that the document doesn't have yet (or `code` if given). */
export function addRegion(doc: Topology, args: { code?: string } = {}): CommandResult {
  const present = new Set(doc.regions.map((r) => r.id));
  const entry = args.code
    ? (REGION_CATALOG.find((r) => r.code === args.code) ?? { code: args.code, name: undefined })
    : REGION_CATALOG.find((r) => !present.has(r.code));
  if (!entry || present.has(entry.code)) return refuse("region-none-left");
  const region = {
    id: entry.code,
    ...(entry.name ? { name: entry.name } : {}),
    availabilityZones: [] as string[],
  };
  return done({ ...doc, regions: [...doc.regions, region] }, region.id);
}

/** Adds the Region's next AZ (by letter). Accepts the Region directly or a VPC inside it. */
export function addAvailabilityZone(
  doc: Topology,
  args: { regionId?: string; vpcId?: string },
): CommandResult {
  let regionId = args.regionId;
  if (args.vpcId !== undefined) {
    const vpc = findDefined(doc.vpcs, args.vpcId);
    if (!vpc) return notFound("vpc", args.vpcId);
    regionId = vpc.region;
  }
  const region = findDefined(doc.regions, regionId);
  if (!region) return notFound("region", regionId ?? "");
  const all = zoneNamesOf(region.id);
  const next = all.find((az) => !region.availabilityZones.includes(az));
  if (!next && !zoneLettersKnown(region.id))
    return refuse("region-zones-unknown", { region: labelText(doc, "region", region.id), code: region.id });
  if (!next)
    return refuse("region-no-more-azs", { region: labelText(doc, "region", region.id), count: all.length });
  // Keep the zones in letter order, the way the console lists them.
  const zones = [...region.availabilityZones, next].sort();
  const regions = doc.regions.map((r) =>
    r === region && !isExternal(r) ? { ...r, availabilityZones: zones } : r,
  );
  return done({ ...doc, regions }, args.vpcId ?? region.id);
}

/** Adds a VPC with the first /16 of 10.0.0.0/8 that no other VPC of the Region uses. */
export function addVpc(doc: Topology, args: { regionId: string }): CommandResult {
  const region = findDefined(doc.regions, args.regionId);
  if (!region) return notFound("region", args.regionId);
  const taken = definedOnly(doc.vpcs)
    .filter((v) => v.region === region.id)
    .map((v) => tryCidr(v.cidrBlock))
    .filter((c): c is Cidr => c !== undefined);
  const block = nextFreeBlock(VPC_POOL, VPC_PREFIX, taken);
  if (!block) return refuse("vpc-no-free-block", { region: labelText(doc, "region", region.id) });
  const vpc = { id: nextId(doc, "vpc"), region: region.id, cidrBlock: formatCidr(block) };
  return done({ ...doc, vpcs: [...doc.vpcs, vpc] }, vpc.id);
}

function attachedGateway(doc: Topology, vpcId: string) {
  return definedOnly(doc.internetGateways).find((g) => g.vpc === vpcId);
}

/** Creates an internet gateway attached to the VPC; AWS allows one per VPC. */
export function addInternetGateway(doc: Topology, args: { vpcId: string }): CommandResult {
  const vpc = findDefined(doc.vpcs, args.vpcId);
  if (!vpc) return notFound("vpc", args.vpcId);
  const existing = attachedGateway(doc, vpc.id);
  if (existing) {
    return refuse("igw-already-attached", {
      vpc: labelText(doc, "vpc", vpc.id),
      gateway: labelText(doc, "internetGateway", existing.id),
    });
  }
  const gateway = { id: nextId(doc, "igw"), vpc: vpc.id };
  // The user now says what the import couldn't: the VPC's gateway is known.
  const { internetGatewayUnknown: _known, ...stated } = vpc;
  const vpcs = _known === undefined ? doc.vpcs : doc.vpcs.map((v) => (v === vpc ? stated : v));
  return done({ ...doc, vpcs, internetGateways: [...doc.internetGateways, gateway] }, gateway.id);
}

/** The next free /24 of the VPC (or the whole VPC block when it is smaller than a /24). */
function nextSubnetBlock(doc: Topology, vpcId: string): Cidr | undefined {
  const vpc = findDefined(doc.vpcs, vpcId);
  const within = vpc && tryCidr(vpc.cidrBlock);
  if (!within) return undefined;
  const taken = definedOnly(doc.subnets)
    .filter((s) => s.vpc === vpcId)
    .map((s) => tryCidr(s.cidrBlock))
    .filter((c): c is Cidr => c !== undefined);
  return nextFreeBlock(within, Math.max(SUBNET_PREFIX, within.prefix), taken);
}

/**
 * The VPC's route table for public subnets: a table other than the main one whose only way out is
 * 0.0.0.0/0 to `gateway`. Undefined when the VPC has none yet.
 */
function publicRouteTable(doc: Topology, vpcId: string, gateway: string): RouteTable | undefined {
  return definedOnly(doc.routeTables).find(
    (t) =>
      t.vpc === vpcId &&
      t.main !== true &&
      t.routes.length === 1 &&
      t.routes[0]?.destination === "0.0.0.0/0" &&
      t.routes[0]?.target === gateway,
  );
}

/**
 * Adds a subnet in one AZ of the VPC's Region with the VPC's next free /24. A public subnet is
 * associated with the VPC's public route table (created, with 0.0.0.0/0 to the VPC's internet
 * gateway, when missing); without an attached gateway it is refused, nothing half-made. A private
 * subnet uses the VPC's main route table (no explicit association).
 */
export function addSubnet(
  doc: Topology,
  args: { vpcId: string; az: string; public: boolean },
): CommandResult {
  const vpc = findDefined(doc.vpcs, args.vpcId);
  if (!vpc) return notFound("vpc", args.vpcId);
  const region = findDefined(doc.regions, vpc.region);
  if (!region?.availabilityZones.includes(args.az)) {
    return refuse("az-not-in-region", {
      az: args.az,
      region: region ? labelText(doc, "region", region.id) : vpc.region,
    });
  }
  const gateway = attachedGateway(doc, vpc.id);
  if (args.public && !gateway) {
    const code = vpc.internetGatewayUnknown === true ? "public-subnet-igw-unknown" : "public-subnet-no-igw";
    return refuse(code, { vpc: labelText(doc, "vpc", vpc.id) });
  }
  const block = nextSubnetBlock(doc, vpc.id);
  if (!block) return refuse("subnet-vpc-full", { vpc: labelText(doc, "vpc", vpc.id), cidr: vpc.cidrBlock });
  const subnet: Subnet = {
    id: nextId(doc, "subnet"),
    vpc: vpc.id,
    availabilityZone: args.az,
    cidrBlock: formatCidr(block),
  };
  const next = { ...doc, subnets: [...doc.subnets, subnet] };
  if (!args.public || !gateway) return done(next, subnet.id);
  const table = publicRouteTable(doc, vpc.id, gateway.id);
  const routeTables = table
    ? doc.routeTables.map((t) =>
        t === table ? { ...table, subnets: [...(table.subnets ?? []), subnet.id] } : t,
      )
    : [
        ...doc.routeTables,
        {
          id: nextId(doc, "rtb"),
          vpc: vpc.id,
          subnets: [subnet.id],
          routes: [{ destination: "0.0.0.0/0", target: gateway.id }],
        },
      ];
  return done({ ...next, routeTables }, subnet.id);
}
