// EBS rules from the EC2 User Guide: a volume attaches only in its own zone, sizes and performance
// per volume type, Multi-Attach, one device name per instance, and which types can boot.
import { jsonPath } from "../diagnostics.ts";
import type { Volume, VolumeType } from "../schema.ts";
import { type Finding, finding, label, type RuleContext } from "./types.ts";

interface Range {
  min: number;
  max: number;
}

/** Size in GiB, and IOPS / throughput where the type lets you set them. */
export const VOLUME_LIMITS: Record<
  VolumeType,
  { size: Range; iops?: Range; throughput?: Range; iopsRequired?: boolean }
> = {
  gp2: { size: { min: 1, max: 16_384 } },
  gp3: {
    size: { min: 1, max: 65_536 },
    iops: { min: 3_000, max: 80_000 },
    throughput: { min: 125, max: 2_000 },
  },
  io1: { size: { min: 4, max: 16_384 }, iops: { min: 100, max: 64_000 }, iopsRequired: true },
  io2: { size: { min: 4, max: 65_536 }, iops: { min: 100, max: 256_000 }, iopsRequired: true },
  st1: { size: { min: 125, max: 16_384 } },
  sc1: { size: { min: 125, max: 16_384 } },
  standard: { size: { min: 1, max: 1_024 } },
};

export const MULTI_ATTACH_TYPES: readonly VolumeType[] = ["io1", "io2"];
export const MULTI_ATTACH_MAX = 16;
export const ROOT_DEVICES: readonly string[] = ["/dev/xvda", "/dev/sda1"];

const n = (value: number) => value.toLocaleString("en-US");

export function volumeZones({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, vol] of doc.volumes.entries()) {
    for (const [j, a] of (vol.attachments ?? []).entries()) {
      const inst = index.instances.get(a.instance);
      const zone = inst ? index.subnets.get(inst.subnet)?.availabilityZone : undefined;
      if (!inst || zone === undefined || zone === vol.availabilityZone) continue;
      out.push(
        finding(
          "ebs-az-mismatch",
          jsonPath(["volumes", i, "attachments", j, "instance"]),
          vol.id,
          `Volume ${label(vol)} is in ${vol.availabilityZone} but is attached to instance ${label(inst)} in ${zone}. An EBS volume can attach only to an instance in its own Availability Zone (make a snapshot and restore it in ${zone} to move it).`,
          `볼륨 ${label(vol)}은(는) ${vol.availabilityZone}에 있는데 ${zone}의 인스턴스 ${label(inst)}에 연결되어 있습니다. EBS 볼륨은 같은 가용 영역의 인스턴스에만 연결됩니다(옮기려면 스냅샷을 만들어 ${zone}에서 복원하세요).`,
        ),
      );
    }
  }
  return out;
}

function rangeFinding(
  vol: Volume,
  i: number,
  field: "sizeGiB" | "iops" | "throughput",
  value: number,
  range: Range,
): Finding | undefined {
  if (value >= range.min && value <= range.max) return undefined;
  const unit = { sizeGiB: ["GiB", "GiB"], iops: ["IOPS", "IOPS"], throughput: ["MiB/s", "MiB/s"] }[field];
  const what = { sizeGiB: ["size", "크기"], iops: ["IOPS", "IOPS"], throughput: ["throughput", "처리량"] }[
    field
  ];
  return finding(
    "ebs-size",
    jsonPath(["volumes", i, field]),
    vol.id,
    `Volume ${label(vol)} (${vol.volumeType}) has a ${what[0]} of ${n(value)} ${unit[0]}; a ${vol.volumeType} volume allows ${n(range.min)} to ${n(range.max)} ${unit[0]}.`,
    `볼륨 ${label(vol)}(${vol.volumeType})의 ${what[1]}가 ${n(value)} ${unit[1]}입니다. ${vol.volumeType} 볼륨은 ${n(range.min)}~${n(range.max)} ${unit[1]}만 허용합니다.`,
  );
}

export function volumeSizes({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, vol] of doc.volumes.entries()) {
    const limits = VOLUME_LIMITS[vol.volumeType];
    const size = rangeFinding(vol, i, "sizeGiB", vol.sizeGiB, limits.size);
    if (size) out.push(size);
    for (const field of ["iops", "throughput"] as const) {
      const value = vol[field];
      const range = limits[field];
      if (value === undefined) {
        if (field === "iops" && limits.iopsRequired) {
          out.push(
            finding(
              "ebs-size",
              jsonPath(["volumes", i]),
              vol.id,
              `Volume ${label(vol)} is ${vol.volumeType}, a provisioned IOPS type: give it an iops value (${n(limits.iops?.min ?? 0)} to ${n(limits.iops?.max ?? 0)}).`,
              `볼륨 ${label(vol)}은(는) 프로비저닝된 IOPS 유형(${vol.volumeType})이므로 iops 값(${n(limits.iops?.min ?? 0)}~${n(limits.iops?.max ?? 0)})이 있어야 합니다.`,
            ),
          );
        }
        continue;
      }
      if (!range) {
        out.push(
          finding(
            "ebs-size",
            jsonPath(["volumes", i, field]),
            vol.id,
            `Volume ${label(vol)} sets ${field}, but a ${vol.volumeType} volume doesn't let you choose it${field === "iops" ? " (only gp3, io1 and io2 do)" : " (only gp3 does)"}.`,
            `볼륨 ${label(vol)}에 ${field}가 있지만 ${vol.volumeType} 볼륨은 이 값을 정할 수 없습니다${field === "iops" ? "(gp3, io1, io2만 가능)" : "(gp3만 가능)"}.`,
          ),
        );
        continue;
      }
      const problem = rangeFinding(vol, i, field, value, range);
      if (problem) out.push(problem);
    }
  }
  return out;
}

export function multiAttach({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, vol] of doc.volumes.entries()) {
    const count = vol.attachments?.length ?? 0;
    const capable = MULTI_ATTACH_TYPES.includes(vol.volumeType);
    if (vol.multiAttach && !capable) {
      out.push(
        finding(
          "ebs-multi-attach",
          jsonPath(["volumes", i, "multiAttach"]),
          vol.id,
          `Volume ${label(vol)} turns on Multi-Attach, but only io1 and io2 volumes support it, not ${vol.volumeType}.`,
          `볼륨 ${label(vol)}에 다중 연결(Multi-Attach)이 켜져 있지만 이 기능은 io1과 io2 볼륨만 지원합니다(${vol.volumeType}은 불가).`,
        ),
      );
    } else if (count > 1 && !vol.multiAttach) {
      out.push(
        finding(
          "ebs-multi-attach",
          jsonPath(["volumes", i, "attachments"]),
          vol.id,
          `Volume ${label(vol)} is attached to ${count} instances, but a volume attaches to one instance at a time unless it is an io1/io2 volume with multiAttach: true.`,
          `볼륨 ${label(vol)}이(가) 인스턴스 ${count}개에 연결되어 있습니다. multiAttach: true인 io1/io2 볼륨이 아니면 볼륨은 한 번에 인스턴스 하나에만 연결됩니다.`,
        ),
      );
    }
    if (count > MULTI_ATTACH_MAX) {
      out.push(
        finding(
          "ebs-multi-attach",
          jsonPath(["volumes", i, "attachments"]),
          vol.id,
          `Volume ${label(vol)} is attached to ${count} instances; Multi-Attach allows at most ${MULTI_ATTACH_MAX}.`,
          `볼륨 ${label(vol)}이(가) 인스턴스 ${count}개에 연결되어 있습니다. 다중 연결은 최대 ${MULTI_ATTACH_MAX}개까지입니다.`,
        ),
      );
    }
  }
  return out;
}

export function deviceNames({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const used = new Map<string, string>(); // "instance device" -> volume id
  for (const [i, vol] of doc.volumes.entries()) {
    for (const [j, a] of (vol.attachments ?? []).entries()) {
      const key = `${a.instance}\u0000${a.device}`;
      const other = used.get(key);
      if (other === undefined) {
        used.set(key, vol.id);
        continue;
      }
      const inst = index.instances.get(a.instance);
      const who = inst ? label(inst) : a.instance;
      out.push(
        finding(
          "ebs-device-conflict",
          jsonPath(["volumes", i, "attachments", j, "device"]),
          vol.id,
          `Volume ${label(vol)} is attached to instance ${who} as ${a.device}, which volume ${other} already uses there. Each device name is used once per instance: pick a free one such as /dev/sdf to /dev/sdp.`,
          `볼륨 ${label(vol)}이(가) 인스턴스 ${who}에 ${a.device}로 연결되어 있는데, 이 이름은 이미 볼륨 ${other}이(가) 쓰고 있습니다. 장치 이름은 인스턴스마다 한 번만 쓸 수 있으니 /dev/sdf~/dev/sdp 중 빈 이름을 고르세요.`,
        ),
      );
    }
  }
  return out;
}

export function bootVolumes({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [i, vol] of doc.volumes.entries()) {
    if (vol.volumeType !== "st1" && vol.volumeType !== "sc1") continue;
    for (const [j, a] of (vol.attachments ?? []).entries()) {
      if (!ROOT_DEVICES.includes(a.device)) continue;
      out.push(
        finding(
          "ebs-boot-type",
          jsonPath(["volumes", i, "attachments", j, "device"]),
          vol.id,
          `Volume ${label(vol)} is ${vol.volumeType} (HDD) attached as the root device ${a.device}, but st1 and sc1 volumes can't be boot volumes. Use gp3 for the root volume and keep ${vol.volumeType} for data.`,
          `볼륨 ${label(vol)}은(는) ${vol.volumeType}(HDD)인데 루트 장치 ${a.device}로 연결되어 있습니다. st1과 sc1 볼륨은 부팅 볼륨이 될 수 없습니다. 루트 볼륨은 gp3로 하고 ${vol.volumeType}은 데이터용으로 쓰세요.`,
        ),
      );
    }
  }
  return out;
}
