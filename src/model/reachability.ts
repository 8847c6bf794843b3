// Can the internet reach an instance? The four conditions AWS needs, each reported as met or not,
// so the details panel can teach *why* rather than just say yes or no. Pure: no language text here.
import { tryCidr } from "./cidr.ts";
import { INTERNET_NODE_ID } from "./node-ids.ts";
import { internetGatewayRouteOf, isSubnetPublic } from "./routing.ts";
import type { Instance, Protocol, SecurityGroup, Subnet, Topology } from "./schema.ts";
import type { TopologyIndex } from "./topology-index.ts";

/** Id the diagram gives the "Internet" node; the start of every highlighted path. */
export { INTERNET_NODE_ID } from "./node-ids.ts";

/** One ingress rule that lets traffic in from anywhere on the internet. */
export interface InternetOpening {
  securityGroup: string;
  /** Position of the rule in the group's `ingress` list, so the UI can point at it. */
  ruleIndex: number;
  protocol: Protocol;
  fromPort?: number;
  toPort?: number;
  description?: string;
}

export type ReachabilityStep =
  | { id: "igw-attached"; met: boolean; vpc?: string; gateway?: string }
  | { id: "subnet-public"; met: boolean; subnet?: string }
  | { id: "public-ip"; met: boolean }
  | {
      id: "sg-allows";
      met: boolean;
      /** Groups the instance names that exist in the document (unknown ids are a diagnostic elsewhere). */
      securityGroups: string[];
      openings: InternetOpening[];
    };

export type ReachabilityStepId = ReachabilityStep["id"];

export const REACHABILITY_STEP_IDS: readonly ReachabilityStepId[] = [
  "igw-attached",
  "subnet-public",
  "public-ip",
  "sg-allows",
];

export interface InstanceReachability {
  reachable: boolean;
  /** Always the four steps, in the order a packet meets them. */
  steps: ReachabilityStep[];
  /**
   * Ids to highlight on the canvas, Internet → gateway → subnet → instance. A missing piece (no
   * gateway attached, unknown subnet) is left out, so the path shows where the chain breaks.
   */
  path: string[];
}

/** True when a rule's range is the whole IPv4 internet. Only a /0 block covers every address. */
export function coversWholeInternet(cidr: string): boolean {
  return tryCidr(cidr)?.prefix === 0;
}

/** Ingress rules of these groups that admit traffic from 0.0.0.0/0. */
export function internetOpenings(groups: readonly SecurityGroup[]): InternetOpening[] {
  const openings: InternetOpening[] = [];
  for (const group of groups) {
    group.ingress.forEach((rule, ruleIndex) => {
      if (rule.cidr === undefined || !coversWholeInternet(rule.cidr)) return;
      openings.push({
        securityGroup: group.id,
        ruleIndex,
        protocol: rule.protocol,
        ...(rule.fromPort === undefined ? {} : { fromPort: rule.fromPort }),
        ...(rule.toPort === undefined ? {} : { toPort: rule.toPort }),
        ...(rule.description === undefined ? {} : { description: rule.description }),
      });
    });
  }
  return openings;
}

/** The gateway attached to a VPC, if any (several is an error reported by the rules; take the first). */
export function attachedGateway(index: TopologyIndex, vpcId: string): string | undefined {
  return index.gatewaysByVpc.get(vpcId)?.[0]?.id;
}

function groupsOf(index: TopologyIndex, instance: Instance): SecurityGroup[] {
  const groups: SecurityGroup[] = [];
  for (const id of instance.securityGroups ?? []) {
    const group = index.securityGroups.get(id);
    if (group && !groups.includes(group)) groups.push(group);
  }
  return groups;
}

/**
 * Reasons an instance can or cannot be reached from the internet. Returns undefined for an unknown
 * instance id. `doc` is accepted for symmetry with the other explainers; the index holds what we need.
 */
export function internetReachability(
  _doc: Topology,
  index: TopologyIndex,
  instanceId: string,
): InstanceReachability | undefined {
  const instance = index.instances.get(instanceId);
  if (!instance) return undefined;
  const subnet: Subnet | undefined = index.subnets.get(instance.subnet);
  const vpc = subnet?.vpc;
  const gateway = vpc === undefined ? undefined : attachedGateway(index, vpc);
  const groups = groupsOf(index, instance);
  const openings = internetOpenings(groups);

  const steps: ReachabilityStep[] = [
    {
      id: "igw-attached",
      met: gateway !== undefined,
      ...(vpc === undefined ? {} : { vpc }),
      ...(gateway === undefined ? {} : { gateway }),
    },
    {
      id: "subnet-public",
      // The route for the internet to an internet gateway; whether it is attached is the step before.
      met: subnet !== undefined && internetGatewayRouteOf(index, subnet) !== undefined,
      ...(subnet ? { subnet: subnet.id } : {}),
    },
    { id: "public-ip", met: instance.publicIp === true },
    {
      id: "sg-allows",
      met: openings.length > 0,
      securityGroups: groups.map((g) => g.id),
      openings,
    },
  ];

  const path = [INTERNET_NODE_ID];
  if (gateway !== undefined) path.push(gateway);
  if (subnet) path.push(subnet.id);
  path.push(instance.id);

  return { reachable: steps.every((s) => s.met), steps, path };
}

export type SubnetExposure =
  /** Routes to an attached internet gateway: instances with a public IP can be reached. */
  | "public"
  /** Routes 0.0.0.0/0 to an internet gateway, but the VPC has none attached: the route leads nowhere. */
  | "public-without-gateway"
  /** No route to an internet gateway. */
  | "private";

export interface SubnetReachability {
  exposure: SubnetExposure;
  /** Its route table sends 0.0.0.0/0 to an internet gateway (attached or not). */
  publicFlag: boolean;
  vpc: string;
  gateway?: string;
}

/** Why a subnet is public or private. Undefined for an unknown subnet id. */
export function subnetReachability(index: TopologyIndex, subnetId: string): SubnetReachability | undefined {
  const subnet = index.subnets.get(subnetId);
  if (!subnet) return undefined;
  const gateway = attachedGateway(index, subnet.vpc);
  // "Set up to be public": the subnet's table sends 0.0.0.0/0 to an internet gateway (attached or not).
  const routesToGateway = internetGatewayRouteOf(index, subnet) !== undefined;
  const exposure: SubnetExposure = isSubnetPublic(index, subnet)
    ? "public"
    : routesToGateway && gateway === undefined
      ? "public-without-gateway"
      : "private";
  return {
    exposure,
    publicFlag: routesToGateway,
    vpc: subnet.vpc,
    ...(gateway === undefined ? {} : { gateway }),
  };
}
