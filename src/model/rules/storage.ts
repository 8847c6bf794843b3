// EBS rules from the EC2 User Guide: a volume attaches only in its own zone, sizes and performance
// per volume type, Multi-Attach, one device name per instance, and which types can boot.

import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import type { Volume, VolumeType } from "../schema.ts";
import type { TopologyIndex } from "../topology-index.ts";
import { instancesOfSubnet, itemRule, itemSection, volumesOfInstance } from "./item-rules.ts";
import { about, type Finding, finding, type Rule } from "./types.ts";

interface Range {
  min: number;
  max: number;
}

/**
 * The EBS limits, in one place: size in GiB, IOPS / throughput where the type lets you set them,
 * how much IOPS a GiB of size allows and how much throughput an IOPS allows, whether it can be a
 * boot volume and whether it supports Multi-Attach. The rules check them and the explanations
 * (src/explain/) show them. Ratios: EBS User Guide, general-purpose.html (gp3, raised in 2025) and
 * provisioned-iops.html (io1; io2, all Block Express since April 2025).
 */
export const VOLUME_LIMITS: Record<
  VolumeType,
  {
    size: Range;
    iops?: Range;
    throughput?: Range;
    iopsRequired?: boolean;
    /** Most IOPS per GiB of size (a gp3 volume always gets its baseline, whatever its size). */
    iopsPerGiB?: number;
    /** Most MiB/s of throughput per provisioned IOPS (the baseline throughput is always allowed). */
    throughputPerIops?: number;
    bootable: boolean;
    multiAttach: boolean;
  }
> = {
  gp2: { size: { min: 1, max: 16_384 }, bootable: true, multiAttach: false },
  gp3: {
    size: { min: 1, max: 65_536 },
    iops: { min: 3_000, max: 80_000 },
    throughput: { min: 125, max: 2_000 },
    iopsPerGiB: 500,
    throughputPerIops: 0.25,
    bootable: true,
    multiAttach: false,
  },
  io1: {
    size: { min: 4, max: 16_384 },
    iops: { min: 100, max: 64_000 },
    iopsRequired: true,
    iopsPerGiB: 50,
    bootable: true,
    multiAttach: true,
  },
  io2: {
    size: { min: 4, max: 65_536 },
    iops: { min: 100, max: 256_000 },
    iopsRequired: true,
    iopsPerGiB: 1_000,
    bootable: true,
    multiAttach: true,
  },
  st1: { size: { min: 125, max: 16_384 }, bootable: false, multiAttach: false },
  sc1: { size: { min: 125, max: 16_384 }, bootable: false, multiAttach: false },
  standard: { size: { min: 1, max: 1_024 }, bootable: true, multiAttach: false },
};

const VOLUME_TYPES = Object.keys(VOLUME_LIMITS) as VolumeType[];
const MULTI_ATTACH_TYPES: readonly VolumeType[] = VOLUME_TYPES.filter((t) => VOLUME_LIMITS[t].multiAttach);
export const MULTI_ATTACH_MAX = 16;
export const ROOT_DEVICES: readonly string[] = ["/dev/xvda", "/dev/sda1"];

/** The most IOPS a volume of this type and size may have (undefined: the type has no IOPS setting). */
export function maxIops(type: VolumeType, sizeGiB: number): number | undefined {
  const { iops, iopsPerGiB } = VOLUME_LIMITS[type];
  if (!iops) return undefined;
  if (iopsPerGiB === undefined) return iops.max;
  return Math.max(iops.min, Math.min(iops.max, sizeGiB * iopsPerGiB));
}

/** The most throughput (MiB/s) a volume of this type may have with `iops` (absent: the baseline). */
export function maxThroughput(type: VolumeType, iops: number | undefined): number | undefined {
  const limits = VOLUME_LIMITS[type];
  if (!limits.throughput) return undefined;
  if (limits.throughputPerIops === undefined) return limits.throughput.max;
  const provisioned = iops ?? limits.iops?.min ?? 0;
  return Math.max(
    limits.throughput.min,
    Math.min(limits.throughput.max, Math.floor(provisioned * limits.throughputPerIops)),
  );
}

const inRange = (value: number, range: Range | undefined) =>
  range !== undefined && value >= range.min && value <= range.max;

export const volumeZones = itemRule(
  itemSection({
    list: "volumes",
    // A volume's answer reads its instances and their subnets' zones.
    uses: {
      instances: volumesOfInstance,
      subnets: (subnet, index) =>
        instancesOfSubnet(subnet, index).flatMap((inst) => volumesOfInstance(inst, index)),
    },
    check: (vol, i, { index }, out) => {
      for (const [j, a] of (vol.attachments ?? []).entries()) {
        const inst = index.instances.get(a.instance);
        const zone = inst ? index.subnets.get(inst.subnet)?.availabilityZone : undefined;
        if (!inst || zone === undefined || zone === vol.availabilityZone) continue;
        out.push(
          finding({
            messageId: "ebs-az-mismatch",
            path: jsonPath(["volumes", i, "attachments", j, "instance"]),
            resource: vol.id,
            params: {
              who: displayName(vol),
              zone: vol.availabilityZone,
              instance: displayName(inst),
              instanceZone: zone,
            },
          }),
        );
      }
    },
  }),
);

function rangeFinding(
  vol: Volume,
  i: number,
  field: "sizeGiB" | "iops" | "throughput",
  value: number,
  range: Range,
): Finding | undefined {
  if (value >= range.min && value <= range.max) return undefined;
  return finding({
    messageId: "ebs-size.range",
    path: jsonPath(["volumes", i, field]),
    resource: vol.id,
    params: { who: displayName(vol), type: vol.volumeType, field, value, ...range },
  });
}

export const volumeSizes = itemRule(
  itemSection({
    list: "volumes",
    check: (vol, i, _ctx, out) => {
      const limits = VOLUME_LIMITS[vol.volumeType];
      const size = rangeFinding(vol, i, "sizeGiB", vol.sizeGiB, limits.size);
      if (size) out.push(size);
      for (const field of ["iops", "throughput"] as const) {
        const value = vol[field];
        const range = limits[field];
        if (value === undefined) {
          if (field === "iops" && limits.iopsRequired) {
            out.push(
              finding({
                messageId: "ebs-size.iops-required",
                path: jsonPath(["volumes", i]),
                resource: vol.id,
                params: {
                  who: displayName(vol),
                  type: vol.volumeType,
                  min: limits.iops?.min ?? 0,
                  max: limits.iops?.max ?? 0,
                },
              }),
            );
          }
          continue;
        }
        if (!range) {
          out.push(
            finding({
              messageId: "ebs-size.not-settable",
              path: jsonPath(["volumes", i, field]),
              resource: vol.id,
              params: { who: displayName(vol), type: vol.volumeType, field },
            }),
          );
          continue;
        }
        const problem = rangeFinding(vol, i, field, value, range);
        if (problem) out.push(problem);
      }
    },
  }),
);

export const multiAttach = itemRule(
  itemSection({
    list: "volumes",
    check: (vol, i, _ctx, out) => {
      const count = vol.attachments?.length ?? 0;
      const capable = MULTI_ATTACH_TYPES.includes(vol.volumeType);
      if (vol.multiAttach && !capable) {
        out.push(
          finding({
            messageId: "ebs-multi-attach.type",
            path: jsonPath(["volumes", i, "multiAttach"]),
            resource: vol.id,
            params: { who: displayName(vol), type: vol.volumeType },
          }),
        );
      } else if (count > 1 && !vol.multiAttach) {
        out.push(
          finding({
            messageId: "ebs-multi-attach.off",
            path: jsonPath(["volumes", i, "attachments"]),
            resource: vol.id,
            params: { who: displayName(vol), count },
          }),
        );
      }
      if (count > MULTI_ATTACH_MAX) {
        out.push(
          finding({
            messageId: "ebs-multi-attach.too-many",
            path: jsonPath(["volumes", i, "attachments"]),
            resource: vol.id,
            params: { who: displayName(vol), count, max: MULTI_ATTACH_MAX },
          }),
        );
      }
    },
  }),
);

/**
 * The volume that takes the device of `vol`'s attachment `j` before it, in document order: another
 * volume attached to that instance at that device earlier in the list, or `vol` itself when an
 * earlier attachment of its own does. Undefined when this attachment is the first.
 */
function earlierUser(vol: Volume, j: number, index: TopologyIndex): string | undefined {
  const attachments = vol.attachments ?? [];
  const a = attachments[j] as (typeof attachments)[number];
  const first = index.volumesByInstance.get(a.instance)?.find((u) => u.device === a.device);
  if (first !== undefined && first.volume !== vol) return first.volume.id;
  for (let k = 0; k < j; k++) {
    const b = attachments[k] as (typeof attachments)[number];
    if (b.instance === a.instance && b.device === a.device) return vol.id;
  }
  return undefined;
}

/** An attachment's instance as a finding names it: its name, or the id when no instance has it. */
function instanceName(index: TopologyIndex, id: string): string {
  const inst = index.instances.get(id);
  return inst ? displayName(inst) : id;
}

/** The volumes attached to the instances `vol` is attached to (each reads the earlier ones' devices). */
const besideOnInstances = (vol: { id: string }, index: TopologyIndex): Volume[] =>
  ((vol as Volume).attachments ?? []).flatMap((a) => volumesOfInstance({ id: a.instance }, index));

export const deviceNames = itemRule(
  itemSection({
    list: "volumes",
    uses: { volumes: besideOnInstances, instances: volumesOfInstance },
    check: (vol, i, { index }, out) => {
      for (const [j, a] of (vol.attachments ?? []).entries()) {
        const other = earlierUser(vol, j, index);
        if (other === undefined) continue;
        out.push(
          about(
            finding({
              messageId: "ebs-device-conflict",
              path: jsonPath(["volumes", i, "attachments", j, "device"]),
              resource: vol.id,
              params: {
                who: displayName(vol),
                instance: instanceName(index, a.instance),
                device: a.device,
                other,
              },
            }),
            other,
          ),
        );
      }
    },
  }),
);

/**
 * Device names AWS accepts when a volume is attached (EC2 User Guide, device_naming.html): Linux HVM
 * /dev/sd[a-z], /dev/xvd[a-d][a-z], /dev/xvd[e-z] (root /dev/xvda or /dev/sda1); paravirtual also
 * /dev/sd[a-z][1-15], /dev/hd[a-z] and /dev/hd[a-z][1-15]; Windows xvd[b-z], xvd[b-c][a-z] and
 * /dev/sd[b-e] (importers write Windows names with "/dev/" too). NVMe names are the ones Linux
 * gives inside the instance: AWS renames a volume to /dev/nvme[0-26]n1, never the other way round.
 */
const AWS_DEVICE_NAME =
  /^\/dev\/(?:sd[a-z](?:1[0-5]|[1-9])?|hd[a-z](?:1[0-5]|[1-9])?|xvd[a-z]|xvd[a-d][a-z])$/;
const NVME_DEVICE_NAME = /^\/dev\/nvme\d+n\d+(?:p\d+)?$/;

/** Whether AWS accepts `device` as the device name of an attachment. */
function isAwsDeviceName(device: string): boolean {
  return AWS_DEVICE_NAME.test(device);
}

export const unknownDeviceNames = itemRule(
  itemSection({
    list: "volumes",
    uses: { instances: volumesOfInstance },
    check: (vol, i, { index }, out) => {
      for (const [j, a] of (vol.attachments ?? []).entries()) {
        if (isAwsDeviceName(a.device)) continue;
        out.push(
          finding({
            messageId: NVME_DEVICE_NAME.test(a.device) ? "ebs-device-name.nvme" : "ebs-device-name",
            path: jsonPath(["volumes", i, "attachments", j, "device"]),
            resource: vol.id,
            params: { who: displayName(vol), instance: instanceName(index, a.instance), device: a.device },
          }),
        );
      }
    },
  }),
);

/** The rule that finds volumes `refused` attaches as a root device (both boot rules share it). */
function rootDeviceRule(
  code: "ebs-boot-type" | "ebs-boot-multi-attach",
  refused: (vol: Volume) => boolean,
): Rule {
  return itemRule(
    itemSection({
      list: "volumes",
      check: (vol, i, _ctx, out) => {
        if (!refused(vol)) return;
        for (const [j, a] of (vol.attachments ?? []).entries()) {
          if (!ROOT_DEVICES.includes(a.device)) continue;
          out.push(
            finding({
              messageId: code,
              path: jsonPath(["volumes", i, "attachments", j, "device"]),
              resource: vol.id,
              params: { who: displayName(vol), type: vol.volumeType, device: a.device },
            }),
          );
        }
      },
    }),
  );
}

/** st1 and sc1 (HDD) volumes can't boot. */
export const bootVolumes = rootDeviceRule("ebs-boot-type", (vol) => !VOLUME_LIMITS[vol.volumeType].bootable);

/**
 * A Multi-Attach volume (io1/io2 with multiAttach: true) can't boot. On a type without Multi-Attach,
 * ebs-multi-attach already says the flag is wrong.
 */
export const multiAttachBootVolumes = rootDeviceRule(
  "ebs-boot-multi-attach",
  (vol) => vol.multiAttach === true && VOLUME_LIMITS[vol.volumeType].multiAttach,
);

/**
 * IOPS beyond what the size allows (IOPS per GiB), throughput beyond what the IOPS allow (MiB/s per
 * IOPS). Values already outside the type's absolute range are ebs-size's, not repeated here.
 */
export const performanceRatios = itemRule(
  itemSection({
    list: "volumes",
    check: (vol, i, _ctx, out) => {
      const limits = VOLUME_LIMITS[vol.volumeType];
      if (!inRange(vol.sizeGiB, limits.size)) return;
      const iopsMax = maxIops(vol.volumeType, vol.sizeGiB);
      const iopsOk = vol.iops === undefined || inRange(vol.iops, limits.iops);
      if (
        vol.iops !== undefined &&
        iopsOk &&
        iopsMax !== undefined &&
        vol.iops > iopsMax &&
        limits.iopsPerGiB
      ) {
        out.push(
          finding({
            messageId: "ebs-performance-ratio.iops",
            path: jsonPath(["volumes", i, "iops"]),
            resource: vol.id,
            params: {
              who: displayName(vol),
              type: vol.volumeType,
              value: vol.iops,
              size: vol.sizeGiB,
              ratio: limits.iopsPerGiB,
              max: iopsMax,
              needed: Math.ceil(vol.iops / limits.iopsPerGiB),
            },
          }),
        );
      }
      const tput = vol.throughput;
      const perIops = limits.throughputPerIops;
      if (tput === undefined || !iopsOk || !inRange(tput, limits.throughput) || perIops === undefined) return;
      const tputMax = maxThroughput(vol.volumeType, vol.iops);
      if (tputMax === undefined || tput <= tputMax) return;
      out.push(
        finding({
          messageId: "ebs-performance-ratio.throughput",
          path: jsonPath(["volumes", i, "throughput"]),
          resource: vol.id,
          params: {
            who: displayName(vol),
            type: vol.volumeType,
            value: tput,
            iops: vol.iops ?? limits.iops?.min ?? 0,
            ratio: perIops,
            max: tputMax,
            needed: Math.ceil(tput / perIops),
          },
        }),
      );
    },
  }),
);
