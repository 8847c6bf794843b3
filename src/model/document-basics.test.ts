import { describe, expect, it } from "vitest";
import { drawsNothing, emptyTopology } from "./document-basics.ts";

describe("drawsNothing (the empty canvas's hint)", () => {
  it("is true for an empty document and one holding only a security group (a badge on nothing)", () => {
    expect(drawsNothing(emptyTopology())).toBe(true);
    expect(
      drawsNothing({
        ...emptyTopology(),
        securityGroups: [{ id: "sg-1", name: "web", vpc: "vpc-1", ingress: [] }],
      }),
    ).toBe(true);
  });

  it("is false for an import with no Region: another stack's subnet and its instance are drawn", () => {
    // What `ec2viz import` makes of a template taking its VPC and subnet by Fn::ImportValue.
    const doc = {
      ...emptyTopology(),
      vpcs: [{ id: "shared-VpcId", name: "shared-VpcId", external: true as const }],
      subnets: [{ id: "shared-Subnet1", name: "shared-Subnet1", external: true as const }],
      instances: [{ id: "Web", name: "Web", subnet: "shared-Subnet1", instanceType: "t3.micro" }],
    };
    expect(doc.regions).toHaveLength(0);
    expect(drawsNothing(doc)).toBe(false);
    expect(drawsNothing({ ...emptyTopology(), instances: doc.instances })).toBe(false);
  });
});
