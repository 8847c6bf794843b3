// The far picture draws the overview the canvas shows below TINY_ZOOM: every container with its
// frame and miniature, every gateway, the Internet and the lines, parents under children, lines on
// top; and its copies are sized so no zoom of the band shrinks one more than twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CARD, EDGE_STYLE, EXTERNAL_DASH, FRAME, FRAME_LINE } from "../layout/colours.ts";
import { layoutTopology } from "../layout/layout.ts";
import { toFlow } from "../layout/to-flow.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import { generateTopology } from "../model/examples/generate.ts";
import {
  drawFarPicture,
  FAR_PICTURE_PIXELS,
  type FarContext,
  farBoxes,
  farLevel,
  farLines,
  farPictureScales,
} from "./far-picture.ts";
import { MIN_ZOOM } from "./fit-clear.ts";
import { TINY_ZOOM } from "./zoom-bands.ts";

interface Op {
  op: "fill" | "stroke" | "translate";
  d?: string;
  colour?: string;
  width?: number;
  dash?: readonly number[];
  alpha?: number;
  at?: [number, number];
}

/**
 * A 2D context that writes down what is painted, in what colour, width and dash; `d` is the path
 * traced since the last beginPath, as its calls (`moveTo(3,2) arcTo(…) …`).
 */
function recorder(): { ctx: FarContext; ops: Op[]; transforms: number[][] } {
  const ops: Op[] = [];
  const transforms: number[][] = [];
  let dash: readonly number[] = [];
  let path: string[] = [];
  const trace =
    (name: string) =>
    (...args: number[]) => {
      path.push(`${name}(${args.join(",")})`);
    };
  const ctx: FarContext = {
    setTransform: (...m: number[]) => {
      transforms.push(m);
    },
    translate: (x, y) => {
      ops.push({ op: "translate", at: [x, y] });
    },
    save: () => {},
    restore: () => {},
    setLineDash: (d) => {
      dash = d;
    },
    beginPath: () => {
      path = [];
    },
    moveTo: trace("moveTo"),
    lineTo: trace("lineTo"),
    quadraticCurveTo: trace("quadraticCurveTo"),
    closePath: trace("closePath"),
    rect: trace("rect"),
    arcTo: trace("arcTo"),
    arc: trace("arc"),
    fill: () => {
      ops.push({ op: "fill", d: path.join(" "), colour: ctx.fillStyle as string, alpha: ctx.globalAlpha });
    },
    stroke: () => {
      ops.push({
        op: "stroke",
        d: path.join(" "),
        colour: ctx.strokeStyle as string,
        width: ctx.lineWidth,
        dash,
      });
    },
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    lineJoin: "miter",
    globalAlpha: 1,
  };
  return { ctx, ops, transforms };
}

async function overview(instances: number, vpcs: number, diagnostics: readonly Diagnostic[] = []) {
  const doc = generateTopology(instances, vpcs);
  const layout = await layoutTopology(doc);
  const flow = toFlow(layout, doc, { details: false, diagnostics });
  return { doc, layout, flow, boxes: farBoxes(layout, flow.nodes), lines: farLines(flow.edges) };
}

describe("drawFarPicture", () => {
  it("draws every overview box, parents first, each container's frame in its colours", async () => {
    const { layout, flow, boxes, lines } = await overview(60, 2);
    // Every node of the overview is drawn, none of the instances and volumes (their miniatures are).
    expect(boxes.map((b) => b.data.targetId).sort()).toEqual(flow.nodes.map((n) => n.data.targetId).sort());
    expect(boxes.some((b) => b.data.kind === "instance" || b.data.kind === "volume")).toBe(false);
    const order = new Map(layout.nodes.map((n, i) => [n.id, i]));
    const idOf = new Map(flow.nodes.map((n) => [n.data, n.id]));
    const places = boxes.map((b) => order.get(idOf.get(b.data) ?? "") ?? -1);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(places).not.toContain(-1);

    const { ctx, ops } = recorder();
    drawFarPicture(ctx, boxes, lines, 0.05);
    const strokes = ops.filter((o) => o.op === "stroke");
    for (const b of boxes.filter((x) => x.data.kind === "vpc" || x.data.kind === "subnet")) {
      const key = b.data.face.variant as keyof typeof FRAME;
      // The frame: a rounded rectangle starting half its border in from the box's corner.
      const frame = strokes.find((o) =>
        o.d?.startsWith(
          `moveTo(${b.x + FRAME_LINE[key].width / 2 + 2},${b.y + FRAME_LINE[key].width / 2}) arcTo(`,
        ),
      );
      expect(frame?.colour).toBe(FRAME[key].stroke);
      expect(frame?.width).toBe(FRAME_LINE[key].width);
    }
    const zone = boxes.find((b) => b.data.kind === "availabilityZone");
    const zoneFrame = strokes.find(
      (o) => zone && o.d?.startsWith(`moveTo(${zone.x + 0.75 + 2},${zone.y + 0.75}) arcTo(`),
    );
    expect(zoneFrame?.dash).toEqual(FRAME_LINE.availabilityZone.dash);
  });

  it("draws each container's miniature where its boxes are, and problem dots", async () => {
    const probe = await overview(40, 1);
    const instance = probe.doc.instances[0];
    const diagnostics: Diagnostic[] = instance
      ? [{ code: "subnet-overlap", severity: "error", message: "m", path: "$", resource: instance.id }]
      : [];
    const { boxes, lines } = await overview(40, 1, diagnostics);
    const { ctx, ops } = recorder();
    drawFarPicture(ctx, boxes, lines, 0.05);
    const withMini = boxes.filter((b) => (b.data.miniature?.length ?? 0) > 0);
    expect(withMini.length).toBeGreaterThan(0);
    for (const b of withMini) expect(ops).toContainEqual({ op: "translate", at: [b.x, b.y] });
    // Instances are drawn with their card colour (frame and tile), and the flagged one has its dot.
    expect(ops.some((o) => o.op === "stroke" && o.colour === CARD.instance)).toBe(true);
    expect(ops.some((o) => o.op === "fill" && o.colour === CARD.instance)).toBe(true);
    expect(ops.filter((o) => o.op === "fill" && o.d?.includes("arc("))).toHaveLength(1);
  });

  it("draws the lines over the boxes, with an arrowhead on each network path", async () => {
    const { doc, layout, boxes, lines } = await overview(30, 2);
    expect(lines.length).toBeGreaterThan(0);
    // No volume attachment: its ends, an instance and a volume, are drawn only as miniatures.
    expect(toFlow(layout, doc, { details: true }).edges.some((e) => e.data?.kind === "attach")).toBe(true);
    expect(lines.some((l) => l.kind === "attach")).toBe(false);
    const boxesOnly = recorder();
    drawFarPicture(boxesOnly.ctx, boxes, [], 0.05);
    const all = recorder();
    drawFarPicture(all.ctx, boxes, lines, 0.05);
    expect(all.ops.slice(0, boxesOnly.ops.length)).toEqual(boxesOnly.ops);
    const after = all.ops.slice(boxesOnly.ops.length);
    expect(after.filter((o) => o.op === "stroke")).toHaveLength(lines.length);
    expect(after.filter((o) => o.op === "fill")).toHaveLength(
      lines.filter((l) => EDGE_STYLE[l.kind].arrowHead).length,
    );
    for (const [i, o] of after.filter((x) => x.op === "stroke").entries())
      expect(o.colour).toBe(EDGE_STYLE[lines[i]?.kind ?? "internet"].stroke);
  });

  it("draws a frame defined outside the document dashed", () => {
    const { ctx, ops } = recorder();
    const data = {
      kind: "subnet",
      face: { variant: "private" },
      external: true,
      collapsed: false,
    } as unknown as Parameters<typeof drawFarPicture>[1][number]["data"];
    drawFarPicture(ctx, [{ data, x: 0, y: 0, width: 300, height: 200 }], [], 0.1);
    expect(ops.find((o) => o.op === "stroke")?.dash).toEqual(EXTERNAL_DASH);
  });

  it("draws in canvas pixels: the transform is the scale alone", () => {
    const { ctx, transforms } = recorder();
    drawFarPicture(ctx, [], [], 0.07);
    expect(transforms).toEqual([[0.07, 0, 0, 0.07, 0, 0]]);
  });
});

describe("far picture copies", () => {
  it("fit the pixel budget, halve down past the least zoom, and never shrink a copy more than twice", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 200_000 }),
        fc.integer({ min: 200, max: 200_000 }),
        fc.constantFrom(1, 1.5, 2),
        fc.double({ min: MIN_ZOOM, max: TINY_ZOOM, noNaN: true }),
        (width, height, ratio, zoom) => {
          const scales = farPictureScales(width, height, MIN_ZOOM, ratio);
          const top = scales[0] as number;
          expect(top).toBeLessThanOrEqual(TINY_ZOOM * ratio);
          expect(width * top * height * top).toBeLessThanOrEqual(FAR_PICTURE_PIXELS * 1.000001);
          for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeCloseTo(top / 2 ** i, 12);
          // The smallest copy is small enough for the least zoom.
          expect((scales.at(-1) as number) / 2).toBeLessThanOrEqual(MIN_ZOOM * ratio);
          const level = farLevel(scales, zoom, ratio);
          const scale = scales[level] as number;
          // Shown from a copy at most twice the size on screen (or the biggest, scaled up).
          expect(scale / (zoom * ratio)).toBeLessThanOrEqual(2 * 1.000001);
          if (level > 0) expect(scale).toBeGreaterThanOrEqual(zoom * ratio * 0.999999);
        },
      ),
    );
  });
});
