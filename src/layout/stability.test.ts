import { describe, expect, it } from "vitest";
import { generateTopology } from "../model/examples/generate.ts";
import { layoutTopology } from "./layout.ts";
import { measureMovement } from "./testing/stability.ts";
import type { LayoutResult, PlacedNode } from "./types.ts";

const box = (id: string, absX: number, absY: number, parent?: string): PlacedNode => ({
  id,
  kind: "instance",
  x: absX,
  y: absY,
  absX,
  absY,
  width: 10,
  height: 10,
  ...(parent ? { parent } : {}),
});
const layout = (nodes: PlacedNode[]): LayoutResult => ({ nodes, edges: [], width: 100, height: 100 });

describe("measureMovement", () => {
  it("measures shifts and notices swapped siblings", () => {
    const before = layout([box("a", 0, 0), box("b", 20, 0), box("c", 40, 0)]);
    const after = layout([box("a", 20, 0), box("b", 0, 0), box("c", 40, 0), box("d", 60, 0)]);
    const m = measureMovement(before, after);
    expect(m.compared).toBe(3);
    expect(m.moved).toBe(2);
    expect(m.maxShift).toBe(20);
    expect(m.orderKept).toBeCloseTo(1 / 2);
  });

  it("reports no movement for the same layout", () => {
    const l = layout([box("a", 0, 0), box("b", 0, 30)]);
    expect(measureMovement(l, l)).toMatchObject({ moved: 0, maxShift: 0, orderKept: 1 });
  });

  it("keeps siblings' order when one instance is added to a generated topology", async () => {
    const doc = generateTopology(120, 4);
    const before = await layoutTopology(doc);
    const grown = structuredClone(doc);
    const subnet = grown.subnets[0]?.id ?? "";
    grown.instances.push({ id: "i-new", subnet, instanceType: "t3.micro" });
    const after = await layoutTopology(grown);
    expect(measureMovement(before, after).orderKept).toBe(1);
  });
});
