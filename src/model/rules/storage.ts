// EBS rules from the EC2 User Guide: a volume attaches only in its own zone, sizes and performance
// per volume type, Multi-Attach, one device name per instance, and which types can boot.

import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import { changedStretch } from "../same-items.ts";
import type { Topology, Volume, VolumeType } from "../schema.ts";
import { instancesOfSubnet, itemRule, itemSection, volumesOfInstance } from "./item-rules.ts";
import { about, type Finding, finding, type Rule, type RuleContext } from "./types.ts";

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
      subnets: (id, index) =>
        instancesOfSubnet(id, index).flatMap((inst) => volumesOfInstance(inst.id, index)),
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

/** A volume attached at a device its instance already uses, as found: what its finding is made from. */
interface DeviceConflict {
  i: number;
  j: number;
  volume: Volume;
  instance: string;
  device: string;
  /** The volume that uses the device first. */
  other: string;
}

/**
 * deviceNames' last look: the volumes (by identity), the devices they use and the conflicts. When
 * the next document's volumes are these with more at the end (a palette drop adds an instance's
 * root volume there), only those are looked at (issue #14: every attachment was looked at again on
 * every drop, ~10 ms at 10,000 instances). The answer is the one a look at every volume gives.
 */
let devicesSeen:
  | { volumes: Topology["volumes"]; used: Map<string, string>; conflicts: DeviceConflict[] }
  | undefined;

/** Forgets the last look, so the next one looks at every volume (tests compare the two). */
export function forgetDevicesSeen(): void {
  devicesSeen = undefined;
}

export function deviceNames({ doc, index }: RuleContext): Finding[] {
  const volumes = doc.volumes;
  let state = devicesSeen;
  const grown = state && changedStretch(state.volumes, volumes, volumes.length);
  if (!state || !grown || grown.gone.length > 0 || grown.tail > 0)
    state = { volumes: [], used: new Map(), conflicts: [] };
  for (let i = state.volumes.length; i < volumes.length; i++) {
    const vol = volumes[i] as Topology["volumes"][number];
    if (vol.external === true) continue;
    for (const [j, a] of (vol.attachments ?? []).entries()) {
      const key = `${a.instance}\u0000${a.device}`;
      const other = state.used.get(key);
      if (other === undefined) state.used.set(key, vol.id);
      else state.conflicts.push({ i, j, volume: vol, instance: a.instance, device: a.device, other });
    }
  }
  state.volumes = volumes;
  devicesSeen = state;
  return state.conflicts.map(({ i, j, volume, instance, device, other }) => {
    const inst = index.instances.get(instance);
    const who = inst ? displayName(inst) : instance;
    return about(
      finding({
        messageId: "ebs-device-conflict",
        path: jsonPath(["volumes", i, "attachments", j, "device"]),
        resource: volume.id,
        params: { who: displayName(volume), instance: who, device, other },
      }),
      other,
    );
  });
}

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
        const inst = index.instances.get(a.instance);
        out.push(
          finding({
            messageId: NVME_DEVICE_NAME.test(a.device) ? "ebs-device-name.nvme" : "ebs-device-name",
            path: jsonPath(["volumes", i, "attachments", j, "device"]),
            resource: vol.id,
            params: {
              who: displayName(vol),
              instance: inst ? displayName(inst) : a.instance,
              device: a.device,
            },
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
