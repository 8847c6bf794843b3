// Hand-placed boxes for route cases the random layouts found once: each case is the smallest
// picture that showed the fault, so it stays fixed whatever the packers do later.
import { describe, expect, it } from "vitest";
import { routeEdges } from "./routes.ts";
import { checkRoutes } from "./testing/quality.ts";
import type { LayoutEdge, PlacedNode } from "./types.ts";

type Box = Omit<PlacedNode, "x" | "y">;

/** Boxes given in diagram coordinates; x/y follow from the parent's place. */
function placed(boxes: readonly Box[]): PlacedNode[] {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  return boxes.map((b) => {
    const parent = b.parent === undefined ? undefined : byId.get(b.parent);
    return { ...b, x: b.absX - (parent?.absX ?? 0), y: b.absY - (parent?.absY ?? 0) };
  });
}

describe("routes", () => {
  it("keeps a line to a lower VPC's gateway clear of the gateway on the upper VPC's border", () => {
    // Two VPCs stacked in one Region, each with its internet gateway centred on its top border.
    // The line from the internet to the lower gateway passes the upper VPC: it used to run along
    // the band just above that VPC, straight through the upper gateway, which sticks out of it.
    const nodes = placed([
      { id: "@internet", kind: "internet", absX: 1393, absY: 24, width: 156, height: 56 },
      { id: "r1", kind: "region", absX: 624, absY: 136, width: 3792, height: 2040 },
      { id: "vpc-0", kind: "vpc", parent: "r1", absX: 652, absY: 218, width: 1864, height: 940 },
      {
        id: "igw-0",
        kind: "internetGateway",
        parent: "vpc-0",
        absX: 1492,
        absY: 192,
        width: 184,
        height: 52,
      },
      { id: "vpc-1", kind: "vpc", parent: "r1", absX: 652, absY: 1208, width: 3736, height: 940 },
      {
        id: "igw-1",
        kind: "internetGateway",
        parent: "vpc-1",
        absX: 2428,
        absY: 1182,
        width: 184,
        height: 52,
      },
    ]);
    const edges: LayoutEdge[] = ["igw-0", "igw-1"].map((igw) => ({
      id: `internet:@internet->${igw}`,
      source: "@internet",
      target: igw,
      kind: "internet",
    }));
    const size = { width: 4440, height: 2200 };
    const routed = routeEdges(nodes, edges, size);
    expect(checkRoutes({ nodes, edges: routed, ...size })).toEqual([]);
    // Both lines end on top of their gateway.
    for (const e of routed) {
      const end = e.points.at(-1);
      const igw = nodes.find((n) => n.id === e.target);
      expect(end?.y).toBeCloseTo(igw?.absY ?? Number.NaN);
    }
  });
});
