import { describe, expect, it } from "vitest";
import type { Topology, Volume } from "../schema.ts";
import { baseTopology, codesOf, runRule, withEdit } from "../testing/fixtures.ts";
import {
  bootVolumes,
  deviceNames,
  MULTI_ATTACH_MAX,
  multiAttach,
  VOLUME_LIMITS,
  volumeSizes,
  volumeZones,
} from "./storage.ts";

/** The base document plus one data volume in the web instance's zone. */
const withVolume = (volume: Partial<Volume>, edit?: (d: Topology) => void) =>
  withEdit((d) => {
    d.volumes.push({
      id: "vol-x",
      availabilityZone: "ap-northeast-2a",
      sizeGiB: 100,
      volumeType: "gp3",
      ...volume,
    });
    edit?.(d);
  });

describe("ebs-az-mismatch", () => {
  it("passes volumes attached in their own zone", () => {
    expect(runRule(volumeZones, baseTopology())).toEqual([]);
  });

  it("flags a volume attached to an instance in another zone", () => {
    const doc = withVolume({ attachments: [{ instance: "i-app", device: "/dev/sdf" }] });
    const found = runRule(volumeZones, doc);
    expect(codesOf(found)).toEqual(["ebs-az-mismatch"]);
    expect(found[0]).toMatchObject({ path: "$.volumes[2].attachments[0].instance", resource: "vol-x" });
    expect(found[0]?.message.en).toContain("ap-northeast-2c");
  });

  it("ignores attachments to unknown instances (a reference problem)", () => {
    expect(
      runRule(volumeZones, withVolume({ attachments: [{ instance: "nope", device: "/dev/sdf" }] })),
    ).toEqual([]);
  });
});

describe("ebs-size", () => {
  const sizeCodes = (v: Partial<Volume>) => codesOf(runRule(volumeSizes, withVolume(v)));

  it("accepts gp3 at 65,536 GiB and rejects 65,537", () => {
    expect(sizeCodes({ sizeGiB: 65_536 })).toEqual([]);
    const found = runRule(volumeSizes, withVolume({ sizeGiB: 65_537 }));
    expect(codesOf(found)).toEqual(["ebs-size"]);
    expect(found[0]?.path).toBe("$.volumes[2].sizeGiB");
    expect(found[0]?.message.en).toContain("65,536");
  });

  it("checks each type's own bounds, at and just past each edge", () => {
    for (const [type, limits] of Object.entries(VOLUME_LIMITS)) {
      const volumeType = type as Volume["volumeType"];
      const iops = limits.iopsRequired ? { iops: limits.iops?.min } : {};
      expect(sizeCodes({ volumeType, sizeGiB: limits.size.min, ...iops }), `${type} min`).toEqual([]);
      expect(sizeCodes({ volumeType, sizeGiB: limits.size.max, ...iops }), `${type} max`).toEqual([]);
      expect(sizeCodes({ volumeType, sizeGiB: limits.size.max + 1, ...iops }), `${type} max+1`).toEqual([
        "ebs-size",
      ]);
      if (limits.size.min > 1) {
        expect(sizeCodes({ volumeType, sizeGiB: limits.size.min - 1, ...iops }), `${type} min-1`).toEqual([
          "ebs-size",
        ]);
      }
    }
  });

  it("requires iops on io1 and io2, at the volume's path", () => {
    const found = runRule(volumeSizes, withVolume({ volumeType: "io1" }));
    expect(codesOf(found)).toEqual(["ebs-size"]);
    expect(found[0]?.path).toBe("$.volumes[2]");
    expect(sizeCodes({ volumeType: "io2" })).toEqual(["ebs-size"]);
    expect(sizeCodes({ volumeType: "io1", iops: 3000 })).toEqual([]);
  });

  it("checks IOPS and throughput ranges", () => {
    expect(sizeCodes({ iops: 3000, throughput: 125 })).toEqual([]);
    expect(sizeCodes({ iops: 80_001 })).toEqual(["ebs-size"]);
    expect(sizeCodes({ throughput: 2_001 })).toEqual(["ebs-size"]);
    expect(sizeCodes({ volumeType: "io1", iops: 64_001 })).toEqual(["ebs-size"]);
    expect(sizeCodes({ volumeType: "io2", iops: 256_000 })).toEqual([]);
  });

  it("rejects iops or throughput on types that don't take them", () => {
    expect(sizeCodes({ volumeType: "gp2", iops: 3000 })).toEqual(["ebs-size"]);
    expect(sizeCodes({ volumeType: "io1", iops: 3000, throughput: 500 })).toEqual(["ebs-size"]);
    expect(sizeCodes({ volumeType: "st1", sizeGiB: 500, throughput: 500 })).toEqual(["ebs-size"]);
  });
});

describe("ebs-multi-attach", () => {
  it("rejects multiAttach on gp3", () => {
    const found = runRule(multiAttach, withVolume({ multiAttach: true }));
    expect(codesOf(found)).toEqual(["ebs-multi-attach"]);
    expect(found[0]?.path).toBe("$.volumes[2].multiAttach");
  });

  it("allows io2 with multiAttach on several instances", () => {
    const doc = withVolume({
      volumeType: "io2",
      iops: 1000,
      multiAttach: true,
      attachments: [
        { instance: "i-web", device: "/dev/sdf" },
        { instance: "i-app", device: "/dev/sdf" },
      ],
    });
    expect(runRule(multiAttach, doc)).toEqual([]);
  });

  it("rejects two attachments without multiAttach", () => {
    const doc = withVolume({
      attachments: [
        { instance: "i-web", device: "/dev/sdf" },
        { instance: "i-app", device: "/dev/sdf" },
      ],
    });
    const found = runRule(multiAttach, doc);
    expect(found.map((f) => [f.code, f.path])).toEqual([["ebs-multi-attach", "$.volumes[2].attachments"]]);
  });

  it(`rejects more than ${MULTI_ATTACH_MAX} attachments even with multiAttach`, () => {
    const attach = (n: number) =>
      Array.from({ length: n }, (_, k) => ({ instance: `i-${k}`, device: "/dev/sdf" }));
    const base = { volumeType: "io2" as const, iops: 1000, multiAttach: true };
    expect(runRule(multiAttach, withVolume({ ...base, attachments: attach(MULTI_ATTACH_MAX) }))).toEqual([]);
    expect(
      codesOf(runRule(multiAttach, withVolume({ ...base, attachments: attach(MULTI_ATTACH_MAX + 1) }))),
    ).toEqual(["ebs-multi-attach"]);
  });
});

describe("ebs-device-conflict", () => {
  it("passes distinct devices, and the same device on different instances", () => {
    const doc = withVolume({ attachments: [{ instance: "i-web", device: "/dev/sdf" }] }, (d) => {
      d.volumes.push({
        id: "vol-y",
        availabilityZone: "ap-northeast-2c",
        sizeGiB: 10,
        volumeType: "gp3",
        attachments: [{ instance: "i-app", device: "/dev/sdf" }],
      });
    });
    expect(runRule(deviceNames, doc)).toEqual([]);
  });

  it("flags two volumes at the same device on one instance", () => {
    const doc = withVolume({ attachments: [{ instance: "i-web", device: "/dev/xvda" }] });
    const found = runRule(deviceNames, doc);
    expect(codesOf(found)).toEqual(["ebs-device-conflict"]);
    expect(found[0]).toMatchObject({ path: "$.volumes[2].attachments[0].device", resource: "vol-x" });
    expect(found[0]?.message.en).toContain("vol-web-root");
  });
});

describe("ebs-boot-type", () => {
  it("rejects st1 at /dev/xvda and sc1 at /dev/sda1", () => {
    const st1 = withVolume({
      volumeType: "st1",
      sizeGiB: 500,
      attachments: [{ instance: "i-web", device: "/dev/xvda" }],
    });
    const found = runRule(bootVolumes, st1);
    expect(found.map((f) => [f.code, f.path])).toEqual([
      ["ebs-boot-type", "$.volumes[2].attachments[0].device"],
    ]);
    const sc1 = withVolume({
      volumeType: "sc1",
      sizeGiB: 500,
      attachments: [{ instance: "i-web", device: "/dev/sda1" }],
    });
    expect(codesOf(runRule(bootVolumes, sc1))).toEqual(["ebs-boot-type"]);
  });

  it("accepts st1 at /dev/sdf and gp3 at /dev/xvda", () => {
    const st1 = withVolume({
      volumeType: "st1",
      sizeGiB: 500,
      attachments: [{ instance: "i-web", device: "/dev/sdf" }],
    });
    expect(runRule(bootVolumes, st1)).toEqual([]);
    expect(runRule(bootVolumes, baseTopology())).toEqual([]);
  });
});
