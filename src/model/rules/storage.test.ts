import { describe, expect, it } from "vitest";
import type { Topology, Volume } from "../schema.ts";
import { baseTopology, codesOf, runRule, withEdit } from "../testing/fixtures.ts";
import {
  bootVolumes,
  deviceNames,
  MULTI_ATTACH_MAX,
  maxIops,
  maxThroughput,
  multiAttach,
  multiAttachBootVolumes,
  performanceRatios,
  ROOT_DEVICES,
  unknownDeviceNames,
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
    // Worded as a sentence: "has 60 IOPS" (not "a IOPS of 60 IOPS"), "io1 volumes" (not "a io1 volume").
    const [iops] = runRule(volumeSizes, withVolume({ volumeType: "io1", iops: 60 }));
    expect(iops?.message.en).toMatch(/ \(io1\) has 60 IOPS; io1 volumes allow 100 to 64,000 IOPS\.$/);
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

describe("ebs-boot-multi-attach", () => {
  const multi = { volumeType: "io2" as const, sizeGiB: 100, iops: 3000, multiAttach: true };

  it("refuses a Multi-Attach io1/io2 volume as the root device", () => {
    for (const device of ROOT_DEVICES) {
      const doc = withVolume({ ...multi, attachments: [{ instance: "i-web", device }] }, (d) => {
        (d.volumes[0] as Volume).attachments = [];
      });
      const found = runRule(multiAttachBootVolumes, doc);
      expect(codesOf(found)).toEqual(["ebs-boot-multi-attach"]);
      expect(found[0]).toMatchObject({ path: "$.volumes[2].attachments[0].device", resource: "vol-x" });
      expect(found[0]?.message.ko).toContain(`${device}`);
    }
  });

  it("accepts it as a data volume, and a root io2 without Multi-Attach", () => {
    const data = withVolume({ ...multi, attachments: [{ instance: "i-web", device: "/dev/sdf" }] });
    expect(runRule(multiAttachBootVolumes, data)).toEqual([]);
    const root = withEdit((d) => Object.assign(d.volumes[0] as Volume, { volumeType: "io2", iops: 3000 }));
    expect(runRule(multiAttachBootVolumes, root)).toEqual([]);
  });

  it("leaves a Multi-Attach flag on gp3 to ebs-multi-attach", () => {
    const doc = withEdit((d) => Object.assign(d.volumes[0] as Volume, { multiAttach: true }));
    expect(runRule(multiAttachBootVolumes, doc)).toEqual([]);
    expect(codesOf(runRule(multiAttach, doc))).toEqual(["ebs-multi-attach"]);
  });
});

describe("ebs-performance-ratio", () => {
  const ratio = (volume: Partial<Volume>) => runRule(performanceRatios, withVolume(volume));

  it("knows the limits the size and IOPS allow (gp3 always gets its baseline)", () => {
    expect(maxIops("gp3", 1)).toBe(3_000);
    expect(maxIops("gp3", 8)).toBe(4_000);
    expect(maxIops("gp3", 160)).toBe(80_000);
    expect(maxIops("gp3", 1_000)).toBe(80_000);
    expect(maxIops("io1", 4)).toBe(200);
    expect(maxIops("io1", 1_280)).toBe(64_000);
    expect(maxIops("io2", 4)).toBe(4_000);
    expect(maxIops("io2", 256)).toBe(256_000);
    expect(maxIops("gp2", 100)).toBeUndefined();
    expect(maxThroughput("gp3", undefined)).toBe(750);
    expect(maxThroughput("gp3", 8_000)).toBe(2_000);
    expect(maxThroughput("gp3", 100_000)).toBe(2_000);
    expect(maxThroughput("io2", 10_000)).toBeUndefined();
  });

  it("accepts values right at the limit", () => {
    expect(ratio({ sizeGiB: 8, iops: 4_000, throughput: 1_000 })).toEqual([]);
    expect(ratio({ sizeGiB: 1, iops: 3_000, throughput: 750 })).toEqual([]);
    expect(ratio({ sizeGiB: 160, iops: 80_000, throughput: 2_000 })).toEqual([]);
    expect(ratio({ volumeType: "io1", sizeGiB: 4, iops: 200 })).toEqual([]);
    expect(ratio({ volumeType: "io2", sizeGiB: 4, iops: 4_000 })).toEqual([]);
  });

  it("refuses IOPS beyond the size's share, saying how large the volume must be", () => {
    const found = ratio({ sizeGiB: 8, iops: 4_001 });
    expect(codesOf(found)).toEqual(["ebs-performance-ratio"]);
    expect(found[0]).toMatchObject({ path: "$.volumes[2].iops", messageId: "ebs-performance-ratio.iops" });
    expect(found[0]?.params).toMatchObject({ max: 4_000, ratio: 500, needed: 9 });
    expect(found[0]?.message.en).toContain("at least 9 GiB");
    expect(codesOf(ratio({ volumeType: "io1", sizeGiB: 4, iops: 201 }))).toEqual(["ebs-performance-ratio"]);
    expect(codesOf(ratio({ volumeType: "io2", sizeGiB: 10, iops: 10_001 }))).toEqual([
      "ebs-performance-ratio",
    ]);
  });

  it("refuses throughput beyond 0.25 MiB/s per IOPS (3,000 when iops is absent)", () => {
    const found = ratio({ sizeGiB: 100, throughput: 751 });
    expect(found.map((f) => [f.path, f.messageId])).toEqual([
      ["$.volumes[2].throughput", "ebs-performance-ratio.throughput"],
    ]);
    expect(found[0]?.params).toMatchObject({ iops: 3_000, max: 750, needed: 3_004 });
    expect(codesOf(ratio({ sizeGiB: 100, iops: 4_000, throughput: 1_001 }))).toEqual([
      "ebs-performance-ratio",
    ]);
  });

  it("leaves values outside the type's own range to ebs-size", () => {
    expect(ratio({ sizeGiB: 8, iops: 90_000 })).toEqual([]);
    expect(ratio({ sizeGiB: 8, throughput: 3_000 })).toEqual([]);
    expect(ratio({ sizeGiB: 70_000, iops: 80_000 })).toEqual([]);
  });

  it("skips volumes outside the document", () => {
    const doc = withEdit((d) => {
      d.volumes.push({ id: "vol-ext", external: true, volumeType: "gp3", sizeGiB: 1, iops: 80_000 });
    });
    expect(runRule(performanceRatios, doc)).toEqual([]);
  });
});

describe("ebs-device-name", () => {
  const onWeb = (...devices: string[]) =>
    withEdit((d) => {
      for (const [k, device] of devices.entries())
        d.volumes.push({
          id: `vol-${k}`,
          availabilityZone: "ap-northeast-2a",
          sizeGiB: 8,
          volumeType: "gp3",
          attachments: [{ instance: "i-web", device }],
        });
    });

  it("accepts every name in AWS's tables: Linux HVM and paravirtual, Windows (written with /dev/)", () => {
    const names = ["/dev/sdf", "/dev/sdp", "/dev/sdz", "/dev/sda1", "/dev/sdf6", "/dev/sdb15", "/dev/hda"];
    const more = [
      "/dev/hdb3",
      "/dev/xvdb",
      "/dev/xvde",
      "/dev/xvdz",
      "/dev/xvdba",
      "/dev/xvdcz",
      "/dev/xvdda",
    ];
    expect(runRule(unknownDeviceNames, onWeb(...names, ...more))).toEqual([]);
  });

  it("warns on names AWS refuses, at the attachment's device, naming volume, instance and name", () => {
    const refused = ["/dev/foo", "/dev/sda16", "/dev/xvdea", "/dev/sd", "/dev/xvda1", "/dev/sdaa"];
    const found = runRule(unknownDeviceNames, onWeb(...refused));
    expect(codesOf(found)).toEqual(Array(refused.length).fill("ebs-device-name"));
    expect(found[0]?.path).toBe("$.volumes[2].attachments[0].device");
    expect(found[0]?.resource).toBe("vol-0");
    expect(found[0]?.message.en).toContain("/dev/foo");
    expect(found[0]?.message.en).toContain("/dev/sdf to /dev/sdp");
    expect(found[0]?.message.ko).toContain("/dev/foo로");
  });

  it("says an NVMe name is the one Linux shows inside, and which name to attach with", () => {
    const [f] = runRule(unknownDeviceNames, onWeb("/dev/nvme1n1"));
    expect(f?.messageId).toBe("ebs-device-name.nvme");
    expect(f?.message.en).toContain("NVMe");
    expect(f?.message.ko).toContain("NVMe");
  });
});
