import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import {
  displayName,
  displayNameById,
  KIND_LABELS,
  kindLabel,
  LABEL_KINDS,
  labelKindOf,
  resourceKindText,
  resourceLabel,
} from "./kind-labels.ts";
import { topology } from "./schema.ts";

describe("kind words", () => {
  it("are the public names, in English and Korean", () => {
    expect(Object.values(KIND_LABELS).map((l) => l.en)).toEqual([
      "Region",
      "Availability Zone",
      "VPC",
      "Internet gateway",
      "Public subnet",
      "Private subnet",
      "Security group",
      "EC2 instance",
      "EBS volume",
      "Internet",
      "Route table",
      "NAT gateway",
      "Elastic IP",
      "Network ACL",
    ]);
    expect(kindLabel("privateSubnet", "ko")).toBe("프라이빗 서브넷");
    for (const kind of LABEL_KINDS) expect(KIND_LABELS[kind].ko).not.toBe("");
  });

  it("tell public and private subnets apart", () => {
    const doc = topology.parse(seed);
    expect(labelKindOf(doc, "subnet", "subnet-public-a")).toBe("publicSubnet");
    // Public is derived from routing: without its route table's association the subnet is private.
    const privateDoc = { ...doc, routeTables: doc.routeTables.filter((t) => t.main === true) };
    expect(labelKindOf(privateDoc, "subnet", "subnet-public-a")).toBe("privateSubnet");
    expect(labelKindOf(doc, "instance", "i-web-1")).toBe("instance");
  });

  it("name a resource by its name, else its id (an empty name counts as none)", () => {
    expect(displayName({ id: "vpc-1", name: "main" })).toBe("main");
    expect(displayName({ id: "vpc-1", name: "" })).toBe("vpc-1");
    expect(displayName({ id: "vpc-1" })).toBe("vpc-1");
    const doc = topology.parse(seed);
    const unnamed = { ...doc, vpcs: doc.vpcs.map((v) => ({ ...v, name: "" })) };
    expect(displayNameById(unnamed, "vpc", "vpc-main")).toBe("vpc-main");
    expect(displayNameById(doc, "vpc", "gone")).toBe("gone");
    expect(resourceLabel(doc, "subnet", "subnet-public-a", "ko")).toBe("퍼블릭 서브넷 public-a");
    expect(resourceKindText("subnet")).toEqual({ en: "Subnet", ko: "서브넷" });
    expect(resourceKindText("availabilityZone")).toEqual(KIND_LABELS.availabilityZone);
  });
});
