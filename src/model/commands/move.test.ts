import { describe, expect, it } from "vitest";
import { ok, refusalCode, seed } from "../testing/commands.ts";
import { addInstance, addSecurityGroup } from "./add-compute.ts";
import { addAvailabilityZone, addSubnet, addVpc } from "./add-network.ts";
import { assignSecurityGroup, moveInstance } from "./move.ts";
import { refusalMessage } from "./refusals.ts";

function twoZones() {
  let doc = ok(addAvailabilityZone(seed(), { vpcId: "vpc-main" })).doc;
  doc = ok(addSubnet(doc, { vpcId: "vpc-main", az: "ap-northeast-2a", public: false })).doc;
  const sameAz = doc.subnets.at(-1)?.id as string;
  doc = ok(addSubnet(doc, { vpcId: "vpc-main", az: "ap-northeast-2b", public: false })).doc;
  const otherAz = doc.subnets.at(-1)?.id as string;
  return { doc, sameAz, otherAz };
}

describe("moveInstance", () => {
  it("moves within the AZ, keeping the volumes", () => {
    const { doc, sameAz } = twoZones();
    const moved = ok(moveInstance(doc, { instanceId: "i-web-1", subnetId: sameAz }));
    expect(moved.doc.instances[0]?.subnet).toBe(sameAz);
    expect(moved.doc.volumes).toEqual(doc.volumes);
  });

  it("refuses another AZ while EBS volumes are attached, and says why", () => {
    const { doc, otherAz } = twoZones();
    const refused = moveInstance(doc, { instanceId: "i-web-1", subnetId: otherAz });
    expect(refusalCode(refused)).toBe("move-ebs-cross-az");
    if (!refused.ok) {
      const en = refusalMessage(refused.reason, "en");
      expect(en).toContain("web-1-root");
      expect(en).toContain("ap-northeast-2b");
    }
  });

  it("allows another AZ when nothing is attached", () => {
    const { doc, otherAz } = twoZones();
    doc.volumes = [];
    expect(ok(moveInstance(doc, { instanceId: "i-web-1", subnetId: otherAz })).doc.instances[0]?.subnet).toBe(
      otherAz,
    );
  });

  it("refuses another VPC while security groups are assigned", () => {
    let doc = ok(addVpc(seed(), { regionId: "ap-northeast-2" })).doc;
    const vpcId = doc.vpcs.at(-1)?.id as string;
    doc = ok(addSubnet(doc, { vpcId, az: "ap-northeast-2a", public: false })).doc;
    const target = doc.subnets.at(-1)?.id as string;
    expect(refusalCode(moveInstance(doc, { instanceId: "i-web-1", subnetId: target }))).toBe(
      "move-sg-other-vpc",
    );
  });

  it("is a no-op into its own subnet", () => {
    const doc = seed();
    expect(ok(moveInstance(doc, { instanceId: "i-web-1", subnetId: "subnet-public-a" })).doc).toBe(doc);
  });
});

describe("assignSecurityGroup", () => {
  it("assigns a group of the same VPC once", () => {
    let doc = ok(addInstance(seed(), { subnetId: "subnet-public-a" })).doc;
    const second = doc.instances.at(-1)?.id as string;
    doc = ok(assignSecurityGroup(doc, { instanceId: second, groupId: "sg-web" })).doc;
    expect(doc.instances.at(-1)?.securityGroups).toEqual(["sg-web"]);
    expect(refusalCode(assignSecurityGroup(doc, { instanceId: second, groupId: "sg-web" }))).toBe(
      "sg-already-assigned",
    );
  });

  it("refuses a group of another VPC", () => {
    let doc = ok(addVpc(seed(), { regionId: "ap-northeast-2" })).doc;
    doc = ok(addSecurityGroup(doc, { vpcId: doc.vpcs.at(-1)?.id as string })).doc;
    const foreign = doc.securityGroups.at(-1)?.id as string;
    expect(refusalCode(assignSecurityGroup(doc, { instanceId: "i-web-1", groupId: foreign }))).toBe(
      "sg-other-vpc",
    );
  });
});
