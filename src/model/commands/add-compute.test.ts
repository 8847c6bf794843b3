import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topology } from "../schema.ts";
import { ok, refusalCode, seed } from "../testing/commands.ts";
import { addInstance, addSecurityGroup, addVolume, DATA_DEVICES, devicesOf } from "./add-compute.ts";
import { allIds } from "./ids.ts";
import { refusalMessage } from "./refusals.ts";

describe("addInstance", () => {
  it("launches a t3.micro with an 8 GiB gp3 root volume in the subnet's AZ", () => {
    const result = ok(addInstance(seed(), { subnetId: "subnet-public-a" }));
    const instance = result.doc.instances.find((i) => i.id === result.selection);
    expect(instance).toMatchObject({ subnet: "subnet-public-a", instanceType: "t3.micro", publicIp: true });
    expect(instance?.imageId).toMatch(/^ami-[0-9a-f]{8,17}$/);
    const root = result.doc.volumes.find((v) => v.attachments?.some((a) => a.instance === instance?.id));
    expect(root).toMatchObject({
      availabilityZone: "ap-northeast-2a",
      sizeGiB: 8,
      volumeType: "gp3",
      attachments: [{ instance: instance?.id, device: "/dev/xvda" }],
    });
    expect(topology.safeParse(result.doc).success).toBe(true);
  });

  it("refuses an unknown subnet", () => {
    expect(refusalCode(addInstance(seed(), { subnetId: "subnet-x" }))).toBe("not-found");
  });

  it("never reuses an id, however many are added", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), (count) => {
        let doc = seed();
        for (let n = 0; n < count; n++) doc = ok(addInstance(doc, { subnetId: "subnet-public-a" })).doc;
        const total = Object.values(doc).reduce((sum, v) => sum + (Array.isArray(v) ? v.length : 0), 0);
        expect(allIds(doc).size).toBe(total);
      }),
      { numRuns: 20 },
    );
  });
});

describe("addVolume", () => {
  it("attaches at /dev/sdf, then /dev/sdg, in the instance's AZ", () => {
    const one = ok(addVolume(seed(), { instanceId: "i-web-1" }));
    const two = ok(addVolume(one.doc, { instanceId: "i-web-1" }));
    const added = two.doc.volumes.slice(-2);
    expect(added.map((v) => v.attachments?.[0]?.device)).toEqual(["/dev/sdf", "/dev/sdg"]);
    expect(added.every((v) => v.availabilityZone === "ap-northeast-2a")).toBe(true);
    expect(two.selection).toBe(added[1]?.id);
  });

  it("refuses when every data device name is used", () => {
    let doc = seed();
    for (let n = 0; n < DATA_DEVICES.length; n++) doc = ok(addVolume(doc, { instanceId: "i-web-1" })).doc;
    expect(devicesOf(doc, "i-web-1").size).toBe(DATA_DEVICES.length + 1);
    const refused = addVolume(doc, { instanceId: "i-web-1" });
    expect(refusalCode(refused)).toBe("device-names-used");
    if (!refused.ok) expect(refusalMessage(refused.reason, "en")).toContain("EC2 instance web-1");
  });
});

describe("addSecurityGroup", () => {
  it("creates the group in the instance's VPC and assigns it", () => {
    const result = ok(addSecurityGroup(seed(), { instanceId: "i-web-1" }));
    const group = result.doc.securityGroups.find((g) => g.id === result.selection);
    expect(group).toMatchObject({ vpc: "vpc-main", ingress: [] });
    expect(result.doc.instances[0]?.securityGroups).toEqual(["sg-web", group?.id]);
  });

  it("creates an unassigned group when dropped on a VPC", () => {
    const result = ok(addSecurityGroup(seed(), { vpcId: "vpc-main" }));
    expect(result.doc.securityGroups).toHaveLength(2);
    expect(result.doc.instances[0]?.securityGroups).toEqual(["sg-web"]);
  });

  it("refuses a sixth group on an instance", () => {
    let doc = seed();
    for (let n = 0; n < 4; n++) doc = ok(addSecurityGroup(doc, { instanceId: "i-web-1" })).doc;
    const refused = addSecurityGroup(doc, { instanceId: "i-web-1" });
    expect(refusalCode(refused)).toBe("sg-limit");
    if (!refused.ok) expect(refusalMessage(refused.reason, "ko")).toContain("5");
  });
});
