import fc from "fast-check";
import { describe, expect, it } from "vitest";
import natJson from "../../examples/nat-gateway.json";
import seedJson from "../../examples/seed-article.json";
import webJson from "../../examples/web-two-az.json";
import { layoutTopology } from "../layout/layout.ts";
import { topologyArbitrary } from "../layout/testing/arbitrary.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { type Topology, topology } from "../model/schema.ts";
import { checkRules } from "../model/validate.ts";
import { sceneFromLayout } from "./export-scene.ts";
import { unescapeXml } from "./svg-metadata.ts";
import { paintList, parseSvgForPaint } from "./svg-paint.ts";
import { type ExportBackground, renderSvg } from "./svg-render.ts";
import { fakePath, recorder } from "./testing/paint-recorder.ts";
import { checkXml } from "./testing/xml-check.ts";

async function svgOf(doc: Topology, lang: "en" | "ko", background: ExportBackground): Promise<string> {
  const layout = await layoutTopology(doc);
  const scene = sceneFromLayout(layout, doc, lang, checkRules(doc, lang));
  return renderSvg(scene, { background, scale: 2 });
}

/** The drawing as the XML reader sees it: shapes by name, and each <text>'s words. */
function expected(svg: string) {
  const check = checkXml(svg);
  if (!check.ok) throw new Error(check.error);
  const count = (name: string) => check.elements.filter((e) => e.name === name).length;
  const texts = check.elements
    .filter((e) => e.name === "text")
    .map((e) => unescapeXml(e.text).replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return { rects: count("rect"), circles: count("circle"), paths: count("path"), texts };
}

function painted(svg: string) {
  const list = parseSvgForPaint(svg);
  const { ctx, calls } = recorder();
  paintList(ctx, list, fakePath);
  expect(ctx.depth).toBe(0);
  const texts = list.ops.flatMap((op) => (op.kind === "text" ? [op.runs.map((r) => r.text).join("")] : []));
  return { list, calls, texts };
}

const examples: [string, Topology][] = [
  ["seed", topology.parse(seedJson)],
  ["nat", topology.parse(natJson)],
  ["web-two-az", topology.parse(webJson)],
  ["showcase", showcaseTopology()],
];

describe("parseSvgForPaint + paintList", () => {
  for (const [name, doc] of examples)
    for (const lang of ["en", "ko"] as const)
      it(`reads every shape and word of the ${name} export (${lang})`, async () => {
        const svg = await svgOf(doc, lang, lang === "en" ? "white" : "dark");
        const want = expected(svg);
        const { list, calls, texts } = painted(svg);
        const kinds = (k: string) => list.ops.filter((o) => o.kind === k).length;
        expect(kinds("rect")).toBe(want.rects);
        expect(kinds("circle")).toBe(want.circles);
        expect(kinds("path")).toBe(want.paths);
        expect(texts).toEqual(want.texts);
        // Every word reaches the canvas, each shape is filled or stroked.
        expect(
          calls
            .filter((c) => c.op === "fillText")
            .map((c) => c.args[0])
            .join(""),
        ).toBe(list.ops.flatMap((o) => (o.kind === "text" ? o.runs.map((r) => r.text) : [])).join(""));
        expect(calls.filter((c) => c.op === "fill" || c.op === "stroke").length).toBeGreaterThanOrEqual(
          want.rects + want.circles + want.paths - 1,
        );
        // Units: the background, then one per box and edge, covering every op once, in order.
        let at = 0;
        for (const u of list.units) {
          expect(u.start).toBe(at);
          at = u.end;
        }
        expect(at).toBe(list.ops.length);
      });

  it("reads generated topologies too", async () => {
    await fc.assert(
      fc.asyncProperty(
        topologyArbitrary(),
        fc.constantFrom<ExportBackground>("white", "dark", "transparent"),
        async (doc, bg) => {
          const svg = await svgOf(doc, "en", bg);
          const want = expected(svg);
          const { texts, list } = painted(svg);
          expect(texts).toEqual(want.texts);
          expect(list.ops.filter((o) => o.kind !== "text").length).toBe(
            want.rects + want.circles + want.paths,
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  it("keeps paint attributes, inherits them from groups, and applies transforms", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="-5 -5 10 10" font-family="A, B">' +
      '<rect x="-5" y="-5" width="10" height="10" fill="#fff"/>' +
      '<g class="ec2viz-boxes"><g class="b"><title>x &amp; y</title>' +
      '<rect x="0" y="0" width="4" height="2" rx="9" fill="#123456" fill-opacity="0.5" stroke="#abcdef" stroke-width="2" stroke-dasharray="2 3"/>' +
      '<g transform="translate(1 2) scale(0.5)" fill="none" stroke="#ffffff"><circle cx="2" cy="2" r="1"/><path d="M0 0h2"/></g>' +
      '<text x="1" y="3" font-size="13"><tspan font-weight="700" fill="#f00">Kind</tspan>  <tspan fill="#0f0">a &lt;b&gt;</tspan></text>' +
      "</g></g></svg>";
    const list = parseSvgForPaint(svg);
    expect(list.viewBox).toEqual({ x: -5, y: -5, width: 10, height: 10 });
    const rect = list.ops[1];
    expect(rect).toMatchObject({
      kind: "rect",
      rx: 9,
      style: { fillOpacity: 0.5, strokeWidth: 2, dash: [2, 3] },
    });
    const circle = list.ops[2];
    expect(circle).toMatchObject({
      kind: "circle",
      m: [0.5, 0, 0, 0.5, 1, 2],
      style: { fill: "none", stroke: "#ffffff" },
    });
    const text = list.ops[4];
    expect(
      text?.kind === "text" &&
        text.runs.map((r) => [r.text, r.style.fill, r.style.fontWeight, r.style.fontFamily]),
    ).toEqual([
      ["Kind", "#f00", "700", "A, B"],
      [" ", "#000000", "400", "A, B"],
      ["a <b>", "#0f0", "400", "A, B"],
    ]);
    expect(list.units.map((u) => [u.start, u.end])).toEqual([
      [0, 1],
      [1, 5],
    ]);
    const { ctx, calls } = recorder();
    paintList(ctx, list, fakePath);
    // The rounded corner is clamped to half the short side, as SVG does.
    expect(calls.find((c) => c.op === "roundRect")?.args).toEqual([0, 0, 4, 2, 1]);
    const fill = calls.find((c) => c.op === "fill" && c.fill === "#123456");
    expect(fill?.alpha).toBe(0.5);
    expect(calls.filter((c) => c.op === "fillText").map((c) => [c.args[0], c.args[1], c.font])).toEqual([
      ["Kind", 1, "normal 700 13px A, B"],
      [" ", 29, "normal 400 13px A, B"],
      ["a <b>", 36, "normal 400 13px A, B"],
    ]);
  });

  it("anchors text at its middle or end", () => {
    const list = parseSvgForPaint(
      '<svg viewBox="0 0 10 10"><text x="100" y="5" text-anchor="middle">abcd</text><text x="100" y="5" text-anchor="end">ab</text>' +
        '<text x="100" y="5">a</text>' +
        '<text x="100" y="5" text-anchor="middle"><tspan font-weight="700">ab</tspan><tspan>cd</tspan></text></svg>',
    );
    const { ctx, calls } = recorder();
    paintList(ctx, list, fakePath);
    // One run: the context anchors it. Several: each is placed from the measured widths (7 px a letter here).
    expect(calls.filter((c) => c.op === "fillText").map((c) => [c.args[0], c.args[1], c.align])).toEqual([
      ["abcd", 100, "center"],
      ["ab", 100, "right"],
      ["a", 100, "left"],
      ["ab", 86, "left"],
      ["cd", 100, "left"],
    ]);
  });

  it("undoes a shape's own transform before the next shape, and sets paint state only when it changes", () => {
    const list = parseSvgForPaint(
      '<svg viewBox="0 0 10 10"><g><g transform="translate(5 6) scale(2)"><rect x="0" y="0" width="1" height="1" fill="#f00"/></g>' +
        '<rect x="1" y="1" width="1" height="1" fill="#f00"/><rect x="2" y="2" width="1" height="1" fill="#0f0"/></g></svg>',
    );
    const { ctx, calls } = recorder();
    const fills: unknown[] = [];
    const watched = new Proxy(ctx, {
      set(target, key, value) {
        if (key === "fillStyle") fills.push(value);
        return Reflect.set(target, key, value);
      },
    });
    paintList(watched, list, fakePath);
    expect(calls.filter((c) => c.op === "rect").map((c) => c.matrix)).toEqual([
      [2, 0, 0, 2, 5, 6],
      [1, 0, 0, 1, 0, 0],
      [1, 0, 0, 1, 0, 0],
    ]);
    expect(calls.filter((c) => c.op === "fill").map((c) => c.fill)).toEqual(["#f00", "#f00", "#0f0"]);
    expect(fills).toEqual(["#f00", "#0f0"]);
  });

  it("skips units wholly outside the view", () => {
    const list = parseSvgForPaint(
      '<svg viewBox="0 0 1000 10"><g><g><rect x="0" y="0" width="10" height="10"/><text x="2" y="8">left</text></g>' +
        '<g><rect x="900" y="0" width="10" height="10"/><text x="902" y="8">right</text></g>' +
        '<g><path d="M5 5 L905 5"/></g></g></svg>',
    );
    const { ctx, calls } = recorder();
    paintList(ctx, list, fakePath, { x0: 800, y0: 0, x1: 1000, y1: 10 });
    expect(calls.filter((c) => c.op === "fillText").map((c) => c.args[0])).toEqual(["right"]);
    expect(calls.filter((c) => c.op === "fill").length).toBe(2);
  });

  it("refuses what it would mis-draw", () => {
    expect(() => parseSvgForPaint('<svg viewBox="0 0 1 1"><image href="x.png"/></svg>')).toThrow(/<image>/);
    expect(() =>
      parseSvgForPaint(
        '<svg viewBox="0 0 1 1"><rect x="0" y="0" width="1" height="1" filter="url(#f)"/></svg>',
      ),
    ).toThrow(/filter/);
    expect(() => parseSvgForPaint('<svg viewBox="0 0 1 1"><g transform="rotate(4)"/></svg>')).toThrow(
      /rotate/,
    );
    expect(() => parseSvgForPaint('<svg viewBox="0 0 1 1"><g>')).toThrow(/not closed/);
    // XML names an attribute once; a second one would be applied twice (a transform, twice over).
    expect(() =>
      parseSvgForPaint('<svg viewBox="0 0 1 1"><g transform="scale(2)" transform="scale(2)"/></svg>'),
    ).toThrow(/transform twice/);
    expect(() => parseSvgForPaint("<rect/>")).toThrow(/before <svg>/);
  });
});
