// EC2 instance rules: a known instance type, a public address only where it can be used, and
// security groups from the instance's own VPC, at most five of them.

import { SECURITY_GROUPS_PER_INTERFACE } from "../aws-limits.ts";
import { jsonPath } from "../diagnostics.ts";
import { INSTANCE_TYPES } from "../instance-types.generated.ts";
import { displayName } from "../kind-labels.ts";
import { internetGatewayRouteOf, subnetRoutesUnknown } from "../routing.ts";
import type { Subnet } from "../schema.ts";
import type { TopologyIndex } from "../topology-index.ts";
import { closestCached } from "./closest.ts";
import { instancesOfSubnet, itemRule, itemSection } from "./item-rules.ts";
import { finding } from "./types.ts";

const KNOWN_TYPES = new Set(INSTANCE_TYPES);

export const instanceTypes = itemRule(
  itemSection({
    list: "instances",
    check: (inst, i, _ctx, out) => {
      if (KNOWN_TYPES.has(inst.instanceType)) return;
      const guess = closestCached(inst.instanceType, INSTANCE_TYPES);
      out.push(
        finding({
          messageId: "instance-type-unknown",
          path: jsonPath(["instances", i, "instanceType"]),
          resource: inst.id,
          params: { who: displayName(inst), type: inst.instanceType, guess: guess ?? "" },
        }),
      );
    },
  }),
);

/**
 * AWS resource ids are the prefix and 8 or 17 hex digits (EC2 User Guide, resource-ids.html: 8 before
 * 2016, 17 for every id made since mid-2018). The schema reads 8 to 17 (format 2 shipped so), so an
 * id of another length is a warning, not a refusal: files that opened keep opening.
 */
const AMI_ID_DIGITS: readonly number[] = [8, 17];

export const amiIds = itemRule(
  itemSection({
    list: "instances",
    check: (inst, i, _ctx, out) => {
      if (inst.imageId === undefined) return;
      const digits = inst.imageId.length - "ami-".length;
      if (AMI_ID_DIGITS.includes(digits)) return;
      out.push(
        finding({
          messageId: "ami-id-length",
          path: jsonPath(["instances", i, "imageId"]),
          resource: inst.id,
          params: { who: displayName(inst), ami: inst.imageId, digits },
        }),
      );
    },
  }),
);

/** Whether each subnet routes to an internet gateway, per index: found once per subnet, not per instance. */
const routedOut = new WeakMap<TopologyIndex, Map<string, boolean>>();

function routesOut(index: TopologyIndex, subnet: Subnet): boolean {
  let routed = routedOut.get(index);
  if (!routed) {
    routed = new Map();
    routedOut.set(index, routed);
  }
  let known = routed.get(subnet.id);
  if (known === undefined) {
    known = internetGatewayRouteOf(index, subnet) !== undefined;
    routed.set(subnet.id, known);
  }
  return known;
}

export const publicAddresses = itemRule(
  itemSection({
    list: "instances",
    // An instance's answer reads its subnet, the tables that route it and the gateway a route
    // names: a resource of a list before the internet gateways' in the index (Regions, VPCs) may
    // take a gateway's id; the lists after them can't (topology-index.ts: the first id wins).
    uses: {
      subnets: instancesOfSubnet,
      routeTables: "whole",
      internetGateways: "whole",
      vpcs: "whole",
      regions: "whole",
      securityGroups: "ids",
      volumes: "ids",
      natGateways: "ids",
      elasticIps: "ids",
      networkAcls: "ids",
    },
    check: (inst, i, { index }, out) => {
      if (!inst.publicIp) return;
      const subnet = index.subnets.get(inst.subnet);
      // A subnet that routes to an internet gateway that isn't attached is public-subnet-no-igw's case;
      // one whose routes are outside the document may well be public.
      if (!subnet || routesOut(index, subnet) || subnetRoutesUnknown(index, subnet)) return;
      out.push(
        finding({
          messageId: "public-ip-private-subnet",
          path: jsonPath(["instances", i, "publicIp"]),
          resource: inst.id,
          params: { who: displayName(inst), subnet: displayName(subnet) },
        }),
      );
    },
  }),
);

export const securityGroupsOfInstances = itemRule(
  itemSection({
    list: "instances",
    // An instance's answer reads its subnet's VPC and its groups' VPCs and names.
    uses: { subnets: instancesOfSubnet, securityGroups: "whole" },
    check: (inst, i, { index }, out) => {
      const groups = inst.securityGroups ?? [];
      const vpc = index.subnets.get(inst.subnet)?.vpc;
      for (const [j, id] of groups.entries()) {
        const group = index.securityGroups.get(id);
        if (!group || vpc === undefined || group.vpc === vpc) continue;
        out.push(
          finding({
            messageId: "sg-other-vpc",
            path: jsonPath(["instances", i, "securityGroups", j]),
            resource: inst.id,
            params: { who: displayName(inst), vpc, group: displayName(group), groupVpc: group.vpc },
          }),
        );
      }
      if (groups.length > SECURITY_GROUPS_PER_INTERFACE) {
        out.push(
          finding({
            messageId: "sg-limit",
            path: jsonPath(["instances", i, "securityGroups"]),
            resource: inst.id,
            params: { who: displayName(inst), count: groups.length, max: SECURITY_GROUPS_PER_INTERFACE },
          }),
        );
      }
    },
  }),
);
