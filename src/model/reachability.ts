// Reachability the way AWS evaluates it, answered from the document (AWS Reachability Analyzer asks a
// live account; this answers offline). Three questions, each a chain of checks in the order a packet
// meets them, every check met or not with the resource that decides it, plus the ids to highlight:
//   1. Can the internet reach this instance, and on which ports?          internetReachability
//   2. Can this instance reach the internet (directly or through NAT)?   outboundReachability
//   3. Can instance A reach instance B on a port?                         instanceReachability
// Security groups are stateful (a reply is let back whatever the rules say); network ACLs are
// stateless (the reply on the client's ephemeral port must be allowed the other way), evaluated
// lowest rule number first, first match wins, with a final "*" rule that denies; traffic inside one
// subnet never crosses an ACL. Addresses are exact sets (address-set.ts), so a rule from an office /32
// admits that address only. Pure: no language text here (src/explain/describe-reachability.ts words it).
import {
  type AddressSet,
  ALL_ADDRESSES,
  covers,
  EMPTY,
  equals,
  fromCidrText,
  intersect,
  isEmpty,
  subtract,
  toCidrs,
  union,
} from "./address-set.ts";
import { MAX_PORT } from "./aws-limits.ts";
import { tryCidr } from "./cidr.ts";
import { INTERNET_NODE_ID } from "./node-ids.ts";
import {
  defaultSecurityGroup,
  gatewayOfVpc,
  gatewayVpcOf,
  internetGatewayRouteOf,
  internetRoute,
  isSubnetPublic,
  networkAclOf,
  outsideRouteTableOf,
  type RouteTarget,
  resolveTarget,
  routeTableOf,
  subnetRoutesUnknown,
  vpcGatewayUnknown,
} from "./routing.ts";
import type {
  AclRule,
  Instance,
  InstanceState,
  NetworkAcl,
  Protocol,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
} from "./schema.ts";
import type { TopologyIndex } from "./topology-index.ts";

/** The traffic a question is about. ICMP has no ports (a port given with it is ignored). */
export interface Traffic {
  protocol: "tcp" | "udp" | "icmp";
  port: number;
}

/** A port range of one protocol ("-1" = every protocol, every port). */
export interface PortRange {
  protocol: Protocol;
  from: number;
  to: number;
}

/** HTTPS: the default question for "can it reach the internet?". */
export const HTTPS: Traffic = { protocol: "tcp", port: 443 };

/** The client ports replies go back to; ACLs must let them through the other way (AWS's advice: 1024-65535). */
export const EPHEMERAL = { from: 1024, to: MAX_PORT } as const;

/** Private ranges (RFC 1918, and RFC 6598's shared space): no internet address is in them. */
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"] as const;

/** Every address the internet can send from or be sent to: all of IPv4 except the private ranges. */
export const INTERNET_ADDRESSES: AddressSet = subtract(
  ALL_ADDRESSES,
  union(...PRIVATE_RANGES.map(fromCidrText)),
);

/** True when a rule's range is the whole IPv4 internet. Only a /0 block covers every address. */
export function coversWholeInternet(cidr: string): boolean {
  return tryCidr(cidr)?.prefix === 0;
}

/** Which addresses a set stands for, in words the explanation can use. */
export type Scope =
  /** Every internet address. */
  | { kind: "anywhere" }
  /** Only these blocks (an office range, a partner's /32…). */
  | { kind: "ranges"; cidrs: string[] }
  | { kind: "none" };

function scopeOf(set: AddressSet, whole: AddressSet = INTERNET_ADDRESSES): Scope {
  if (isEmpty(set)) return { kind: "none" };
  if (covers(set, whole)) return { kind: "anywhere" };
  return { kind: "ranges", cidrs: toCidrs(set) };
}

// ---------------------------------------------------------------------------------------------
// Network ACLs: stateless, numbered, first match wins, "*" denies the rest.

/** How one crossing of a subnet's edge fares against its ACL. */
export interface AclLeg {
  direction: "in" | "out";
  /** The traffic crossing: the asked port, or the ephemeral reply ports. */
  ports: PortRange;
  /** What the other end is, for words: the internet, or the other subnet's block. */
  peer: { kind: "internet" } | { kind: "subnet"; subnet: string; cidr: string };
  /** Addresses asked about. */
  peers: AddressSet;
  /** Of those, the ones for which every port of the range is allowed. */
  allowed: AddressSet;
  /** Of those, the ones for which at least one port of the range is allowed. */
  allowedSome: AddressSet;
  /**
   * Replies through a NAT gateway come back on any of its ports 1024-65535, so every port must pass;
   * any other sender picks its own ephemeral port (its OS decides which), so one allowed port is
   * a way through, and a partial range is worth a warning (`allowed` differs from `allowedSome`).
   */
  need: "every" | "some";
  /** The addresses that get through (allowed or allowedSome, by `need`). */
  passing: AddressSet;
  /** Allowed port ranges, for words like "only 32768-65535 come back" (the pieces the rules cut). */
  portsAllowed: { from: number; to: number }[];
  /** all: every port, every address; none: nothing gets through. */
  verdict: "all" | "some" | "none";
  /** Rule numbers that allowed part of it, and those that denied part of it ("*": the final rule). */
  allowRules: number[];
  denyRules: (number | "*")[];
}

const ALL_PORTS = { from: 0, to: MAX_PORT } as const;
/** Every protocol, every port: what a default security group's rules cover. */
const ALL_TRAFFIC: PortRange = { protocol: "-1", ...ALL_PORTS };

/** The port range a rule applies to for `protocol`, or undefined when the rule doesn't match it. */
function rulePorts(
  rule: { protocol: Protocol; fromPort?: number; toPort?: number },
  protocol: Protocol,
): { from: number; to: number } | undefined {
  if (rule.protocol !== "-1" && rule.protocol !== protocol && protocol !== "-1") return undefined;
  if (rule.protocol === "-1" || rule.protocol === "icmp") return ALL_PORTS;
  if (rule.fromPort === undefined || rule.fromPort === -1) return ALL_PORTS;
  return { from: rule.fromPort, to: rule.toPort ?? rule.fromPort };
}

/** Evaluates one direction of an ACL, exactly, for every port of `ports` and every address of `peers`. */
export function evaluateAcl(
  rules: readonly AclRule[],
  ports: PortRange,
  peers: AddressSet,
): Pick<AclLeg, "allowed" | "allowedSome" | "allowRules" | "denyRules" | "portsAllowed"> {
  const sorted = [...rules].sort((a, b) => a.ruleNumber - b.ruleNumber);
  const icmp = ports.protocol === "icmp";
  const from = icmp ? 0 : ports.from;
  const to = icmp ? 0 : ports.to;
  // Split the range where a rule's ports start or end: inside a piece, a rule matches all or nothing.
  const cuts = new Set([from, to + 1]);
  for (const rule of sorted) {
    const p = rulePorts(rule, ports.protocol);
    if (!p || icmp) continue;
    if (p.from > from && p.from <= to) cuts.add(p.from);
    if (p.to + 1 > from && p.to + 1 <= to) cuts.add(p.to + 1);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const allow = new Set<number>();
  const deny = new Set<number | "*">();
  let allowed: AddressSet = peers;
  let allowedSome: AddressSet = EMPTY;
  const portsAllowed: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i] as number;
    const end = (edges[i + 1] as number) - 1;
    let remaining = peers;
    let piece: AddressSet = EMPTY;
    for (const rule of sorted) {
      if (isEmpty(remaining)) break;
      const p = rulePorts(rule, ports.protocol);
      if (!p || (!icmp && (p.from > start || p.to < start))) continue;
      const matched = intersect(remaining, fromCidrText(rule.cidr));
      if (isEmpty(matched)) continue;
      if (rule.action === "allow") {
        piece = union(piece, matched);
        allow.add(rule.ruleNumber);
      } else deny.add(rule.ruleNumber);
      remaining = subtract(remaining, matched);
    }
    if (!isEmpty(remaining)) deny.add("*");
    allowed = intersect(allowed, piece);
    allowedSome = union(allowedSome, piece);
    if (!isEmpty(piece)) {
      const last = portsAllowed[portsAllowed.length - 1];
      if (last && last.to + 1 === start) last.to = end;
      else portsAllowed.push({ from: start, to: end });
    }
  }
  return { allowed, allowedSome, allowRules: [...allow], denyRules: [...deny], portsAllowed };
}

function aclLeg(
  acl: NetworkAcl | undefined,
  direction: "in" | "out",
  ports: PortRange,
  peer: AclLeg["peer"],
  peers: AddressSet,
  need: "every" | "some",
): AclLeg {
  const result = acl
    ? evaluateAcl(direction === "in" ? acl.ingress : acl.egress, ports, peers)
    : {
        allowed: peers,
        allowedSome: peers,
        allowRules: [],
        denyRules: [],
        portsAllowed: isEmpty(peers) ? [] : [{ from: ports.from, to: ports.to }],
      };
  const passing = need === "every" ? result.allowed : result.allowedSome;
  const verdict = isEmpty(passing) ? "none" : equals(result.allowed, peers) ? "all" : "some";
  return { direction, ports, peer, peers, ...result, need, passing, verdict };
}

/**
 * The addresses a check is asked about: those that got through the checks before it, or, when
 * nothing did, all of them, so a check is judged on its own rules rather than on an earlier failure.
 */
function orElse(set: AddressSet, fallback: AddressSet): AddressSet {
  return isEmpty(set) ? fallback : set;
}

// ---------------------------------------------------------------------------------------------
// The checks.

/** A security group rule that decides part of an answer. */
export interface SgRuleRef {
  group: string;
  /** Position in the group's ingress or egress list (0-based). */
  ruleIndex: number;
  protocol: Protocol;
  fromPort?: number;
  toPort?: number;
  cidr?: string;
  securityGroup?: string;
  /** A CIDR rule whose block lies inside the private ranges: it admits nothing from the internet. */
  privateOnly?: boolean;
}

/** What the security group checks share: the instance's groups and the rules that match the traffic. */
interface SgCheck {
  met: boolean;
  decider?: string;
  instance: string;
  groups: string[];
  ports: PortRange;
  /** The rules that match the traffic (those that admit, and CIDR rules of private ranges). */
  rules: SgRuleRef[];
  /** Who the groups admit: internet addresses (questions 1 and 2) or the peer instance (question 3). */
  admitted: Scope;
  /**
   * The instance lists no security group, so it is in its VPC's default group (the VPC, when known),
   * judged by that group's default rules: the document holds neither its id nor its rules.
   */
  vpcDefault?: { vpc?: string };
  /**
   * The instance lists no security group, and the document defines its VPC's default group (`default:
   * true`): `groups` holds that group, judged by its rules as written.
   */
  defaultGroup?: string;
}

export type ReachCheck =
  | { id: "running"; met: boolean; decider: string; state: InstanceState }
  /** The VPC has an internet gateway attached (decider: the gateway, else the VPC). */
  | { id: "gateway"; met: boolean; decider?: string; vpc?: string; gateway?: string }
  /** The subnet's route table sends internet addresses somewhere (decider: the table, else the subnet). */
  | {
      id: "route";
      met: boolean;
      decider?: string;
      subnet: string;
      /** Undefined: AWS's implicit main table (local route only) or an unknown subnet. */
      table?: string;
      destination?: string;
      target?: RouteTarget;
      /** The route's target is an internet gateway not attached to this VPC. */
      detached?: boolean;
      /** The route's target is an external internet gateway whose attachment the document doesn't record. */
      attachmentUnknown?: boolean;
      unknownSubnet?: boolean;
    }
  | { id: "public-address"; met: boolean; decider: string; elasticIp?: string }
  | {
      id: "nat";
      met: boolean;
      /** The NAT gateway, or its subnet when the subnet is what fails. */
      decider: string;
      nat: string;
      problem?: "private" | "no-elastic-ip" | "subnet-not-public" | "missing";
      elasticIp?: string;
      subnet?: string;
    }
  | (SgCheck & {
      id: "sg-ingress";
      /** Question 3: A is admitted through one of its groups or a range holding its whole subnet. */
      by?: "group" | "cidr" | "partial";
    })
  | (SgCheck & {
      id: "sg-egress";
      /** A group without written outbound rules keeps AWS's default: all traffic out. */
      byDefault?: string;
      by?: "group" | "cidr" | "partial" | "default";
    })
  /** Question 3: both instances in one VPC, where the implicit local route joins every subnet. */
  | { id: "same-vpc"; met: boolean; decider?: string; vpcA?: string; vpcB?: string; table?: string }
  | {
      id: "acl";
      met: boolean;
      /** The ACL, or the subnet when it uses AWS's default ACL (not written in the document). */
      decider: string;
      subnet: string;
      acl?: string;
      legs: AclLeg[];
      /** Question 3 with both instances in one subnet: ACLs are not evaluated inside a subnet. */
      sameSubnet?: boolean;
    };

// ---------------------------------------------------------------------------------------------
// Shared steps.

/**
 * The security groups an instance is in, looked up once per question. An instance that lists no
 * security group is in its VPC's default security group: AWS associates an instance launched without
 * one with it (VPC User Guide, "Default security groups for your VPCs"). When the document defines
 * that group it is judged by its rules; else by AWS's default ones, which admit all traffic from
 * members of the same group and let all traffic out (the answers assume them, and their words say so).
 */
interface InstanceGroups {
  /** The groups the document defines: those it lists, else its VPC's default group. */
  groups: SecurityGroup[];
  /** It lists none and the document doesn't define its VPC's default group: AWS's default rules. */
  vpcDefault: { vpc?: string } | undefined;
  /** It lists none and the document defines its VPC's default group: the mark its checks carry. */
  mark: { defaultGroup?: string };
}

function instanceGroups(index: TopologyIndex, instance: Instance): InstanceGroups {
  const listed = instance.securityGroups ?? [];
  if (listed.length > 0) {
    const groups: SecurityGroup[] = [];
    for (const id of listed) {
      const group = index.securityGroups.get(id);
      if (group && !groups.includes(group)) groups.push(group);
    }
    return { groups, vpcDefault: undefined, mark: {} };
  }
  const vpc = index.subnets.get(instance.subnet)?.vpc;
  const group = vpc === undefined ? undefined : defaultSecurityGroup(index, vpc);
  if (group) return { groups: [group], vpcDefault: undefined, mark: { defaultGroup: group.id } };
  return { groups: [], vpcDefault: vpc === undefined ? {} : { vpc }, mark: {} };
}

/**
 * How many of the instance's groups are outside the document (external): their rules, and so what
 * they admit or let out, are unknown. One such group is enough for a "no" to be unknown: security
 * groups' rules add up (a port any of them opens is open), so what the groups in the document don't
 * open, one outside may.
 */
export function groupsOutside(index: TopologyIndex, instance: Instance): "none" | "some" | "all" {
  const named = instance.securityGroups ?? [];
  const outside = named.filter((id) => index.external.has(id)).length;
  return outside === 0 ? "none" : outside === named.length ? "all" : "some";
}

/** The VPC's default group, or the instance when its VPC isn't known, decides a default-group check. */
function vpcDefaultDecider(instance: Instance, vpcDefault: { vpc?: string }): string {
  return vpcDefault.vpc ?? instance.id;
}

function runningCheck(instance: Instance): ReachCheck {
  const state = instance.state ?? "running";
  return { id: "running", met: state === "running", decider: instance.id, state };
}

function eipOf(index: TopologyIndex, targetId: string): string | undefined {
  return index.elasticIpsByTarget.get(targetId)?.[0]?.id;
}

function publicAddressCheck(index: TopologyIndex, instance: Instance): ReachCheck {
  const eip = eipOf(index, instance.id);
  return {
    id: "public-address",
    met: instance.publicIp === true || eip !== undefined,
    decider: eip ?? instance.id,
    ...(eip ? { elasticIp: eip } : {}),
  };
}

/** The route a subnet's table has for the internet, and where it leads. */
function routeCheck(
  index: TopologyIndex,
  subnet: Subnet,
  wanted: "igw" | "igw-or-nat",
): Extract<ReachCheck, { id: "route" }> {
  const table = routeTableOf(index, subnet);
  const route = internetRoute(table);
  const target = route ? resolveTarget(index, route.target) : undefined;
  const gatewayVpc = target?.kind === "internetGateway" ? gatewayVpcOf(index, target.id) : undefined;
  const igwAttached = gatewayVpc === subnet.vpc;
  const natOk = wanted === "igw-or-nat" && target?.kind === "natGateway" && !target.external;
  return {
    id: "route",
    met: igwAttached || natOk,
    decider: table?.id ?? subnet.id,
    subnet: subnet.id,
    ...(table ? { table: table.id } : {}),
    ...(route ? { destination: route.destination, target } : {}),
    ...(target?.kind === "internetGateway" && !igwAttached
      ? gatewayVpc === undefined && target.external
        ? { attachmentUnknown: true }
        : { detached: true }
      : {}),
  };
}

function unknownSubnetRoute(instance: Instance): ReachCheck {
  return { id: "route", met: false, subnet: instance.subnet, unknownSubnet: true };
}

function aclCheck(
  index: TopologyIndex,
  subnet: Subnet,
  legs: (acl: NetworkAcl | undefined) => AclLeg[],
): Extract<ReachCheck, { id: "acl" }> {
  const acl = networkAclOf(index, subnet);
  const made = legs(acl);
  return {
    id: "acl",
    met: made.every((l) => l.verdict !== "none"),
    decider: acl?.id ?? subnet.id,
    subnet: subnet.id,
    ...(acl ? { acl: acl.id } : {}),
    legs: made,
  };
}

function ruleRef(group: SecurityGroup, rule: SecurityGroupRule, ruleIndex: number): SgRuleRef {
  return {
    group: group.id,
    ruleIndex,
    protocol: rule.protocol,
    ...(rule.fromPort === undefined ? {} : { fromPort: rule.fromPort }),
    ...(rule.toPort === undefined ? {} : { toPort: rule.toPort }),
    ...(rule.cidr === undefined ? {} : { cidr: rule.cidr }),
    ...(rule.securityGroup === undefined ? {} : { securityGroup: rule.securityGroup }),
  };
}

/** Whether a security group rule lets `traffic` through (protocol and port). */
function ruleMatches(rule: SecurityGroupRule, traffic: PortRange): boolean {
  const p = rulePorts(rule, traffic.protocol);
  if (!p) return false;
  if (traffic.protocol === "icmp" || traffic.protocol === "-1") return true;
  return p.from <= traffic.to && p.to >= traffic.from;
}

/** The port range of one asked port (ICMP: every type and code). */
export function portRangeOf(traffic: Traffic): PortRange {
  return traffic.protocol === "icmp"
    ? { protocol: "icmp", from: -1, to: -1 }
    : { protocol: traffic.protocol, from: traffic.port, to: traffic.port };
}

function repliesOf(request: PortRange): PortRange {
  // ICMP replies are ICMP too; TCP and UDP replies go back to the client's ephemeral port.
  return request.protocol === "icmp"
    ? request
    : { protocol: request.protocol === "-1" ? "tcp" : request.protocol, ...EPHEMERAL };
}

/** The internet addresses CIDR rules of these groups admit for `ports` (ingress or egress). */
function internetRulesFor(
  groups: readonly SecurityGroup[],
  direction: "ingress" | "egress",
  ports: PortRange,
): { rules: SgRuleRef[]; addresses: AddressSet } {
  const rules: SgRuleRef[] = [];
  let addresses: AddressSet = EMPTY;
  for (const group of groups) {
    (group[direction] ?? []).forEach((rule, i) => {
      if (rule.cidr === undefined || !ruleMatches(rule, ports)) return;
      const admitted = intersect(fromCidrText(rule.cidr), INTERNET_ADDRESSES);
      rules.push({ ...ruleRef(group, rule, i), ...(isEmpty(admitted) ? { privateOnly: true } : {}) });
      addresses = union(addresses, admitted);
    });
  }
  return { rules, addresses };
}

// ---------------------------------------------------------------------------------------------
// 1. Can the internet reach this instance, on which ports?

/** One port (or range) the instance's groups open, and whether it passes end to end. */
export interface PortAnswer {
  ports: PortRange;
  reachable: boolean;
  /** Internet addresses that get through every check, on at least one of these ports. */
  from: Scope;
  /** The checks that depend on the port: the security groups, then the subnet's ACL (in and replies out). */
  checks: ReachCheck[];
}

export interface InboundAnswer {
  /** Some port passes end to end. */
  reachable: boolean;
  /** Not reachable only for want of facts: every check that fails is about a subnet or VPC outside the document. */
  unknown: boolean;
  /** The checks every port needs, in the order a packet meets them. */
  checks: ReachCheck[];
  /** Every port the groups open to any address (a private range included, which fails), or the asked one. */
  ports: PortAnswer[];
  /** Ids to highlight: Internet → gateway → route table → subnet (ACL) → instance. */
  path: string[];
}

function portAnswer(
  index: TopologyIndex,
  instance: Instance,
  subnet: Subnet | undefined,
  { groups, vpcDefault, mark }: InstanceGroups,
  ports: PortRange,
  common: boolean,
): PortAnswer {
  const { rules, addresses } = internetRulesFor(groups, "ingress", ports);
  const admitting = rules.find((r) => !r.privateOnly);
  const sg: ReachCheck = vpcDefault
    ? defaultGroupIngress(instance, vpcDefault, ports)
    : {
        id: "sg-ingress",
        met: !isEmpty(addresses),
        ...(admitting ? { decider: admitting.group } : groups[0] ? { decider: groups[0].id } : {}),
        instance: instance.id,
        groups: groups.map((g) => g.id),
        ports,
        rules,
        admitted: scopeOf(addresses),
        ...mark,
      };
  const checks: ReachCheck[] = [sg];
  let passing = addresses;
  if (subnet) {
    const acl = aclCheck(index, subnet, (a) => {
      const inbound = aclLeg(
        a,
        "in",
        ports,
        { kind: "internet" },
        orElse(addresses, INTERNET_ADDRESSES),
        "some",
      );
      const replies = aclLeg(
        a,
        "out",
        repliesOf(ports),
        { kind: "internet" },
        orElse(inbound.passing, inbound.peers),
        "some",
      );
      return [inbound, replies];
    });
    checks.push(acl);
    const [, replies] = acl.legs;
    passing = replies
      ? intersect(intersect(addresses, acl.legs[0]?.passing ?? EMPTY), replies.passing)
      : EMPTY;
  }
  const reachable = common && checks.every((c) => c.met) && !isEmpty(passing);
  return { ports, reachable, from: scopeOf(reachable ? passing : EMPTY), checks };
}

/** The VPC's default group, inbound from the internet: its default rule admits only the group's members. */
function defaultGroupIngress(
  instance: Instance,
  vpcDefault: { vpc?: string },
  ports: PortRange,
): Extract<ReachCheck, { id: "sg-ingress" }> {
  return {
    id: "sg-ingress",
    met: false,
    decider: vpcDefaultDecider(instance, vpcDefault),
    instance: instance.id,
    groups: [],
    ports,
    rules: [],
    admitted: { kind: "none" },
    vpcDefault,
  };
}

/** The distinct (protocol, ports) the groups' CIDR ingress rules open, in the groups' order. */
function openedPorts(groups: readonly SecurityGroup[]): PortRange[] {
  const seen = new Map<string, PortRange>();
  for (const group of groups)
    for (const rule of group.ingress) {
      if (rule.cidr === undefined) continue;
      const p = rulePorts(rule, rule.protocol) ?? ALL_PORTS;
      const range: PortRange =
        rule.protocol === "icmp" ? { protocol: "icmp", from: -1, to: -1 } : { protocol: rule.protocol, ...p };
      const key = `${range.protocol}:${range.from}-${range.to}`;
      if (!seen.has(key)) seen.set(key, range);
    }
  return [...seen.values()];
}

/**
 * Can the internet reach this instance? With `traffic`, on that port only; without, on every port its
 * groups open. Undefined for an unknown instance id.
 */
export function internetReachability(
  index: TopologyIndex,
  instanceId: string,
  traffic?: Traffic,
): InboundAnswer | undefined {
  const instance = index.instances.get(instanceId);
  if (!instance) return undefined;
  const subnet = index.subnets.get(instance.subnet);
  const vpc = subnet?.vpc;
  const gateway = vpc === undefined ? undefined : gatewayOfVpc(index, vpc);
  const inGroups = instanceGroups(index, instance);

  const checks: ReachCheck[] = [
    runningCheck(instance),
    {
      id: "gateway",
      met: gateway !== undefined,
      ...(gateway ? { decider: gateway } : vpc ? { decider: vpc } : {}),
      ...(vpc === undefined ? {} : { vpc }),
      ...(gateway === undefined ? {} : { gateway }),
    },
    subnet ? routeCheck(index, subnet, "igw") : unknownSubnetRoute(instance),
    publicAddressCheck(index, instance),
  ];
  const { vpcDefault } = inGroups;
  // The default group opens no port to any address range: said once, for every port, when none is asked.
  if (vpcDefault && !traffic) checks.push(defaultGroupIngress(instance, vpcDefault, ALL_TRAFFIC));
  const common = checks.every((c) => c.met);
  const asked = traffic ? [portRangeOf(traffic)] : openedPorts(inGroups.groups);
  const ports = asked.map((p) => portAnswer(index, instance, subnet, inGroups, p, common));

  const path = [INTERNET_NODE_ID];
  if (gateway !== undefined) path.push(gateway);
  if (subnet) {
    const table = internetGatewayRouteOf(index, subnet)?.table;
    if (table) path.push(table.id);
    path.push(subnet.id);
    const acl = networkAclOf(index, subnet);
    if (acl) path.push(acl.id);
  }
  path.push(instance.id);
  const reachable = ports.some((p) => p.reachable);
  // Unknown, not No: some of the groups are outside the document (their rules, and so the ports
  // they open, are unknown) and nothing known fails; or some check fails only for want of what is
  // outside it while some port's own checks pass.
  const unknown =
    !reachable &&
    (groupsOutside(index, instance) !== "none"
      ? failsOnlyOutside(index, checks)
      : onlyOutside(index, checks) && ports.some((p) => p.checks.every((c) => c.met)));
  return { reachable, unknown, checks, ports, path };
}

/**
 * A check that fails only because the subnet or VPC it is about is outside the document (an import's
 * placeholder, or an id the file doesn't define): its routes and gateway are unknown, not absent.
 * (A subnet outside the document is no subnet of the index: its checks say so with unknownSubnet.)
 * So does a route to an internet gateway outside the document that doesn't record where it is
 * attached: the VPC may well have it, so its gateway check is unknown too.
 */
export function outsideDocument(
  index: TopologyIndex,
  check: ReachCheck,
  checks: readonly ReachCheck[],
): boolean {
  if (check.met) return false;
  const toUnattachedOutsideGateway = checks.some((c) => c.id === "route" && c.attachmentUnknown === true);
  if (check.id === "gateway")
    return check.vpc === undefined || vpcGatewayUnknown(index, check.vpc) || toUnattachedOutsideGateway;
  // Outbound: some of the instance's groups are outside the document, so what they let out is unknown.
  if (check.id === "sg-egress") {
    const instance = index.instances.get(check.instance);
    return instance !== undefined && groupsOutside(index, instance) !== "none";
  }
  if (check.id === "route") {
    if (check.unknownSubnet === true || check.attachmentUnknown === true) return true;
    // No table of its own in the document, and its VPC (so its main table) is outside it.
    const subnet = index.subnets.get(check.subnet);
    return subnet !== undefined && subnetRoutesUnknown(index, subnet);
  }
  return false;
}

/** Every check that fails (if any) does so for want of a subnet or VPC outside the document. */
function failsOnlyOutside(index: TopologyIndex, checks: readonly ReachCheck[]): boolean {
  return checks.every((c) => c.met || outsideDocument(index, c, checks));
}

/** Some check fails, and every one that fails does so for want of a subnet or VPC outside the document. */
function onlyOutside(index: TopologyIndex, checks: readonly ReachCheck[]): boolean {
  return checks.some((c) => !c.met) && failsOnlyOutside(index, checks);
}

// ---------------------------------------------------------------------------------------------
// 2. Can this instance reach the internet?

export interface Answer {
  reachable: boolean;
  /** Not reachable only for want of facts (a subnet or VPC outside the document); instance to instance: never. */
  unknown?: boolean;
  checks: ReachCheck[];
  /** Ids to highlight, from the instance outwards. */
  path: string[];
}

interface OutboundAnswer extends Answer {
  traffic: Traffic;
  via?: "igw" | "nat";
  /** Internet addresses it can reach on that port (when it can). */
  to: Scope;
}

function egressCheck(
  { groups, vpcDefault, mark }: InstanceGroups,
  instance: Instance,
  ports: PortRange,
  toward: "internet" | { groups: readonly string[]; addresses: AddressSet },
): Extract<ReachCheck, { id: "sg-egress" }> & { addresses: AddressSet } {
  const base = {
    id: "sg-egress" as const,
    instance: instance.id,
    groups: groups.map((g) => g.id),
    ports,
    ...mark,
  };
  const byDefault = groups.find((g) => g.egress === undefined);
  const whole = toward === "internet" ? INTERNET_ADDRESSES : toward.addresses;
  // The VPC's default group's default outbound rule: all traffic, everywhere.
  if (vpcDefault)
    return {
      ...base,
      met: true,
      decider: vpcDefaultDecider(instance, vpcDefault),
      rules: [],
      admitted: scopeOf(whole, whole),
      by: "default",
      addresses: whole,
      vpcDefault,
    };
  if (byDefault)
    return {
      ...base,
      met: true,
      decider: byDefault.id,
      rules: [],
      byDefault: byDefault.id,
      admitted: scopeOf(whole, whole),
      by: "default",
      addresses: whole,
    };
  if (toward === "internet") {
    const { rules, addresses } = internetRulesFor(groups, "egress", ports);
    const deciding = rules.find((r) => !r.privateOnly);
    return {
      ...base,
      met: !isEmpty(addresses),
      ...(deciding ? { decider: deciding.group } : groups[0] ? { decider: groups[0].id } : {}),
      rules,
      admitted: scopeOf(addresses),
      addresses,
    };
  }
  return { ...base, ...peerRules(groups, "egress", ports, toward), addresses: toward.addresses };
}

/**
 * Whether these groups' rules (ingress: sources, egress: destinations) take in a peer instance: by
 * one of its groups, or by a CIDR block holding its whole subnet (its own address isn't in the
 * document, so a block holding only part of the subnet is "partial").
 */
function peerRules(
  groups: readonly SecurityGroup[],
  direction: "ingress" | "egress",
  ports: PortRange,
  peer: { groups: readonly string[]; addresses: AddressSet },
): Pick<Extract<ReachCheck, { id: "sg-ingress" }>, "met" | "decider" | "rules" | "admitted" | "by"> {
  const rules: SgRuleRef[] = [];
  let by: "group" | "cidr" | "partial" | undefined;
  let decider: string | undefined;
  for (const group of groups)
    (group[direction] ?? []).forEach((rule, i) => {
      if (!ruleMatches(rule, ports)) return;
      const viaGroup = rule.securityGroup !== undefined && peer.groups.includes(rule.securityGroup);
      const block = rule.cidr === undefined ? EMPTY : fromCidrText(rule.cidr);
      const whole = !isEmpty(block) && covers(block, peer.addresses);
      const part = !whole && !isEmpty(intersect(block, peer.addresses));
      if (!viaGroup && !whole && !part) return;
      rules.push(ruleRef(group, rule, i));
      const kind = viaGroup ? "group" : whole ? "cidr" : "partial";
      if (by === undefined || (by === "partial" && kind !== "partial")) {
        by = kind;
        decider = group.id;
      }
    });
  const met = by === "group" || by === "cidr";
  return {
    met,
    ...(decider ? { decider } : groups[0] ? { decider: groups[0].id } : {}),
    rules,
    admitted: met ? { kind: "anywhere" } : { kind: "none" },
    ...(by ? { by } : {}),
  };
}

/**
 * B is in its VPC's default group, whose default inbound rule admits every member of that group:
 * A gets in when A lists no group either and both are in the one VPC (a VPC has one default group).
 */
function defaultGroupPeer(
  b: Instance,
  vpcDefault: { vpc?: string },
  sameDefaultGroup: boolean,
): Pick<
  Extract<ReachCheck, { id: "sg-ingress" }>,
  "met" | "decider" | "rules" | "admitted" | "by" | "vpcDefault"
> {
  return {
    met: sameDefaultGroup,
    decider: vpcDefaultDecider(b, vpcDefault),
    rules: [],
    admitted: sameDefaultGroup ? { kind: "anywhere" } : { kind: "none" },
    ...(sameDefaultGroup ? { by: "group" as const } : {}),
    vpcDefault,
  };
}

function natCheck(index: TopologyIndex, natId: string): { check: ReachCheck; natSubnet?: Subnet } {
  const nat = index.natGateways.get(natId);
  if (!nat) return { check: { id: "nat", met: false, decider: natId, nat: natId, problem: "missing" } };
  const eip = eipOf(index, nat.id);
  const natSubnet = index.subnets.get(nat.subnet);
  const problem =
    nat.connectivity === "private"
      ? "private"
      : eip === undefined
        ? "no-elastic-ip"
        : !natSubnet || !isSubnetPublic(index, natSubnet)
          ? "subnet-not-public"
          : undefined;
  return {
    check: {
      id: "nat",
      met: problem === undefined,
      decider: problem === "subnet-not-public" ? (natSubnet?.id ?? nat.id) : nat.id,
      nat: nat.id,
      ...(problem ? { problem } : {}),
      ...(eip ? { elasticIp: eip } : {}),
      ...(natSubnet ? { subnet: natSubnet.id } : {}),
    },
    ...(natSubnet ? { natSubnet } : {}),
  };
}

/**
 * Can this instance reach the internet on `traffic` (HTTPS by default)? Straight through the internet
 * gateway with a public address, or through a public NAT gateway; with the security groups' outbound
 * rules and every ACL crossed (the instance's subnet, and the NAT gateway's when it differs).
 */
export function outboundReachability(
  index: TopologyIndex,
  instanceId: string,
  traffic: Traffic = HTTPS,
): OutboundAnswer | undefined {
  const instance = index.instances.get(instanceId);
  if (!instance) return undefined;
  const subnet = index.subnets.get(instance.subnet);
  const checks: ReachCheck[] = [runningCheck(instance)];
  const path = [instance.id];
  const result = (via?: "igw" | "nat", passing: AddressSet = EMPTY): OutboundAnswer => {
    const reachable = checks.every((c) => c.met) && !isEmpty(passing);
    return {
      traffic,
      reachable,
      unknown: !reachable && onlyOutside(index, checks),
      checks,
      path,
      ...(via ? { via } : {}),
      to: scopeOf(reachable ? passing : EMPTY),
    };
  };
  if (!subnet) {
    checks.push(unknownSubnetRoute(instance));
    return result();
  }
  path.push(subnet.id);
  const route = routeCheck(index, subnet, "igw-or-nat");
  checks.push(route);
  if (route.table) path.push(route.table);
  const target = route.target;
  const via = target?.kind === "internetGateway" ? "igw" : target?.kind === "natGateway" ? "nat" : undefined;
  let gateway: string | undefined;
  let natSubnet: Subnet | undefined;
  if (via === "igw" && target) {
    checks.push(publicAddressCheck(index, instance));
    if (route.met) gateway = target.id;
  } else if (via === "nat" && target) {
    const { check: nat, natSubnet: ns } = natCheck(index, target.id);
    checks.push(nat);
    natSubnet = ns;
    path.push(target.id);
    if (natSubnet) {
      path.push(natSubnet.id);
      const natRoute = internetGatewayRouteOf(index, natSubnet);
      if (natRoute) path.push(natRoute.table.id);
      if (nat.met && natRoute) gateway = natRoute.gateway;
    }
  }

  const ports = portRangeOf(traffic);
  const replies = repliesOf(ports);
  const { addresses: allowedOut, ...egress } = egressCheck(
    instanceGroups(index, instance),
    instance,
    ports,
    "internet",
  );
  checks.push(egress);
  let passing = allowedOut;
  const own = aclCheck(index, subnet, (acl) => {
    const out = aclLeg(acl, "out", ports, { kind: "internet" }, orElse(passing, INTERNET_ADDRESSES), "some");
    const back = aclLeg(acl, "in", replies, { kind: "internet" }, orElse(out.passing, out.peers), "some");
    passing = intersect(passing, intersect(out.passing, back.passing));
    return [out, back];
  });
  checks.push(own);
  const ownAcl = networkAclOf(index, subnet);
  if (ownAcl) path.push(ownAcl.id);
  const source = fromCidrText(subnet.cidrBlock);
  if (via === "nat" && natSubnet && natSubnet.id !== subnet.id) {
    const ns = natSubnet;
    const peer = { kind: "subnet" as const, subnet: subnet.id, cidr: subnet.cidrBlock };
    const natAcl = aclCheck(index, ns, (acl) => {
      // The request enters the NAT gateway's subnet from the instance and leaves it for the internet;
      // the reply comes back in from the internet and leaves again for the instance.
      const fromInstance = aclLeg(acl, "in", ports, peer, source, "some");
      const out = aclLeg(
        acl,
        "out",
        ports,
        { kind: "internet" },
        orElse(passing, INTERNET_ADDRESSES),
        "some",
      );
      const back = aclLeg(acl, "in", replies, { kind: "internet" }, orElse(out.passing, out.peers), "every");
      const toInstance = aclLeg(acl, "out", replies, peer, source, "some");
      const whole = covers(fromInstance.passing, source) && covers(toInstance.passing, source);
      passing = whole ? intersect(passing, intersect(out.passing, back.passing)) : EMPTY;
      return [fromInstance, out, back, toInstance];
    });
    // Its instance's address is one of its subnet's: only a verdict for the whole block is certain.
    natAcl.met = natAcl.legs.every((l) =>
      l.peer.kind === "subnet" ? covers(l.passing, l.peers) : l.verdict !== "none",
    );
    checks.push(natAcl);
    const natAclRes = networkAclOf(index, ns);
    if (natAclRes) path.push(natAclRes.id);
  }
  if (gateway !== undefined) path.push(gateway, INTERNET_NODE_ID);
  return result(via, passing);
}

// ---------------------------------------------------------------------------------------------
// 3. Can instance A reach instance B on a port?

interface PeerAnswer extends Answer {
  traffic: Traffic;
}

/**
 * Can instance `fromId` open a connection to instance `toId` on `traffic`? Same VPC (the local
 * route; ec2viz models no peering), A's outbound rules, B's inbound rules (a CIDR block holding A's
 * subnet, or one of A's groups), and both subnets' ACLs when the subnets differ. Undefined when
 * either id is unknown.
 */
export function instanceReachability(
  index: TopologyIndex,
  fromId: string,
  toId: string,
  traffic: Traffic,
): PeerAnswer | undefined {
  const a = index.instances.get(fromId);
  const b = index.instances.get(toId);
  if (!a || !b) return undefined;
  const subnetA = index.subnets.get(a.subnet);
  const subnetB = index.subnets.get(b.subnet);
  const checks: ReachCheck[] = [runningCheck(a), runningCheck(b)];
  const path = [a.id];
  const table = subnetA ? routeTableOf(index, subnetA) : undefined;
  const sameVpc = subnetA !== undefined && subnetB !== undefined && subnetA.vpc === subnetB.vpc;
  checks.push({
    id: "same-vpc",
    met: sameVpc,
    ...(sameVpc ? { decider: table?.id ?? subnetA.vpc } : subnetB ? { decider: subnetB.vpc } : {}),
    ...(subnetA ? { vpcA: subnetA.vpc } : {}),
    ...(subnetB ? { vpcB: subnetB.vpc } : {}),
    ...(table ? { table: table.id } : {}),
  });
  const ports = portRangeOf(traffic);
  const inGroupsA = instanceGroups(index, a);
  const inGroupsB = instanceGroups(index, b);
  const groupsA = inGroupsA.groups;
  const groupsB = inGroupsB.groups;
  const addressesA = subnetA ? fromCidrText(subnetA.cidrBlock) : EMPTY;
  const addressesB = subnetB ? fromCidrText(subnetB.cidrBlock) : EMPTY;
  const defaultA = inGroupsA.vpcDefault;
  const defaultB = inGroupsB.vpcDefault;
  const { addresses: _, ...egress } = egressCheck(inGroupsA, a, ports, {
    groups: groupsB.map((g) => g.id),
    addresses: addressesB,
  });
  checks.push(egress);
  checks.push({
    id: "sg-ingress",
    instance: b.id,
    groups: groupsB.map((g) => g.id),
    ports,
    ...inGroupsB.mark,
    ...(defaultB
      ? defaultGroupPeer(b, defaultB, defaultA !== undefined && sameVpc)
      : peerRules(groupsB, "ingress", ports, { groups: groupsA.map((g) => g.id), addresses: addressesA })),
  });
  if (subnetA) path.push(subnetA.id);
  if (table) path.push(table.id);
  if (subnetA && subnetB && subnetA.id === subnetB.id) {
    const acl = networkAclOf(index, subnetA);
    checks.push({
      id: "acl",
      met: true,
      decider: acl?.id ?? subnetA.id,
      subnet: subnetA.id,
      ...(acl ? { acl: acl.id } : {}),
      legs: [],
      sameSubnet: true,
    });
  } else if (subnetA && subnetB && sameVpc) {
    const replies = repliesOf(ports);
    const peerA = { kind: "subnet" as const, subnet: subnetA.id, cidr: subnetA.cidrBlock };
    const peerB = { kind: "subnet" as const, subnet: subnetB.id, cidr: subnetB.cidrBlock };
    // The two addresses are somewhere in their subnets: only a verdict for the whole block is certain.
    const whole = (c: Extract<ReachCheck, { id: "acl" }>) => {
      c.met = c.legs.every((l) => covers(l.passing, l.peers));
      return c;
    };
    checks.push(
      whole(
        aclCheck(index, subnetA, (acl) => [
          aclLeg(acl, "out", ports, peerB, addressesB, "some"),
          aclLeg(acl, "in", replies, peerB, addressesB, "some"),
        ]),
      ),
    );
    checks.push(
      whole(
        aclCheck(index, subnetB, (acl) => [
          aclLeg(acl, "in", ports, peerA, addressesA, "some"),
          aclLeg(acl, "out", replies, peerA, addressesA, "some"),
        ]),
      ),
    );
    const aclA = networkAclOf(index, subnetA);
    const aclB = networkAclOf(index, subnetB);
    if (aclA) path.push(aclA.id);
    if (aclB) path.push(aclB.id);
  }
  if (subnetB) path.push(subnetB.id);
  path.push(b.id);
  return { traffic, reachable: checks.every((c) => c.met), checks, path: [...new Set(path)] };
}

// ---------------------------------------------------------------------------------------------
// Subnets: public or private, and why.

type SubnetExposure =
  /** Routes to an attached internet gateway: instances with a public IP can be reached. */
  | "public"
  /** Routes 0.0.0.0/0 to an internet gateway, but the VPC has none attached: the route leads nowhere. */
  | "public-without-gateway"
  /** No route to an internet gateway. */
  | "private"
  /** Its route table is outside the document (an external table, or none here and its VPC defined elsewhere). */
  | "unknown";

interface SubnetReachability {
  exposure: SubnetExposure;
  /** Its route table sends 0.0.0.0/0 to an internet gateway (attached or not). */
  publicFlag: boolean;
  vpc: string;
  gateway?: string;
  /** The internet gateway its 0.0.0.0/0 route names (attached to its VPC or not). */
  routeGateway?: string;
  /** The route table outside the document that serves it, when that is what makes it "unknown". */
  outsideTable?: string;
}

/** Why a subnet is public or private. Undefined for an unknown subnet id. */
export function subnetReachability(index: TopologyIndex, subnetId: string): SubnetReachability | undefined {
  const subnet = index.subnets.get(subnetId);
  if (!subnet) return undefined;
  const gateway = gatewayOfVpc(index, subnet.vpc);
  // "Set up to be public": the subnet's table sends 0.0.0.0/0 to an internet gateway (attached or not).
  const routeGateway = internetGatewayRouteOf(index, subnet)?.gateway;
  const routesToGateway = routeGateway !== undefined;
  const exposure: SubnetExposure = isSubnetPublic(index, subnet)
    ? "public"
    : routesToGateway && gateway === undefined
      ? "public-without-gateway"
      : subnetRoutesUnknown(index, subnet)
        ? "unknown"
        : "private";
  const table = exposure === "unknown" ? outsideRouteTableOf(index, subnet) : undefined;
  return {
    exposure,
    publicFlag: routesToGateway,
    vpc: subnet.vpc,
    ...(gateway === undefined ? {} : { gateway }),
    ...(routeGateway === undefined ? {} : { routeGateway }),
    ...(table === undefined ? {} : { outsideTable: table }),
  };
}
