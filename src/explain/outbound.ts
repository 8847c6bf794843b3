// "Can this instance reach the internet?" as the chain of checks AWS makes, each met or not with the
// resource that decides it, and the path to highlight. Pure (no React, no words); the panel's
// interim answer until the model's reachability module answers all three questions (issue 9), built
// only on the routing facts of src/model/routing.ts.
import { tryCidr } from "../model/cidr.ts";
import { INTERNET_NODE_ID } from "../model/node-ids.ts";
import {
  internetRoute,
  isSubnetPublic,
  networkAclOf,
  resolveTarget,
  routeTableOf,
} from "../model/routing.ts";
import type { AclRule, Instance, Subnet } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";

/** Ports a check is made for: HTTPS out (the usual case) and the replies' ephemeral ports in. */
export const HTTPS = 443;
export const EPHEMERAL = { from: 1024, to: 65535 } as const;

export type OutboundCheck =
  | { id: "running"; met: boolean; instance: string; state: string }
  | { id: "route"; met: boolean; subnet: string; table?: string; target?: string; via?: "igw" | "nat" }
  | { id: "public-address"; met: boolean; instance: string; elasticIp?: string }
  | {
      id: "nat-ready";
      met: boolean;
      nat: string;
      /** What stops it, when something does. */
      problem?: "private" | "no-elastic-ip" | "subnet-not-public" | "missing";
      elasticIp?: string;
      subnet?: string;
    }
  | { id: "sg-egress"; met: boolean; groups: string[]; byDefault: boolean }
  | {
      id: "acl";
      met: boolean;
      subnet: string;
      /** Undefined: AWS's default ACL (allows everything). */
      acl?: string;
      out?: { rule?: number; allowed: boolean };
      replies?: { rule?: number; allowed: boolean };
    };

export interface OutboundAnswer {
  reachable: boolean;
  checks: OutboundCheck[];
  /** Diagram ids to highlight: instance → subnet → route table → (NAT gateway) → gateway → Internet. */
  path: string[];
}

const covers = (rule: { protocol: string; fromPort?: number; toPort?: number }, from: number, to: number) =>
  rule.protocol === "-1" ||
  ((rule.protocol === "tcp" || rule.protocol === "6") &&
    (rule.fromPort === undefined || (rule.fromPort <= from && (rule.toPort ?? rule.fromPort) >= to)));

const touches = (rule: { protocol: string; fromPort?: number; toPort?: number }, from: number, to: number) =>
  rule.protocol === "-1" ||
  ((rule.protocol === "tcp" || rule.protocol === "6") &&
    (rule.fromPort === undefined || (rule.fromPort <= to && (rule.toPort ?? rule.fromPort) >= from)));

/**
 * How a stateless ACL list treats TCP traffic on ports from..to with any internet address: rules
 * for narrower ranges only concern part of the internet, so the first 0.0.0.0/0 rule (lowest number
 * first) that matches any of those ports decides, and it must allow all of them. None: the final
 * "*" rule denies.
 */
export function aclDecision(
  rules: readonly AclRule[],
  from: number,
  to: number,
): { rule?: number; allowed: boolean } {
  const sorted = [...rules].sort((a, b) => a.ruleNumber - b.ruleNumber);
  for (const r of sorted) {
    if (tryCidr(r.cidr)?.prefix !== 0 || !touches(r, from, to)) continue;
    return { rule: r.ruleNumber, allowed: r.action === "allow" && covers(r, from, to) };
  }
  return { allowed: false };
}

function aclCheck(index: TopologyIndex, subnet: Subnet): Extract<OutboundCheck, { id: "acl" }> {
  const acl = networkAclOf(index, subnet);
  if (!acl) return { id: "acl", met: true, subnet: subnet.id };
  const out = aclDecision(acl.egress, HTTPS, HTTPS);
  const replies = aclDecision(acl.ingress, EPHEMERAL.from, EPHEMERAL.to);
  return { id: "acl", met: out.allowed && replies.allowed, subnet: subnet.id, acl: acl.id, out, replies };
}

function egressCheck(index: TopologyIndex, instance: Instance): Extract<OutboundCheck, { id: "sg-egress" }> {
  const groups = (instance.securityGroups ?? []).flatMap((id) => {
    const g = index.securityGroups.get(id);
    return g ? [g] : [];
  });
  const byDefault = groups.some((g) => g.egress === undefined);
  const open = groups.some((g) =>
    (g.egress ?? []).some(
      (r) => r.cidr !== undefined && tryCidr(r.cidr)?.prefix === 0 && covers(r, HTTPS, HTTPS),
    ),
  );
  return { id: "sg-egress", met: byDefault || open, groups: groups.map((g) => g.id), byDefault };
}

export function outboundReachability(index: TopologyIndex, instanceId: string): OutboundAnswer | undefined {
  const instance = index.instances.get(instanceId);
  if (!instance) return undefined;
  const subnet = index.subnets.get(instance.subnet);
  const checks: OutboundCheck[] = [];
  const path = [instance.id];
  const state = instance.state ?? "running";
  checks.push({ id: "running", met: state === "running", instance: instance.id, state });
  if (!subnet) {
    checks.push({ id: "route", met: false, subnet: instance.subnet });
    return { reachable: false, checks, path };
  }
  path.push(subnet.id);
  const table = routeTableOf(index, subnet);
  const route = internetRoute(table);
  const target = route === undefined ? undefined : resolveTarget(index, route.target);
  if (table) path.push(table.id);
  const gatewayOk =
    target?.kind === "internetGateway" && index.internetGateways.get(target.id)?.vpc === subnet.vpc;
  const via = target?.kind === "internetGateway" ? "igw" : target?.kind === "natGateway" ? "nat" : undefined;
  checks.push({
    id: "route",
    met: gatewayOk || (target?.kind === "natGateway" && !target.external),
    subnet: subnet.id,
    ...(table ? { table: table.id } : {}),
    ...(route ? { target: route.target } : {}),
    ...(via ? { via } : {}),
  });
  const eipOf = (id: string) => index.elasticIpsByTarget.get(id)?.[0];
  let gateway: string | undefined;
  if (via === "igw" && target) {
    const eip = eipOf(instance.id);
    checks.push({
      id: "public-address",
      met: instance.publicIp === true || eip !== undefined,
      instance: instance.id,
      ...(eip ? { elasticIp: eip.id } : {}),
    });
    if (gatewayOk) gateway = target.id;
  } else if (via === "nat" && target) {
    const nat = index.natGateways.get(target.id);
    path.push(target.id);
    if (!nat) checks.push({ id: "nat-ready", met: false, nat: target.id, problem: "missing" });
    else {
      const eip = eipOf(nat.id);
      const natSubnet = index.subnets.get(nat.subnet);
      const problem =
        nat.connectivity === "private"
          ? "private"
          : eip === undefined
            ? "no-elastic-ip"
            : !natSubnet || !isSubnetPublic(index, natSubnet)
              ? "subnet-not-public"
              : undefined;
      checks.push({
        id: "nat-ready",
        met: problem === undefined,
        nat: nat.id,
        ...(problem ? { problem } : {}),
        ...(eip ? { elasticIp: eip.id } : {}),
        ...(natSubnet ? { subnet: natSubnet.id } : {}),
      });
      if (natSubnet) {
        path.push(natSubnet.id);
        const natTable = routeTableOf(index, natSubnet);
        if (natTable) path.push(natTable.id);
        const natRoute = internetRoute(natTable);
        if (problem === undefined && natRoute) gateway = natRoute.target;
      }
    }
  }
  checks.push(egressCheck(index, instance));
  checks.push(aclCheck(index, subnet));
  const acl = networkAclOf(index, subnet);
  if (acl) path.push(acl.id);
  if (gateway !== undefined) path.push(gateway, INTERNET_NODE_ID);
  return { reachable: checks.every((c) => c.met), checks, path };
}
