import { describe, expect, it } from "vitest";
import { baseTopology, outsideVpcTopology } from "../model/testing/fixtures.ts";
import { indexTopology } from "../model/topology-index.ts";
import { OVERVIEW_FILL, OVERVIEW_SUBNET_FILL } from "./colours.ts";
import { layoutTopology } from "./layout.ts";
import { overviewFillOf } from "./overview-fill.ts";
import { toFlow } from "./to-flow.ts";

describe("the overview map's colours", () => {
  it("tells public, private and routes-unknown subnets apart, three colours", () => {
    expect(new Set(Object.values(OVERVIEW_SUBNET_FILL)).size).toBe(3);
    const base = indexTopology(baseTopology());
    expect(overviewFillOf({ kind: "subnet", resourceId: "subnet-pub" }, base)).toBe(
      OVERVIEW_SUBNET_FILL.publicSubnet,
    );
    expect(overviewFillOf({ kind: "subnet", resourceId: "subnet-priv" }, base)).toBe(
      OVERVIEW_SUBNET_FILL.privateSubnet,
    );
    // Its main route table is outside the document: public or private is unknown.
    const outside = indexTopology(outsideVpcTopology());
    expect(overviewFillOf({ kind: "subnet", resourceId: "subnet-priv" }, outside)).toBe(
      OVERVIEW_SUBNET_FILL.subnet,
    );
    expect(overviewFillOf({ kind: "instance", resourceId: "i-1" }, base)).toBe(OVERVIEW_FILL.instance);
  });

  it("colours each subnet as the canvas draws its box", async () => {
    const byVariant = {
      public: OVERVIEW_SUBNET_FILL.publicSubnet,
      private: OVERVIEW_SUBNET_FILL.privateSubnet,
      subnet: OVERVIEW_SUBNET_FILL.subnet,
    } as Record<string, string>;
    for (const doc of [baseTopology(), outsideVpcTopology()]) {
      const layout = await layoutTopology(doc);
      const { nodes } = toFlow(layout, doc);
      const index = indexTopology(doc);
      const subnets = layout.nodes.filter((n) => n.kind === "subnet");
      expect(subnets.length).toBeGreaterThan(0);
      for (const n of subnets) {
        const variant = nodes.find((f) => f.id === n.id)?.data.face.variant;
        expect(overviewFillOf(n, index)).toBe(byVariant[variant ?? ""]);
      }
    }
  });
});
