// Commands that add compute resources: EC2 instances (with their root EBS volume), data volumes
// and security groups.

import { SECURITY_GROUPS_PER_INTERFACE } from "../aws-limits.ts";
import { labelText } from "../kind-labels.ts";
import { isSubnetIdPublic } from "../routing.ts";
import { ROOT_DEVICES } from "../rules/storage.ts";
import { findDefined, type Instance, type SecurityGroup, type Topology, type Volume } from "../schema.ts";
import { nextId } from "./ids.ts";
import { type CommandResult, done, notFound, refuse } from "./types.ts";

const DEFAULT_INSTANCE_TYPE = "t3.micro";
/** Shaped like an Amazon Linux AMI id. Real AMI ids differ per Region; users replace it. */
const DEFAULT_AMI_ID = "ami-0d1b55a6d77a0c326";
/** The first root device name AWS uses (Amazon Linux AMIs boot from /dev/xvda). */
const ROOT_DEVICE = ROOT_DEVICES[0] as string;
const ROOT_VOLUME_GIB = 8;
const DATA_VOLUME_GIB = 20;
/** AWS recommends /dev/sdf to /dev/sdp for data volumes. */
export const DATA_DEVICES = [..."fghijklmnop"].map((letter) => `/dev/sd${letter}`);

/** The subnet, VPC and AZ an instance lives in, when its references resolve. */
export function placementOf(doc: Topology, instance: Instance) {
  const subnet = findDefined(doc.subnets, instance.subnet);
  return subnet ? { subnet, vpcId: subnet.vpc, az: subnet.availabilityZone } : undefined;
}

/** Launches a t3.micro in the subnet with an 8 GiB gp3 root volume in the same AZ. */
export function addInstance(doc: Topology, args: { subnetId: string }): CommandResult {
  const subnet = findDefined(doc.subnets, args.subnetId);
  if (!subnet) return notFound("subnet", args.subnetId);
  const instance: Instance = {
    id: nextId(doc, "i"),
    subnet: subnet.id,
    instanceType: DEFAULT_INSTANCE_TYPE,
    imageId: DEFAULT_AMI_ID,
    // A public subnet usually maps a public IPv4 address on launch; a private one doesn't.
    publicIp: isSubnetIdPublic(doc, subnet.id),
  };
  const withInstance = { ...doc, instances: [...doc.instances, instance] };
  const root: Volume = {
    // From `doc`, not `withInstance`: the new instance's "i-" id can't take a "vol-" number, and
    // withInstance's new instance list would have its ids read again (100,000 at 100,000 instances,
    // on every place a palette drag tries).
    id: nextId(doc, "vol"),
    availabilityZone: subnet.availabilityZone,
    sizeGiB: ROOT_VOLUME_GIB,
    volumeType: "gp3",
    attachments: [{ instance: instance.id, device: ROOT_DEVICE }],
  };
  return done({ ...withInstance, volumes: [...doc.volumes, root] }, instance.id);
}

/** Device names already used on an instance, by any volume attached to it. */
export function devicesOf(doc: Topology, instanceId: string): Set<string> {
  const used = new Set<string>();
  for (const v of doc.volumes)
    for (const a of v.attachments ?? []) if (a.instance === instanceId) used.add(a.device);
  return used;
}

/** Creates a gp3 volume in the instance's AZ, attached at its next free /dev/sd[f-p]. */
export function addVolume(doc: Topology, args: { instanceId: string }): CommandResult {
  const instance = findDefined(doc.instances, args.instanceId);
  if (!instance) return notFound("instance", args.instanceId);
  const place = placementOf(doc, instance);
  if (!place) return notFound("subnet", instance.subnet);
  const used = devicesOf(doc, instance.id);
  const device = DATA_DEVICES.find((d) => !used.has(d));
  if (!device) return refuse("device-names-used", { instance: labelText(doc, "instance", instance.id) });
  const volume: Volume = {
    id: nextId(doc, "vol"),
    availabilityZone: place.az,
    sizeGiB: DATA_VOLUME_GIB,
    volumeType: "gp3",
    attachments: [{ instance: instance.id, device }],
  };
  return done({ ...doc, volumes: [...doc.volumes, volume] }, volume.id);
}

function newGroup(doc: Topology, vpcId: string): SecurityGroup {
  // A new AWS security group lets nothing in and (by default) everything out.
  return { id: nextId(doc, "sg"), vpc: vpcId, ingress: [] };
}

/**
 * Creates a security group in a VPC. Given an instance, the group is created in the instance's VPC
 * and assigned to it (refused when the instance already has the most groups AWS allows).
 */
export function addSecurityGroup(
  doc: Topology,
  args: { instanceId: string } | { vpcId: string },
): CommandResult {
  if ("vpcId" in args) {
    if (!doc.vpcs.some((v) => v.id === args.vpcId)) return notFound("vpc", args.vpcId);
    const group = newGroup(doc, args.vpcId);
    return done({ ...doc, securityGroups: [...doc.securityGroups, group] }, group.id);
  }
  const instance = findDefined(doc.instances, args.instanceId);
  if (!instance) return notFound("instance", args.instanceId);
  const place = placementOf(doc, instance);
  if (!place) return notFound("subnet", instance.subnet);
  const assigned = instance.securityGroups ?? [];
  if (assigned.length >= SECURITY_GROUPS_PER_INTERFACE) {
    return refuse("sg-limit", {
      instance: labelText(doc, "instance", instance.id),
      limit: SECURITY_GROUPS_PER_INTERFACE,
    });
  }
  const group = newGroup(doc, place.vpcId);
  const instances = doc.instances.map((i) =>
    i === instance ? { ...i, securityGroups: [...assigned, group.id] } : i,
  );
  return done({ ...doc, securityGroups: [...doc.securityGroups, group], instances }, group.id);
}
