// Moving an instance between subnets, and assigning an existing security group to an instance.

import { SECURITY_GROUPS_PER_INTERFACE } from "../aws-limits.ts";
import { displayName, labelText } from "../kind-labels.ts";
import { findDefined, type Topology } from "../schema.ts";
import { placementOf } from "./add-compute.ts";
import { type CommandResult, done, notFound, refuse } from "./types.ts";

/**
 * Moves an instance into another subnet. Refused across AZs while EBS volumes are attached (a volume
 * stays in its AZ), and across VPCs while security groups are assigned (a group belongs to a VPC).
 */
export function moveInstance(doc: Topology, args: { instanceId: string; subnetId: string }): CommandResult {
  const instance = findDefined(doc.instances, args.instanceId);
  if (!instance) return notFound("instance", args.instanceId);
  const target = findDefined(doc.subnets, args.subnetId);
  if (!target) return notFound("subnet", args.subnetId);
  if (instance.subnet === target.id) return done(doc, instance.id);
  const from = placementOf(doc, instance);
  if (from && from.az !== target.availabilityZone) {
    const attached = doc.volumes.filter((v) => (v.attachments ?? []).some((a) => a.instance === instance.id));
    if (attached.length > 0) {
      return refuse("move-ebs-cross-az", {
        instance: labelText(doc, "instance", instance.id),
        from: from.az,
        to: target.availabilityZone,
        volumes: attached.map((v) => displayName(v)).join(", "),
      });
    }
  }
  if (from && from.vpcId !== target.vpc && (instance.securityGroups ?? []).length > 0) {
    return refuse("move-sg-other-vpc", {
      instance: labelText(doc, "instance", instance.id),
      vpc: labelText(doc, "vpc", target.vpc),
    });
  }
  const instances = doc.instances.map((i) => (i === instance ? { ...i, subnet: target.id } : i));
  return done({ ...doc, instances }, instance.id);
}

/** Assigns an existing group to an instance of the same VPC. */
export function assignSecurityGroup(
  doc: Topology,
  args: { instanceId: string; groupId: string },
): CommandResult {
  const instance = findDefined(doc.instances, args.instanceId);
  if (!instance) return notFound("instance", args.instanceId);
  const group = findDefined(doc.securityGroups, args.groupId);
  if (!group) return notFound("securityGroup", args.groupId);
  const assigned = instance.securityGroups ?? [];
  const instanceLabel = labelText(doc, "instance", instance.id);
  if (assigned.includes(group.id)) {
    return refuse("sg-already-assigned", {
      group: labelText(doc, "securityGroup", group.id),
      instance: instanceLabel,
    });
  }
  if (assigned.length >= SECURITY_GROUPS_PER_INTERFACE) {
    return refuse("sg-limit", { instance: instanceLabel, limit: SECURITY_GROUPS_PER_INTERFACE });
  }
  const place = placementOf(doc, instance);
  if (place && place.vpcId !== group.vpc) {
    return refuse("sg-other-vpc", {
      group: labelText(doc, "securityGroup", group.id),
      vpc: labelText(doc, "vpc", group.vpc),
    });
  }
  const instances = doc.instances.map((i) =>
    i === instance ? { ...i, securityGroups: [...assigned, group.id] } : i,
  );
  return done({ ...doc, instances }, instance.id);
}
