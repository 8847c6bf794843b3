import { describe, expect, it } from "vitest";
import { availabilityZoneNodeId, parseAvailabilityZoneNodeId } from "./node-ids.ts";

describe("diagram node ids", () => {
  it("round-trips an AZ box id, even when the owner id has slashes", () => {
    expect(parseAvailabilityZoneNodeId(availabilityZoneNodeId("vpc-main", "ap-northeast-2a"))).toEqual({
      owner: "vpc-main",
      zone: "ap-northeast-2a",
    });
    expect(parseAvailabilityZoneNodeId(availabilityZoneNodeId("a/b", "us-east-1c"))).toEqual({
      owner: "a/b",
      zone: "us-east-1c",
    });
  });

  it("strips the layout's duplicate suffix and refuses other ids", () => {
    expect(parseAvailabilityZoneNodeId("@az/vpc-1~2/us-east-1a")).toEqual({
      owner: "vpc-1",
      zone: "us-east-1a",
    });
    expect(parseAvailabilityZoneNodeId("vpc-1/us-east-1a")).toBeUndefined();
    expect(parseAvailabilityZoneNodeId("@az/vpc-1/")).toBeUndefined();
    expect(parseAvailabilityZoneNodeId("i-1")).toBeUndefined();
  });
});
