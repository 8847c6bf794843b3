import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTopology } from "../model/examples/generate.ts";
import { seedDocument } from "../model/examples/seed.ts";
import { boxAt, HIT_STEP_NODES, hitIndexOf, hitIndexSteps } from "./hit-test.ts";
import { layoutTopologySync } from "./layout.ts";
import { topologyArbitrary } from "./testing/arbitrary.ts";
import { isDetailKind } from "./to-flow.ts";
import type { LayoutResult, PlacedNode } from "./types.ts";

/** Every box, the slow way: the deepest box containing the point, the later one of equals. */
function bruteForce(
  layout: LayoutResult,
  x: number,
  y: number,
  skip: (n: PlacedNode) => boolean,
  ignore?: string,
) {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const chain = (n: PlacedNode): PlacedNode[] => {
    const parent = n.parent === undefined ? undefined : byId.get(n.parent);
    return parent ? [...chain(parent), n] : [n];
  };
  let best: { id: string; depth: number } | null = null;
  for (const n of layout.nodes) {
    if (x < n.absX || x > n.absX + n.width || y < n.absY || y > n.absY + n.height) continue;
    const up = chain(n);
    if (up.some((a) => a.id === ignore || skip(a))) continue;
    if (!best || up.length >= best.depth) best = { id: n.id, depth: up.length };
  }
  return best?.id ?? null;
}

describe("boxAt", () => {
  it("finds the innermost box under a point, as a search of every box does", () => {
    fc.assert(
      fc.property(
        topologyArbitrary(),
        fc.array(
          fc.tuple(
            fc.double({ min: -0.05, max: 1.05, noNaN: true }),
            fc.double({ min: -0.05, max: 1.05, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        fc.boolean(),
        fc.nat(),
        (doc, points, overview, pick) => {
          const layout = layoutTopologySync(doc);
          const index = hitIndexOf(layout);
          const skip = (n: PlacedNode) => overview && isDetailKind(n.kind);
          const ignore = layout.nodes.length > 0 ? layout.nodes[pick % layout.nodes.length]?.id : undefined;
          // Points on box corners too: that is where an off-by-one would show.
          const corners = layout.nodes.flatMap((n) => [
            [n.absX, n.absY],
            [n.absX + n.width, n.absY + n.height],
          ]);
          for (const [fx, fy] of [
            ...points.map(([a, b]) => [a * layout.width, b * layout.height]),
            ...corners,
          ]) {
            const x = fx as number;
            const y = fy as number;
            expect(boxAt(index, x, y, { skip })).toBe(bruteForce(layout, x, y, skip));
            const options = ignore === undefined ? { skip } : { skip, ignore };
            expect(boxAt(index, x, y, options)).toBe(bruteForce(layout, x, y, skip, ignore));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("finds a gateway drawn on its VPC's border, outside the VPC's box", () => {
    const layout = layoutTopologySync(seedDocument());
    const gateway = layout.nodes.find((n) => n.kind === "internetGateway");
    if (!gateway) throw new Error("the seed has an internet gateway");
    const vpc = layout.nodes.find((n) => n.id === gateway.parent) as PlacedNode;
    const x = gateway.absX + gateway.width / 2;
    const y = gateway.absY + 2;
    expect(y).toBeLessThan(vpc.absY);
    expect(boxAt(hitIndexOf(layout), x, y)).toBe(gateway.id);
    expect(boxAt(hitIndexOf(layout), -1e6, -1e6)).toBeNull();
  });

  it("is built in steps, pausing every HIT_STEP_NODES boxes, into the index hitIndexOf builds", () => {
    const layout = layoutTopologySync(generateTopology(3000, 1));
    const steps = hitIndexSteps(layout);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // Each box is gone through twice (placed, then its extent grown into its parent's).
    expect(pauses).toBe(Math.floor((2 * layout.nodes.length) / HIT_STEP_NODES));
    expect(pauses).toBeGreaterThan(1);
    expect(step.value).toEqual(hitIndexOf(layout));
  });
});
