import { describe, expect, it } from "vitest";
import { isSubnetIdPublic } from "../routing.ts";
import { emptyTopology, topology } from "../schema.ts";
import { ok, refusalCode, seed } from "../testing/commands.ts";
import { addAvailabilityZone, addInternetGateway, addRegion, addSubnet, addVpc } from "./add-network.ts";
import { refusalMessage } from "./refusals.ts";

describe("addRegion", () => {
  it("adds us-east-1 first, then a Region not yet present", () => {
    const first = ok(addRegion(emptyTopology()));
    expect(first.doc.regions.map((r) => r.id)).toEqual(["us-east-1"]);
    expect(first.selection).toBe("us-east-1");
    const second = ok(addRegion(first.doc));
    expect(second.doc.regions).toHaveLength(2);
    expect(second.doc.regions[1]?.id).not.toBe("us-east-1");
  });

  it("skips Regions already in the document", () => {
    const next = ok(addRegion(seed()));
    expect(next.doc.regions.map((r) => r.id)).toEqual(["ap-northeast-2", "us-east-1"]);
  });

  it("refuses a Region code that is already there", () => {
    expect(refusalCode(addRegion(seed(), { code: "ap-northeast-2" }))).toBe("region-none-left");
  });
});

describe("addAvailabilityZone", () => {
  it("adds the Region's next AZ letter through a VPC", () => {
    const result = ok(addAvailabilityZone(seed(), { vpcId: "vpc-main" }));
    expect(result.doc.regions[0]?.availabilityZones).toEqual(["ap-northeast-2a", "ap-northeast-2b"]);
  });

  it("starts at letter a and refuses once every zone is shown", () => {
    let doc = ok(addRegion(emptyTopology(), { code: "ap-northeast-1" })).doc;
    const added: string[] = [];
    for (let n = 0; n < 3; n++) {
      doc = ok(addAvailabilityZone(doc, { regionId: "ap-northeast-1" })).doc;
      added.push(doc.regions[0]?.availabilityZones?.at(-1) ?? "");
    }
    expect(added).toEqual(["ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"]);
    const refused = addAvailabilityZone(doc, { regionId: "ap-northeast-1" });
    expect(refusalCode(refused)).toBe("region-no-more-azs");
    if (!refused.ok) expect(refusalMessage(refused.reason, "en")).toContain("3");
  });

  it("offers zones a, b and c of a Region whose letters it doesn't know, then says why it stops", () => {
    let doc = ok(addRegion(emptyTopology(), { code: "ap-east-2" })).doc;
    expect(doc.regions[0]?.name).toBe("Taipei");
    for (let n = 0; n < 3; n++) doc = ok(addAvailabilityZone(doc, { regionId: "ap-east-2" })).doc;
    expect(doc.regions[0]?.availabilityZones).toEqual(["ap-east-2a", "ap-east-2b", "ap-east-2c"]);
    const refused = addAvailabilityZone(doc, { regionId: "ap-east-2" });
    expect(refusalCode(refused)).toBe("region-zones-unknown");
    if (!refused.ok) expect(refusalMessage(refused.reason, "en")).toContain("ap-east-2d");
  });

  it("refuses an unknown VPC", () => {
    expect(refusalCode(addAvailabilityZone(seed(), { vpcId: "nope" }))).toBe("not-found");
  });
});

describe("addVpc", () => {
  it("gives the first free /16 of the Region", () => {
    const result = ok(addVpc(seed(), { regionId: "ap-northeast-2" }));
    const added = result.doc.vpcs.at(-1);
    expect(added?.cidrBlock).toBe("10.1.0.0/16");
    expect(added?.region).toBe("ap-northeast-2");
    expect(result.selection).toBe(added?.id);
    expect(added?.id).not.toBe("vpc-main");
  });

  it("does not count VPCs of other Regions as taken", () => {
    const withRegion = ok(addRegion(seed(), { code: "us-east-1" })).doc;
    const result = ok(addVpc(withRegion, { regionId: "us-east-1" }));
    expect(result.doc.vpcs.at(-1)?.cidrBlock).toBe("10.0.0.0/16");
  });

  it("refuses when 10.0.0.0/8 is full in the Region", () => {
    const doc = seed();
    doc.vpcs = Array.from({ length: 256 }, (_, n) => ({
      id: `v${n}`,
      region: "ap-northeast-2",
      cidrBlock: `10.${n}.0.0/16`,
    }));
    expect(refusalCode(addVpc(doc, { regionId: "ap-northeast-2" }))).toBe("vpc-no-free-block");
  });
});

describe("addInternetGateway", () => {
  it("refuses a second gateway on a VPC, naming both", () => {
    const result = addInternetGateway(seed(), { vpcId: "vpc-main" });
    expect(refusalCode(result)).toBe("igw-already-attached");
    if (!result.ok) {
      expect(refusalMessage(result.reason, "en")).toContain("VPC main-vpc");
      expect(refusalMessage(result.reason, "en")).toContain("Internet gateway igw-main");
      expect(refusalMessage(result.reason, "ko")).toContain("인터넷 게이트웨이 igw-main");
    }
  });

  it("attaches a new gateway to a VPC without one", () => {
    const doc = ok(addVpc(seed(), { regionId: "ap-northeast-2" }));
    const vpcId = doc.selection as string;
    const result = ok(addInternetGateway(doc.doc, { vpcId }));
    expect(result.doc.internetGateways.at(-1)).toMatchObject({ vpc: vpcId });
  });
});

describe("addSubnet", () => {
  it("takes the next free /24 of the VPC in the given AZ", () => {
    const result = ok(addSubnet(seed(), { vpcId: "vpc-main", az: "ap-northeast-2a", public: false }));
    const added = result.doc.subnets.at(-1);
    // 10.0.1.0/24 is taken by public-a, so the first free /24 is 10.0.0.0/24.
    expect(added).toMatchObject({ cidrBlock: "10.0.0.0/24", availabilityZone: "ap-northeast-2a" });
    // Private: no association of its own, so the VPC's main table (local route only).
    expect(isSubnetIdPublic(result.doc, added?.id ?? "")).toBe(false);
    expect(result.doc.routeTables).toEqual(seed().routeTables);
    const again = ok(addSubnet(result.doc, { vpcId: "vpc-main", az: "ap-northeast-2a", public: true }));
    const added2 = again.doc.subnets.at(-1);
    expect(added2?.cidrBlock).toBe("10.0.2.0/24");
    // Public: joins the VPC's existing public route table (0.0.0.0/0 to its gateway).
    expect(again.doc.routeTables.find((t) => t.id === "rtb-main-public")?.subnets).toEqual([
      "subnet-public-a",
      added2?.id,
    ]);
    expect(isSubnetIdPublic(again.doc, added2?.id ?? "")).toBe(true);
    expect(topology.safeParse(again.doc).success).toBe(true);
  });

  it("creates the VPC's public route table when it has none", () => {
    const doc = { ...seed(), routeTables: [] };
    const result = ok(addSubnet(doc, { vpcId: "vpc-main", az: "ap-northeast-2a", public: true }));
    expect(result.doc.routeTables).toEqual([
      {
        id: "rtb-1",
        vpc: "vpc-main",
        subnets: [result.selection],
        routes: [{ destination: "0.0.0.0/0", target: "igw-main" }],
      },
    ]);
    expect(isSubnetIdPublic(result.doc, result.selection ?? "")).toBe(true);
  });

  it("refuses a public subnet in a VPC without internet gateway", () => {
    const withVpc = ok(addVpc(seed(), { regionId: "ap-northeast-2" }));
    const result = addSubnet(withVpc.doc, {
      vpcId: withVpc.selection as string,
      az: "ap-northeast-2a",
      public: true,
    });
    expect(refusalCode(result)).toBe("public-subnet-no-igw");
    if (!result.ok) expect(refusalMessage(result.reason, "en")).toMatch(/add an internet gateway/i);
  });

  it("says a VPC's unknown gateway is unknown when refusing a public subnet, and adding one makes it known", () => {
    const doc = seed();
    doc.internetGateways = [];
    for (const v of doc.vpcs) if (v.external !== true) v.internetGatewayUnknown = true;
    const result = addSubnet(doc, { vpcId: "vpc-main", az: "ap-northeast-2a", public: true });
    expect(refusalCode(result)).toBe("public-subnet-igw-unknown");
    if (!result.ok)
      expect(refusalMessage(result.reason, "en")).toMatch(/^Whether .* has an internet gateway is unknown/);
    const added = ok(addInternetGateway(doc, { vpcId: "vpc-main" }));
    expect(added.doc.vpcs.find((v) => v.id === "vpc-main")).not.toHaveProperty("internetGatewayUnknown");
  });

  it("refuses an AZ that is not shown in the VPC's Region", () => {
    expect(refusalCode(addSubnet(seed(), { vpcId: "vpc-main", az: "ap-northeast-2b", public: false }))).toBe(
      "az-not-in-region",
    );
  });

  it("refuses when the VPC has no free block left", () => {
    const doc = seed();
    doc.vpcs[0] = { ...(doc.vpcs[0] as (typeof doc.vpcs)[0]), cidrBlock: "10.0.0.0/23" };
    doc.subnets.push({
      id: "s0",
      vpc: "vpc-main",
      availabilityZone: "ap-northeast-2a",
      cidrBlock: "10.0.0.0/24",
    });
    doc.subnets[0] = { ...(doc.subnets[0] as (typeof doc.subnets)[0]), cidrBlock: "10.0.1.0/24" };
    expect(refusalCode(addSubnet(doc, { vpcId: "vpc-main", az: "ap-northeast-2a", public: false }))).toBe(
      "subnet-vpc-full",
    );
  });

  it("uses the whole block of a VPC smaller than /24", () => {
    const doc = seed();
    doc.vpcs[0] = { ...(doc.vpcs[0] as (typeof doc.vpcs)[0]), cidrBlock: "10.0.0.0/26" };
    doc.subnets = [];
    const result = ok(addSubnet(doc, { vpcId: "vpc-main", az: "ap-northeast-2a", public: false }));
    expect(result.doc.subnets[0]?.cidrBlock).toBe("10.0.0.0/26");
  });
});
