import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seedJson from "../../examples/seed-article.json";
import { layoutTopology, layoutTopologySync } from "../layout/layout.ts";
import { brokenTopologyArbitrary, topologyArbitrary } from "../layout/testing/arbitrary.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { type Topology, topology } from "../model/schema.ts";
import { checkRules } from "../model/validate.ts";
import { layoutBounds, type Scene, sceneAsMade, sceneBounds, sceneFromLayout } from "./export-scene.ts";
import { readTopologyFromSvg, unescapeXml } from "./svg-metadata.ts";
import {
  BACKGROUND_COLORS,
  exportFrame,
  layoutExportFrame,
  renderSvg,
  renderSvgParts,
} from "./svg-render.ts";
import { checkXml, type XmlElement } from "./testing/xml-check.ts";
import { PART_SIZE } from "./text-parts.ts";

const seed = topology.parse(seedJson);

async function sceneOf(doc: Topology, lang: "en" | "ko" = "en"): Promise<Scene> {
  return sceneFromLayout(await layoutTopology(doc), doc, lang);
}

function elementsOf(svg: string): XmlElement[] {
  const check = checkXml(svg);
  if (!check.ok) throw new Error(check.error);
  return check.elements;
}

const texts = (elements: XmlElement[]) =>
  elements.filter((e) => e.name === "text").map((e) => unescapeXml(e.text).replace(/\s+/g, " ").trim());

/** Anything another machine would have to fetch (or a browser would run). */
const EXTERNAL = /href\s*=|url\(|<image\b|<foreignObject\b|@import|<script\b|file:|<link\b|<style\b/i;

/** A name is shown whole (maybe over two lines), or when too long as a start of at least 4 characters and "…". */
function shows(lines: string[], label: string): boolean {
  const flat = label.replace(/ /g, "");
  // A long name may wrap onto the next line: read each line with the one after it too.
  return lines.some((line, i) => {
    const joined = `${line}${lines[i + 1] ?? ""}`.replace(/ /g, "");
    if (line.includes(label) || joined.includes(flat)) return true;
    const cut = /(\S+)…/.exec(joined)?.[1];
    return cut !== undefined && cut.length >= 4 && flat.startsWith(cut);
  });
}

describe("renderSvg", () => {
  it("draws the seed example as well-formed, self-contained SVG with every label as text", async () => {
    const scene = await sceneOf(seed);
    const svg = renderSvg(scene, { topologyJson: JSON.stringify(seed), title: seed.name });
    const elements = elementsOf(svg);
    expect(elements[0]?.name).toBe("svg");
    expect(elements[0]?.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(svg).not.toMatch(EXTERNAL);
    const lines = texts(elements);
    for (const label of ["Region Seoul", "VPC main-vpc", "Internet gateway", "igw-main", "Internet"])
      expect(lines.join("\n")).toContain(label);
    for (const label of [
      "Public subnet public-a",
      "EC2 instance",
      "web-1",
      "EBS volume",
      "web-1-root",
      "t3.micro",
    ])
      expect(lines.join("\n")).toContain(label);
    expect(lines).toContain("Public IP");
    expect(lines).toContain("web");
    expect(lines).toContain("running");
    expect(lines.join("\n")).toContain("ap-northeast-2a");
  });

  it("words the instance's state and public IP chip like the Korean canvas", async () => {
    const scene = await sceneOf(seed, "ko");
    const lines = texts(
      elementsOf(renderSvg(scene, { topologyJson: JSON.stringify(seed), title: seed.name })),
    );
    expect(lines).toContain("실행 중");
    expect(lines).toContain("퍼블릭 IP");
    expect(lines).not.toContain("running");
  });

  it("gives every box its accessible name as <title> and shows its kind and name as text", async () => {
    const doc = showcaseTopology();
    for (const lang of ["en", "ko"] as const) {
      const scene = await sceneOf(doc, lang);
      const elements = elementsOf(renderSvg(scene));
      const titles = elements.filter((e) => e.name === "title").map((e) => unescapeXml(e.text));
      const lines = texts(elements);
      for (const box of scene.boxes) {
        expect(titles).toContain(box.name);
        expect(shows(lines, box.kindLabel)).toBe(true);
        if (box.title !== "") expect(shows(lines, box.title), box.title).toBe(true);
      }
    }
  });

  it("wraps a long name onto a second line instead of cutting it (an image has no tooltip)", async () => {
    const doc = showcaseTopology();
    const web = doc.instances.find((x) => x.name === "web-a-1");
    if (!web) throw new Error("showcase changed");
    web.name = "payments-gateway-primary";
    const lines = texts(elementsOf(renderSvg(await sceneOf(doc))));
    const at = lines.indexOf("payments-gateway-");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe("primary");
    // Only a name too long for two lines is cut, at the end of its second line.
    const long = lines.findIndex((l) => l.startsWith("orders-database-"));
    expect(lines[long]).not.toContain("…");
    expect(lines[long + 1]).toMatch(/…$/);
  });

  it('widens a referred-to container for its name and the "outside the document" words; the name comes first', async () => {
    // AWS CLI output names subnets and VPCs it doesn't describe: empty boxes, once too narrow for any name.
    const long = "ParentVPCStack-SubnetAPublic-exported-by-the-network-team";
    const doc = topology.parse({
      ...seed,
      vpcs: [...seed.vpcs, { id: "vpc-0a60eb65b4EXAMPLE", external: true }],
      subnets: [
        ...seed.subnets,
        { id: "subnet-04a636d18e83cfacb", external: true },
        { id: long, external: true },
      ],
    });
    const lines = texts(elementsOf(renderSvg(await sceneOf(doc))));
    const header = (start: string) => lines.find((l) => l.startsWith(start)) ?? "";
    expect(header("VPC vpc-0a")).toBe("VPC vpc-0a60eb65b4EXAMPLE");
    // A subnet placeholder: public or private is unknown, so it is just a subnet.
    expect(header("Subnet subnet-04")).toBe("Subnet subnet-04a636d18e83cfacb");
    // A name longer than the widest such box is cut, and the words give it the room.
    expect(header("Subnet ParentVPCStack")).toMatch(/^Subnet ParentVPCStack-SubnetAPublic\S*…$/);
    const words = lines.filter((l) => l.startsWith("outsi"));
    expect(words.filter((l) => l === "outside the document")).toHaveLength(2);
    // Never as a stub: at least half of the words, or none.
    for (const l of words) expect(l.length * 2).toBeGreaterThanOrEqual("outside the document".length);
  });

  it("embeds the topology so the image re-opens as the same document", async () => {
    const doc = showcaseTopology();
    const json = JSON.stringify(doc);
    const svg = renderSvg(await sceneOf(doc), { topologyJson: json });
    const back = readTopologyFromSvg(svg);
    expect(back.ok && topology.parse(JSON.parse(back.text))).toEqual(doc);
  });

  it("stays well-formed XML and re-opens as the same document with characters XML forbids in names (B7)", async () => {
    const doc = structuredClone(seed);
    const hostile = [
      "web\u001b[31mRED",
      "nul\u0000bel\u0007bs\u0008",
      "ff\uFFFE\uFFFF",
      "lone\uD800x",
      "a\u000Bb\u000Cc",
    ];
    doc.name = hostile.join(" ");
    hostile.forEach((name, i) => {
      const inst = doc.instances[i % doc.instances.length];
      if (inst) inst.name = name;
    });
    const vpc = doc.vpcs[0];
    if (vpc) vpc.name = hostile[0];
    const json = JSON.stringify(doc);
    const svg = renderSvg(await sceneOf(doc), { topologyJson: json, title: doc.name });
    expect(checkXml(svg).ok).toBe(true);
    const back = readTopologyFromSvg(svg);
    expect(back.ok && topology.parse(JSON.parse(back.text))).toEqual(doc);
  });

  it("draws hundreds of thousands of items without overflowing the call stack (B9)", {
    timeout: 60_000,
  }, () => {
    // 200,000 cheap edges: past what push(...items) can take in Node (Chromium gave up at 100,000 boxes).
    const edges = Array.from({ length: 200_000 }, (_, i) => ({
      id: `e${i}`,
      kind: "attach" as const,
      points: [
        { x: 0, y: i },
        { x: 10, y: i },
      ],
    }));
    const scene = { boxes: [], edges } as unknown as Scene;
    const svg = renderSvg(scene, {});
    expect(svg.split("ec2viz-edge--attach").length).toBe(200_001);
    // As parts (what files and Blobs are written from): the same text, in slices of about a megabyte.
    const parts = renderSvgParts(scene, {});
    expect(parts.join("")).toBe(svg);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) expect(part.length).toBeLessThan(PART_SIZE + 1_000);
  });

  it("knows the picture's frame from the layout alone, as the scene would have it (a PNG refused before drawing)", () => {
    fc.assert(
      fc.property(
        fc.oneof(topologyArbitrary(), brokenTopologyArbitrary()),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 60 }),
        (doc, foldEvery, margin) => {
          const all = layoutTopologySync(doc);
          const containers = all.nodes.filter((n) => n.kind !== "instance" && n.kind !== "volume");
          const collapsed =
            foldEvery === 0 ? [] : containers.filter((_, i) => i % foldEvery === 0).map((n) => n.id);
          const layout = layoutTopologySync(doc, { collapsed });
          const diagnostics = checkRules(doc);
          const scene = sceneFromLayout(layout, doc, "en", diagnostics);
          expect(layoutExportFrame(layout, diagnostics, margin)).toEqual(exportFrame(scene, margin));
          expect(layoutBounds(layout, diagnostics)).toEqual(sceneBounds(scene));
        },
      ),
      { numRuns: 60 },
    );
    // Badges stick out past the top-right card, whichever diagnostics name it.
    const doc = showcaseTopology();
    const layout = layoutTopologySync(doc);
    const right = layout.nodes
      .filter((n) => n.kind === "instance")
      .sort((a, b) => b.absX + b.width - (a.absX + a.width))[0];
    const named = [
      { code: "x", severity: "warning", resource: right?.resourceId, message: "" },
    ] as unknown as Diagnostic[];
    const scene = sceneFromLayout(layout, doc, "en", named);
    expect(layoutExportFrame(layout, named)).toEqual(exportFrame(scene));
  }, 120_000);

  it("makes the same scene box by box as it is written (sceneAsMade), and each pass makes it again", () => {
    fc.assert(
      fc.property(fc.oneof(topologyArbitrary(), brokenTopologyArbitrary()), fc.boolean(), (doc, fold) => {
        const all = layoutTopologySync(doc);
        const collapsed = fold ? all.nodes.filter((n) => n.kind === "subnet").map((n) => n.id) : [];
        const layout = layoutTopologySync(doc, { collapsed });
        const diagnostics = checkRules(doc, "ko");
        const scene = sceneFromLayout(layout, doc, "ko", diagnostics);
        const made = sceneAsMade(layout, doc, "ko", diagnostics);
        expect(made.boxCount).toBe(scene.boxes.length);
        expect(made.bounds).toEqual(sceneBounds(scene));
        expect([...made.boxes]).toEqual(scene.boxes);
        expect([...made.boxes]).toEqual(scene.boxes);
        expect([...made.edges]).toEqual(scene.edges);
        expect(renderSvg(made)).toBe(renderSvg(scene));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("frames the whole diagram with the margin, at any scale", async () => {
    const scene = await sceneOf(showcaseTopology());
    const bounds = sceneBounds(scene);
    for (const scale of [1, 2, 3]) {
      const root = elementsOf(renderSvg(scene, { margin: 30, scale }))[0];
      const frame = exportFrame(scene, 30);
      expect(frame.width).toBe(Math.ceil(bounds.width + 60));
      expect(frame.height).toBe(Math.ceil(bounds.height + 60));
      expect(Number(root?.attrs.width)).toBeCloseTo(frame.width * scale);
      expect(Number(root?.attrs.height)).toBeCloseTo(frame.height * scale);
      expect(root?.attrs.viewBox).toBe(`${frame.x} ${frame.y} ${frame.width} ${frame.height}`);
    }
    // Every box lies inside the frame, at least the margin away from its edge.
    const frame = exportFrame(scene, 30);
    for (const b of scene.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(frame.x + 29);
      expect(b.y).toBeGreaterThanOrEqual(frame.y + 29);
      expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width - 29);
      expect(b.y + b.height).toBeLessThanOrEqual(frame.y + frame.height - 29);
    }
  });

  it("paints the chosen background, or none", async () => {
    const scene = await sceneOf(seed);
    const first = (background: "white" | "dark" | "transparent") =>
      elementsOf(renderSvg(scene, { background })).find((e) => e.name === "rect");
    expect(first("white")?.attrs.fill).toBe(BACKGROUND_COLORS.white);
    expect(first("dark")?.attrs.fill).toBe(BACKGROUND_COLORS.dark);
    // Transparent: the first rectangle is a box, not a page-sized sheet.
    const frame = exportFrame(scene);
    expect(Number(first("transparent")?.attrs.width)).toBeLessThan(frame.width);
  });

  it("draws every edge, with arrowheads on network routes only", async () => {
    const scene = await sceneOf(showcaseTopology());
    const elements = elementsOf(renderSvg(scene));
    const groups = elements.filter((e) => e.name === "g" && e.attrs.class?.startsWith("ec2viz-edge "));
    expect(groups.length).toBe(scene.edges.length);
    expect(scene.edges.some((e) => e.kind === "attach")).toBe(true);
    const arrows = elements.filter((e) => e.name === "path" && e.attrs.fill === "#8c4fff");
    expect(arrows.length).toBe(scene.edges.filter((e) => e.kind !== "attach").length);
  });

  it("stays well-formed and self-contained for any topology", async () => {
    await fc.assert(
      fc.asyncProperty(
        topologyArbitrary(),
        fc.constantFrom("en" as const, "ko" as const),
        async (doc, lang) => {
          const scene = await sceneOf(doc, lang);
          const svg = renderSvg(scene, { topologyJson: JSON.stringify(doc), background: "transparent" });
          const check = checkXml(svg);
          expect(check.ok ? "ok" : check.error).toBe("ok");
          expect(svg).not.toMatch(EXTERNAL);
          const titles = check.ok ? check.elements.filter((e) => e.name === "title").length : 0;
          expect(titles).toBe(scene.boxes.length);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("escapes names with XML characters", async () => {
    const doc = structuredClone(seed);
    (doc.instances[0] as { name?: string }).name = `<b>&"x'`;
    const svg = renderSvg(await sceneOf(doc));
    expect(checkXml(svg).ok).toBe(true);
    expect(texts(elementsOf(svg))).toContain(`<b>&"x'`);
  });
});

describe("checkXml", () => {
  it("catches the mistakes it is there for", () => {
    expect(checkXml("<a><b></a></b>").ok).toBe(false);
    expect(checkXml("<a>x & y</a>").ok).toBe(false);
    expect(checkXml("<a x=1/>").ok).toBe(false);
    expect(checkXml("<a/><b/>").ok).toBe(false);
    expect(checkXml("<a><b/>").ok).toBe(false);
    expect(checkXml('<?xml version="1.0"?>\n<a x="1"><!-- c --><b>t &amp; u</b></a>').ok).toBe(true);
  });
});
