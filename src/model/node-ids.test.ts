import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availabilityZoneNodeId, copyNodeId, parseAvailabilityZoneNodeId } from "./node-ids.ts";

// Ids and zone names are free text: lean on the characters the id syntax itself uses.
const freeText = fc.string({
  unit: fc.constantFrom("a", "b", "-", "/", "~", "2", "%", "@", "F", "7", "E"),
  minLength: 1,
  maxLength: 12,
});

describe("diagram node ids", () => {
  it("round-trips an AZ box id for any owner and zone, also a copy the layout drew", () => {
    fc.assert(
      fc.property(freeText, freeText, fc.integer({ min: 2, max: 99 }), (owner, zone, n) => {
        const id = availabilityZoneNodeId(owner, zone);
        expect(parseAvailabilityZoneNodeId(id)).toEqual({ owner, zone });
        expect(parseAvailabilityZoneNodeId(copyNodeId(id, n))).toEqual({ owner, zone });
      }),
    );
  });

  it("reads a real id ending in ~2 as itself, and keeps ordinary ids readable", () => {
    expect(parseAvailabilityZoneNodeId(availabilityZoneNodeId("vpc-1~2", "us-east-1a"))).toEqual({
      owner: "vpc-1~2",
      zone: "us-east-1a",
    });
    expect(availabilityZoneNodeId("vpc-main", "ap-northeast-2a")).toBe("@az/vpc-main/ap-northeast-2a");
    // As a person may type it (the CLI's --collapse): a bare slash in the owner still reads.
    expect(parseAvailabilityZoneNodeId("@az/a/b/us-east-1c")).toEqual({ owner: "a/b", zone: "us-east-1c" });
  });

  it("refuses ids that are no AZ box", () => {
    expect(parseAvailabilityZoneNodeId("vpc-1/us-east-1a")).toBeUndefined();
    expect(parseAvailabilityZoneNodeId("@az/vpc-1/")).toBeUndefined();
    expect(parseAvailabilityZoneNodeId("@az//us-east-1a")).toBeUndefined();
    expect(parseAvailabilityZoneNodeId("i-1")).toBeUndefined();
  });
});
