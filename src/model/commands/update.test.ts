import { describe, expect, it } from "vitest";
import { ok, refusalCode, seed } from "../testing/commands.ts";
import { addAvailabilityZone, addSubnet } from "./add-network.ts";
import { refusalBesideField, refusalMessage } from "./refusals.ts";
import { updateResource } from "./update.ts";

function refusedField(result: ReturnType<typeof updateResource>): string | undefined {
  return result.ok ? undefined : String(result.reason.params.key);
}

describe("name and Name tag", () => {
  it("renaming keeps a matching Name tag in step, and clearing the name removes it", () => {
    const renamed = ok(updateResource(seed(), "instance", "i-web-1", { name: "api-1" })).doc.instances[0];
    expect(renamed?.name).toBe("api-1");
    expect(renamed?.tags).toEqual({ Name: "api-1", Project: "django-ml-graphs" });
    expect(Object.keys(renamed?.tags ?? {})).toEqual(["Name", "Project"]);
    const doc = seed();
    doc.instances[0] = { ...(doc.instances[0] as (typeof doc.instances)[0]), tags: { Name: "web-1" } };
    const cleared = ok(updateResource(doc, "instance", "i-web-1", { name: undefined })).doc.instances[0];
    expect(cleared).not.toHaveProperty("name");
    expect(cleared).not.toHaveProperty("tags");
  });

  it("leaves a Name tag that already differed, and a patch that sets tags itself", () => {
    const doc = seed();
    doc.instances[0] = { ...(doc.instances[0] as (typeof doc.instances)[0]), tags: { Name: "other" } };
    expect(ok(updateResource(doc, "instance", "i-web-1", { name: "api-1" })).doc.instances[0]?.tags).toEqual({
      Name: "other",
    });
    const both = ok(updateResource(seed(), "instance", "i-web-1", { name: "api-1", tags: { Name: "x" } }));
    expect(both.doc.instances[0]?.tags).toEqual({ Name: "x" });
  });
});

describe("updateResource", () => {
  it("commits a valid change and removes fields set to undefined", () => {
    const renamed = ok(updateResource(seed(), "vpc", "vpc-main", { name: "prod" }));
    expect(renamed.doc.vpcs[0]?.name).toBe("prod");
    const cleared = ok(updateResource(renamed.doc, "vpc", "vpc-main", { name: undefined }));
    expect(cleared.doc.vpcs[0]).not.toHaveProperty("name");
  });

  it("returns the same document when nothing changes", () => {
    const doc = seed();
    expect(ok(updateResource(doc, "vpc", "vpc-main", { name: "main-vpc" })).doc).toBe(doc);
    // The same tags in another order are no change either (an undo step for nothing would be).
    const tags = { Project: "django-ml-graphs", Name: "web-1" };
    expect(ok(updateResource(doc, "instance", "i-web-1", { tags })).doc).toBe(doc);
    expect(ok(updateResource(doc, "instance", "i-web-1", { tags: { ...tags, Project: "x" } })).doc).not.toBe(
      doc,
    );
  });

  it("refuses a CIDR with host bits, suggesting the right block", () => {
    const result = updateResource(seed(), "subnet", "subnet-public-a", { cidrBlock: "10.0.1.5/24" });
    expect(refusedField(result)).toBe("cidrBlock");
    if (!result.ok) expect(refusalMessage(result.reason, "en")).toContain("10.0.1.0/24");
  });

  it("refuses a subnet outside its VPC or overlapping a sibling", () => {
    expect(
      refusedField(updateResource(seed(), "subnet", "subnet-public-a", { cidrBlock: "10.9.0.0/24" })),
    ).toBe("cidrBlock");
    const doc = ok(addSubnet(seed(), { vpcId: "vpc-main", az: "ap-northeast-2a", public: false })).doc;
    const result = updateResource(doc, "subnet", "subnet-public-a", { cidrBlock: "10.0.0.0/23" });
    expect(refusedField(result)).toBe("cidrBlock");
    if (!result.ok) expect(refusalMessage(result.reason, "en")).toMatch(/overlap/i);
  });

  it("refuses a VPC block that would leave a subnet outside", () => {
    expect(refusedField(updateResource(seed(), "vpc", "vpc-main", { cidrBlock: "10.1.0.0/16" }))).toBe(
      "cidrBlock",
    );
    expect(refusedField(updateResource(seed(), "vpc", "vpc-main", { cidrBlock: "10.0.0.0/8" }))).toBe(
      "cidrBlock",
    );
    expect(
      ok(updateResource(seed(), "vpc", "vpc-main", { cidrBlock: "10.0.0.0/20" })).doc.vpcs[0]?.cidrBlock,
    ).toBe("10.0.0.0/20");
  });

  it("refuses a link-local VPC block of any size (169.254.0.0/20 too), in the rule's words", () => {
    for (const cidrBlock of ["169.254.0.0/16", "169.254.0.0/20"]) {
      const result = updateResource(seed(), "vpc", "vpc-main", { cidrBlock });
      expect(refusedField(result), cidrBlock).toBe("cidrBlock");
      if (!result.ok) expect(refusalMessage(result.reason, "en"), cidrBlock).toMatch(/link-local/);
    }
  });

  it("refuses a zone that only starts like its Region's code (ap-northeast-20a)", () => {
    const region = seed().regions[0];
    if (!region) throw new Error("fixture");
    const zones = [...(region.availabilityZones ?? []), "ap-northeast-20a"];
    const result = updateResource(seed(), "region", region.id, { availabilityZones: zones });
    expect(refusedField(result)).toBe("availabilityZones");
    if (!result.ok) expect(refusalMessage(result.reason, "en")).toMatch(/ap-northeast-20a/);
  });

  it("refuses dropping a zone a subnet still uses", () => {
    const region = seed().regions[0];
    if (!region) throw new Error("fixture");
    const kept = (region.availabilityZones ?? []).filter((z) => z !== "ap-northeast-2a");
    expect(refusedField(updateResource(seed(), "region", region.id, { availabilityZones: kept }))).toBe(
      "availabilityZones",
    );
  });

  it("applies volume size and IOPS ranges of the volume type", () => {
    expect(refusedField(updateResource(seed(), "volume", "vol-web-1-root", { sizeGiB: 70000 }))).toBe(
      "sizeGiB",
    );
    expect(refusedField(updateResource(seed(), "volume", "vol-web-1-root", { iops: 100 }))).toBe("iops");
    expect(
      refusedField(updateResource(seed(), "volume", "vol-web-1-root", { volumeType: "st1", sizeGiB: 500 })),
    ).toBe("volumeType");
    expect(
      ok(updateResource(seed(), "volume", "vol-web-1-root", { iops: 4000, sizeGiB: 30 })).doc.volumes[0],
    ).toMatchObject({
      iops: 4000,
      sizeGiB: 30,
    });
  });

  it("refuses schema violations such as a malformed AMI id", () => {
    const result = updateResource(seed(), "instance", "i-web-1", { imageId: "ubuntu" });
    expect(refusalCode(result)).toBe("invalid-value");
    expect(refusedField(result)).toBe("imageId");
  });

  it("says a refused value's rule in Korean without zod's English", () => {
    const cases = [
      [
        updateResource(seed(), "instance", "i-web-1", { imageId: "ubuntu" }),
        /^형식이 맞지 않습니다\. AMI ID는 "ami-" 뒤에/,
      ],
      [
        updateResource(seed(), "volume", "vol-web-1-root", { sizeGiB: 1.5 }),
        /^정수여야 하는데 1\.5입니다\.$/,
      ],
      [updateResource(seed(), "instance", "i-web-1", { name: 7 }), /^문자열 형식이어야 하는데 숫자입니다\.$/],
    ] as const;
    for (const [result, korean] of cases) {
      if (result.ok) throw new Error("expected a refusal");
      expect(refusalBesideField(result.reason, "ko")).toMatch(korean);
      expect(refusalBesideField(result.reason, "ko")).not.toMatch(/Invalid|expected|received/);
    }
  });

  it("refuses too many tags", () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, n) => [`k${n}`, "v"]));
    expect(refusedField(updateResource(seed(), "instance", "i-web-1", { tags }))).toBe("tags");
  });

  it("refuses a second gateway on a VPC and a changed id", () => {
    const doc = seed();
    doc.internetGateways.push({ id: "igw-2", vpc: null });
    expect(refusedField(updateResource(doc, "internetGateway", "igw-2", { vpc: "vpc-main" }))).toBe("vpc");
    expect(refusalCode(updateResource(doc, "vpc", "vpc-main", { id: "vpc-x" }))).toBe("id-immutable");
  });

  it("switches a Region through its id, keeping the rest of the patch", () => {
    const result = ok(
      updateResource(seed(), "region", "ap-northeast-2", { id: "us-east-1", name: "Virginia" }),
    );
    expect(result.doc.regions[0]).toMatchObject({
      id: "us-east-1",
      name: "Virginia",
      availabilityZones: ["us-east-1a"],
    });
    expect(result.doc.subnets[0]?.availabilityZone).toBe("us-east-1a");
    expect(result.selection).toBe("us-east-1");
  });

  it("moves an instance through its subnet field with the move's rules", () => {
    let doc = ok(addAvailabilityZone(seed(), { vpcId: "vpc-main" })).doc;
    doc = ok(addSubnet(doc, { vpcId: "vpc-main", az: "ap-northeast-2b", public: false })).doc;
    const other = doc.subnets.at(-1)?.id as string;
    expect(refusalCode(updateResource(doc, "instance", "i-web-1", { subnet: other }))).toBe(
      "move-ebs-cross-az",
    );
  });

  it("refuses port ranges that run backwards", () => {
    const ingress = [{ protocol: "tcp", fromPort: 90, toPort: 80, cidr: "0.0.0.0/0" }];
    expect(refusedField(updateResource(seed(), "securityGroup", "sg-web", { ingress }))).toBe("ingress");
  });
});

describe("updateResource: the full rule set as a safety net", () => {
  it("refuses an edit that brings in any new rule error, with the rule's words", () => {
    const doc = seed();
    const withIops = { ...doc, volumes: doc.volumes.map((v) => ({ ...v, iops: 3000 })) };
    // gp3 takes an IOPS setting, gp2 doesn't: the field checks don't look at that pair, the rules do.
    const result = updateResource(withIops, "volume", "vol-web-1-root", { volumeType: "gp2" });
    expect(refusalCode(result)).toBe("invalid-value");
    if (result.ok) throw new Error("expected a refusal");
    expect(refusalMessage(result.reason, "en")).toMatch(/gp2 volume doesn't let you/);
    expect(refusalMessage(result.reason, "ko")).toMatch(/gp2 볼륨에서는/);
  });

  it("still commits edits to a document that already had an unrelated error", () => {
    const doc = seed();
    const broken = { ...doc, subnets: doc.subnets.map((s) => ({ ...s, cidrBlock: "10.9.0.0/24" })) };
    expect(updateResource(broken, "instance", "i-web-1", { name: "renamed" }).ok).toBe(true);
  });
});
