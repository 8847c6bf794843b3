import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import {
  displayName,
  displayNameById,
  KIND_LABELS,
  kindLabel,
  LABEL_KINDS,
  labelKindOf,
  PALETTE_KINDS,
  resourceKindText,
  resourceLabel,
} from "./kind-labels.ts";
import { topology } from "./schema.ts";
import { outsideVpcTopology, withEdit } from "./testing/fixtures.ts";

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
      "Subnet",
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

  it("say just 'Subnet' when the routes that decide are outside the document", () => {
    const doc = outsideVpcTopology();
    // Its own table is in the document: public, as its routes say.
    expect(labelKindOf(doc, "subnet", "subnet-pub")).toBe("publicSubnet");
    // Its VPC's main table is outside it, as the VPC is: neither public nor private is known.
    expect(labelKindOf(doc, "subnet", "subnet-priv")).toBe("subnet");
    expect(resourceLabel(doc, "subnet", "subnet-priv", "en")).toBe("Subnet subnet-priv");
    expect(resourceLabel(doc, "subnet", "subnet-priv", "ko")).toBe("서브넷 subnet-priv");
    // A placeholder subnet: nothing known about it.
    const placeholder = { ...doc, subnets: [...doc.subnets, { id: "subnet-ext", external: true as const }] };
    expect(labelKindOf(placeholder, "subnet", "subnet-ext")).toBe("subnet");
    // A VPC the document defines without a main table has AWS's implicit one: private.
    const defined = withEdit((d) => {
      d.routeTables = d.routeTables.filter((t) => t.main !== true);
    });
    expect(labelKindOf(defined, "subnet", "subnet-priv")).toBe("privateSubnet");
    expect(PALETTE_KINDS).not.toContain("subnet");
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
