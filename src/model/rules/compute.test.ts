import { describe, expect, it } from "vitest";
import { SECURITY_GROUPS_PER_INTERFACE } from "../aws-limits.ts";
import { baseTopology, codesOf, outsideVpcTopology, runRule, withEdit } from "../testing/fixtures.ts";
import { amiIds, instanceTypes, publicAddresses, securityGroupsOfInstances } from "./compute.ts";

const withType = (type: string) =>
  withEdit((d) => {
    (d.instances[0] as { instanceType: string }).instanceType = type;
  });

describe("instance-type-unknown", () => {
  it.each(["t3.micro", "m7g.large", "c6i.xlarge", "t2.nano"])("knows %s", (type) => {
    expect(runRule(instanceTypes, withType(type))).toEqual([]);
  });

  it("suggests t3.micro for t3.mirco", () => {
    const [f] = runRule(instanceTypes, withType("t3.mirco"));
    expect(f).toMatchObject({
      code: "instance-type-unknown",
      path: "$.instances[0].instanceType",
      resource: "i-web",
    });
    expect(f?.message.en).toContain("Did you mean t3.micro?");
    expect(f?.message.ko).toContain("t3.micro");
  });

  it("matches case-insensitively for the suggestion but not for the check", () => {
    const [f] = runRule(instanceTypes, withType("T3.MICRO"));
    expect(f?.message.en).toContain("t3.micro");
  });

  it("leaves out the suggestion when nothing is near", () => {
    const [f] = runRule(instanceTypes, withType("huge-box"));
    expect(f?.message.en).not.toContain("Did you mean");
  });
});

describe("public-ip-private-subnet", () => {
  it("passes a public IP in a public subnet", () => {
    expect(runRule(publicAddresses, baseTopology())).toEqual([]);
  });

  it("warns about a public IP in a private subnet", () => {
    const doc = withEdit((d) => {
      (d.instances[1] as { publicIp?: boolean }).publicIp = true;
    });
    const found = runRule(publicAddresses, doc);
    expect(codesOf(found)).toEqual(["public-ip-private-subnet"]);
    expect(found[0]?.path).toBe("$.instances[1].publicIp");
  });

  it("is quiet for a subnet whose routes are outside the document (its VPC is)", () => {
    const doc = outsideVpcTopology();
    (doc.instances[1] as { publicIp?: boolean }).publicIp = true;
    expect(runRule(publicAddresses, doc)).toEqual([]);
  });

  it("is quiet for publicIp false and for an unknown subnet", () => {
    const doc = withEdit((d) => {
      (d.instances[1] as { publicIp?: boolean }).publicIp = false;
      (d.instances[0] as { subnet: string }).subnet = "nope";
    });
    expect(runRule(publicAddresses, doc)).toEqual([]);
  });
});

describe("sg-other-vpc and sg-limit", () => {
  const twoVpcs = () =>
    withEdit((d) => {
      d.vpcs.push({ id: "vpc-2", region: "ap-northeast-2", cidrBlock: "10.1.0.0/16" });
      d.securityGroups.push({ id: "sg-other", vpc: "vpc-2", ingress: [] });
    });

  it("passes groups of the instance's own VPC", () => {
    expect(runRule(securityGroupsOfInstances, twoVpcs())).toEqual([]);
  });

  it("flags a group of another VPC at its list position", () => {
    const doc = twoVpcs();
    (doc.instances[1] as { securityGroups: string[] }).securityGroups = ["sg-web", "sg-other"];
    const found = runRule(securityGroupsOfInstances, doc);
    expect(codesOf(found)).toEqual(["sg-other-vpc"]);
    expect(found[0]).toMatchObject({ path: "$.instances[1].securityGroups[1]", resource: "i-app" });
    expect(found[0]?.message.en).toContain("vpc-2");
  });

  const groups = (count: number) =>
    withEdit((d) => {
      const ids = Array.from({ length: count }, (_, k) => `sg-${k}`);
      for (const id of ids) d.securityGroups.push({ id, vpc: "vpc-1", ingress: [] });
      (d.instances[0] as { securityGroups: string[] }).securityGroups = ids;
    });

  it(`allows ${SECURITY_GROUPS_PER_INTERFACE} groups and flags one more`, () => {
    expect(runRule(securityGroupsOfInstances, groups(SECURITY_GROUPS_PER_INTERFACE))).toEqual([]);
    const found = runRule(securityGroupsOfInstances, groups(SECURITY_GROUPS_PER_INTERFACE + 1));
    expect(codesOf(found)).toEqual(["sg-limit"]);
    expect(found[0]?.path).toBe("$.instances[0].securityGroups");
  });
});

describe("ami-id-length", () => {
  const withAmi = (imageId: string) =>
    withEdit((d) => {
      (d.instances[0] as { imageId?: string }).imageId = imageId;
    });

  it("accepts the two lengths AWS issues: 17 hex digits, and 8 for older ids", () => {
    expect(runRule(amiIds, withAmi("ami-0c9c942bd7bf113a2"))).toEqual([]);
    expect(runRule(amiIds, withAmi("ami-1a2b3c4d"))).toEqual([]);
    expect(runRule(amiIds, baseTopology())).toEqual([]);
  });

  it("warns on 9 to 16 digits, saying how many there are", () => {
    for (const digits of [9, 12, 16]) {
      const ami = `ami-${"a".repeat(digits)}`;
      const found = runRule(amiIds, withAmi(ami));
      expect(codesOf(found)).toEqual(["ami-id-length"]);
      expect(found[0]?.path).toBe("$.instances[0].imageId");
      expect(found[0]?.message.en).toContain(`has ${digits} hex digits`);
      expect(found[0]?.message.ko).toContain(`${digits}자리`);
    }
  });
});
