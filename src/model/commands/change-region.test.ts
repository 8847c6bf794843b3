import { describe, expect, it } from "vitest";
import { emptyTopology, topology } from "../schema.ts";
import { ok, refusalCode, seed } from "../testing/commands.ts";
import { addInstance } from "./add-compute.ts";
import { addAvailabilityZone, addInternetGateway, addRegion, addSubnet, addVpc } from "./add-network.ts";
import { changeRegion } from "./change-region.ts";

describe("changeRegion", () => {
  it("turns a palette-built us-east-1 into Seoul, references and zones included", () => {
    let doc = ok(addRegion(emptyTopology())).doc;
    doc = ok(addVpc(doc, { regionId: "us-east-1" })).doc;
    const vpcId = doc.vpcs[0]?.id as string;
    doc = ok(addAvailabilityZone(doc, { vpcId })).doc;
    doc = ok(addInternetGateway(doc, { vpcId })).doc;
    doc = ok(addSubnet(doc, { vpcId, az: "us-east-1a", public: true })).doc;
    doc = ok(addInstance(doc, { subnetId: doc.subnets[0]?.id as string })).doc;
    const result = ok(changeRegion(doc, { regionId: "us-east-1", code: "ap-northeast-2" }));
    const d = result.doc;
    expect(d.regions[0]).toEqual({
      id: "ap-northeast-2",
      name: "Seoul",
      availabilityZones: ["ap-northeast-2a"],
    });
    expect(d.vpcs[0]?.region).toBe("ap-northeast-2");
    expect(d.subnets[0]?.availabilityZone).toBe("ap-northeast-2a");
    expect(d.volumes[0]?.availabilityZone).toBe("ap-northeast-2a");
    expect(result.selection).toBe("ap-northeast-2");
    expect(topology.safeParse(d).success).toBe(true);
  });

  it("keeps a name the user typed", () => {
    const doc = seed();
    doc.regions[0] = { ...(doc.regions[0] as (typeof doc.regions)[0]), name: "prod" };
    expect(
      ok(changeRegion(doc, { regionId: "ap-northeast-2", code: "us-east-1" })).doc.regions[0]?.name,
    ).toBe("prod");
  });

  it("refuses a Region already present or missing one of the zone letters", () => {
    const two = ok(addRegion(seed(), { code: "us-east-1" })).doc;
    expect(refusalCode(changeRegion(two, { regionId: "ap-northeast-2", code: "us-east-1" }))).toBe(
      "region-already-present",
    );
    const withB = ok(addAvailabilityZone(seed(), { regionId: "ap-northeast-2" })).doc;
    // Tokyo has zones a, c and d: nothing takes the place of ap-northeast-2b.
    expect(refusalCode(changeRegion(withB, { regionId: "ap-northeast-2", code: "ap-northeast-1" }))).toBe(
      "region-az-missing",
    );
  });

  it("moves every zone letter to a Region whose letters it doesn't know", () => {
    const withD = ok(addAvailabilityZone(seed(), { regionId: "ap-northeast-2" })).doc;
    const withThree = ok(addAvailabilityZone(withD, { regionId: "ap-northeast-2" })).doc;
    const four = ok(addAvailabilityZone(withThree, { regionId: "ap-northeast-2" })).doc;
    const moved = ok(changeRegion(four, { regionId: "ap-northeast-2", code: "mx-central-1" })).doc;
    expect(moved.regions[0]?.availabilityZones).toEqual([
      "mx-central-1a",
      "mx-central-1b",
      "mx-central-1c",
      "mx-central-1d",
    ]);
    expect(moved.regions[0]?.name).toBe("Mexico (Central)");
  });
});
