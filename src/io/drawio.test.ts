import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTopologySync } from "../layout/layout.ts";
import { brokenTopologyArbitrary, topologyArbitrary } from "../layout/testing/arbitrary.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import type { Topology } from "../model/schema.ts";
import { cellId } from "./drawio.ts";
import { drawioText } from "./drawio-export.ts";
import { checkXml } from "./testing/xml-check.ts";

interface Cell {
  id: string;
  parent?: string;
  edge?: boolean;
  source?: string;
  target?: string;
  points?: { x: number; y: number }[];
  style?: string;
  value?: string;
  geometry?: { x: number; y: number; width: number; height: number };
}

const unescapeXmlText = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "quot"
          ? '"'
          : e === "apos"
            ? "'"
            : e === "amp"
              ? "&"
              : String.fromCharCode(Number(e.slice(1))),
  );

/** The cells of a .drawio text, with their geometry. */
function cellsOf(xml: string): Cell[] {
  const cells: Cell[] = [];
  const cellPattern =
    /<mxCell\b([^>]*?)(\/>|>(?:<mxGeometry\b([^>]*)(?:\/>|>(<Array as="points">.*?<\/Array>)<\/mxGeometry>))?<\/mxCell>)/g;
  for (const m of xml.matchAll(cellPattern)) {
    const attrs = Object.fromEntries(
      [...(m[1] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((a) => [
        a[1] as string,
        unescapeXmlText(a[2] as string),
      ]),
    );
    const cell: Cell = { id: attrs.id as string };
    if (attrs.parent !== undefined) cell.parent = attrs.parent;
    if (attrs.style !== undefined) cell.style = attrs.style;
    if (attrs.value !== undefined) cell.value = attrs.value;
    if (attrs.edge === "1") {
      cell.edge = true;
      cell.source = attrs.source as string;
      cell.target = attrs.target as string;
      cell.points = [...(m[4] ?? "").matchAll(/<mxPoint x="([^"]*)" y="([^"]*)"\/>/g)].map((p) => ({
        x: Number(p[1]),
        y: Number(p[2]),
      }));
      cells.push(cell);
      continue;
    }
    if (m[3]) {
      const g = Object.fromEntries(
        [...m[3].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1] as string, Number(a[2])]),
      );
      cell.geometry = { x: g.x ?? 0, y: g.y ?? 0, width: g.width ?? 0, height: g.height ?? 0 };
    }
    cells.push(cell);
  }
  return cells;
}

/** XML 1.0's Char production, as a test of the whole file. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

function checkDrawio(doc: Topology, lang: "en" | "ko" = "en") {
  const layout = layoutTopologySync(doc);
  const result = drawioText(doc, lang, [], [], layout);
  if (!result.ok) return { layout, cells: [] as Cell[], xml: "" };
  const xml = result.parts.join("");
  const check = checkXml(xml);
  expect(check.ok, check.ok ? "" : check.error).toBe(true);
  expect(XML_CHARS.test(xml)).toBe(true);
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<mxfile\b/);
  expect(xml).not.toMatch(/<diagram\b[^>]*>[A-Za-z0-9+/=\s]+<\/diagram>/); // not the compressed form
  const cells = cellsOf(xml);
  // Every <mxCell> was read (boxes and lines alike), so the checks below see the whole file.
  expect(cells.length).toBe(xml.match(/<mxCell\b/g)?.length ?? 0);
  const byId = new Map(cells.map((c) => [c.id, c]));
  expect(byId.size).toBe(cells.length); // ids unique
  const absolute = (c: Cell): { x: number; y: number } => {
    const parent = c.parent === undefined ? undefined : byId.get(c.parent);
    const base = parent?.geometry ? absolute(parent) : { x: 0, y: 0 };
    return { x: base.x + (c.geometry?.x ?? 0), y: base.y + (c.geometry?.y ?? 0) };
  };
  const ancestors = (id: string | undefined): string[] => {
    const parent = byId.get(id ?? "")?.parent;
    return parent === undefined ? [] : [parent, ...ancestors(parent)];
  };
  for (const e of cells.filter((c) => c.edge)) {
    // Every line joins two drawn boxes and lives in a container that holds both (or the page).
    const source = byId.get(e.source ?? "");
    const target = byId.get(e.target ?? "");
    expect(source?.geometry, `source of ${e.id}`).toBeDefined();
    expect(target?.geometry, `target of ${e.id}`).toBeDefined();
    expect(e.source).not.toBe(e.target);
    expect(ancestors(e.source)).toContain(e.parent);
    expect(ancestors(e.target)).toContain(e.parent);
    expect(e.parent === "1" || byId.get(e.parent ?? "")?.style?.includes("container=1")).toBe(true);
    expect(e.style).toMatch(/(^|;)endArrow=(block|none);/);
    expect(e.style).toMatch(/(^|;)strokeColor=#[0-9A-F]{6};/);
    // Waypoints (relative to the line's container) stay inside it.
    const box = byId.get(e.parent ?? "")?.geometry;
    for (const p of e.points ?? []) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      if (box) {
        expect(p.x).toBeGreaterThanOrEqual(-0.01);
        expect(p.y).toBeGreaterThanOrEqual(-0.01);
        expect(p.x).toBeLessThanOrEqual(box.width + 0.01);
        expect(p.y).toBeLessThanOrEqual(box.height + 0.01);
      }
    }
  }
  const onBorder = new Set(
    layout.nodes.filter((n) => n.kind === "internetGateway" && n.y < 0).map((n) => cellId(n.id)),
  );
  for (const c of cells.filter((c) => c.geometry)) {
    // Every box's style names an aws4 shape.
    expect(c.style).toMatch(/(^|;)shape=mxgraph\.aws4\.\w+/);
    const parent = byId.get(c.parent ?? "");
    expect(parent, `parent of ${c.id}`).toBeDefined();
    if (parent?.geometry) {
      // A parent is a container and holds its children geometrically (child coordinates are relative).
      expect(parent.style).toContain("container=1");
      const g = c.geometry as NonNullable<Cell["geometry"]>;
      expect(g.x).toBeGreaterThanOrEqual(-0.01);
      // An internet gateway sits on its VPC's top border, as in AWS's diagrams: centred on it.
      if (onBorder.has(c.id)) expect(g.y + g.height / 2).toBeCloseTo(0, 1);
      else expect(g.y).toBeGreaterThanOrEqual(-0.01);
      expect(g.x + g.width).toBeLessThanOrEqual(parent.geometry.width + 0.01);
      expect(g.y + g.height).toBeLessThanOrEqual(parent.geometry.height + 0.01);
    }
  }
  // Containers sit at our layout's positions.
  for (const node of layout.nodes) {
    const cell = byId.get(cellId(node.id));
    expect(cell, node.id).toBeDefined();
    if (!cell || !["region", "vpc", "availabilityZone", "subnet"].includes(node.kind)) continue;
    const at = absolute(cell);
    expect(at.x).toBeCloseTo(node.absX, 1);
    expect(at.y).toBeCloseTo(node.absY, 1);
    expect(cell.geometry?.width).toBeCloseTo(node.width, 1);
  }
  return { layout, cells, xml };
}

describe("draw.io export", () => {
  it("nests the showcase as aws4 containers with the right group icons and resource icons", () => {
    const { cells } = checkDrawio(showcaseTopology());
    const styles = cells.map((c) => c.style ?? "");
    for (const icon of ["group_region", "group_vpc2", "group_availability_zone", "group_security_group"])
      expect(styles.some((s) => s.includes(`grIcon=mxgraph.aws4.${icon};`))).toBe(true);
    expect(styles.some((s) => s.includes("fillColor=#F2F6E8"))).toBe(true); // public subnet
    expect(styles.some((s) => s.includes("fillColor=#E6F6F7"))).toBe(true); // private subnet
    for (const icon of [
      "resIcon=mxgraph.aws4.ec2;",
      "resIcon=mxgraph.aws4.elastic_block_store;",
      "shape=mxgraph.aws4.internet_gateway;",
    ])
      expect(styles.some((s) => s.includes(icon))).toBe(true);
    const subnet = cells.find((c) => c.style?.includes("group_security_group"));
    const inSubnet = cells.filter((c) => c.parent === subnet?.id);
    expect(inSubnet.length).toBeGreaterThan(0);
  });

  it("draws every line of the layout as an edge between the right cells", () => {
    const { cells, layout } = checkDrawio(showcaseTopology());
    const edges = cells.filter((c) => c.edge);
    expect(edges).toHaveLength(layout.edges.length);
    for (const e of layout.edges) {
      const cell = edges.find((c) => c.id === cellId(`edge:${e.id}`));
      expect(cell, e.id).toBeDefined();
      expect(cell?.source).toBe(cellId(e.source));
      expect(cell?.target).toBe(cellId(e.target));
      expect(cell?.points).toHaveLength(Math.max(0, e.points.length - 2));
    }
    // Each kind the app draws: the way to the internet, public routes, the NAT path, attachments.
    const kinds = new Set(layout.edges.map((e) => e.kind));
    for (const kind of ["internet", "public", "nat", "attach"] as const)
      expect(kinds.has(kind), kind).toBe(true);
    // An attachment (instance -> volume) stays in their subnet, dashed, without a head.
    const attach = layout.edges.find((e) => e.kind === "attach");
    const attachCell = edges.find((c) => c.id === cellId(`edge:${attach?.id}`));
    expect(attachCell?.style).toContain("endArrow=none;");
    expect(attachCell?.style).toContain("dashed=1;");
    expect(attachCell?.parent).not.toBe("1");
  });

  it("leaves out lines whose end is folded away", () => {
    const doc = showcaseTopology();
    const layout = layoutTopologySync(doc, { collapsed: ["subnet-web-a"] });
    const result = drawioText(doc, "en", ["subnet-web-a"], [], layout);
    if (!result.ok) throw new Error(result.reason);
    const cells = cellsOf(result.parts.join(""));
    const ids = new Set(cells.map((c) => c.id));
    for (const e of cells.filter((c) => c.edge)) {
      expect(ids.has(e.source ?? "")).toBe(true);
      expect(ids.has(e.target ?? "")).toBe(true);
    }
  });

  it("words the labels in the reader's language and escapes what XML and HTML would read", () => {
    const doc = showcaseTopology();
    const vpc = doc.vpcs[0] as Topology["vpcs"][number];
    vpc.name = `a<b>&"c'\u0001\uffff`;
    doc.name = "x\u0000y";
    const { cells, xml } = checkDrawio(doc, "ko");
    expect(xml).toContain("퍼블릭 서브넷");
    const vpcCell = cells.find((c) => c.id === cellId(vpc.id));
    expect(vpcCell?.value).toContain("a&lt;b&gt;&amp;\"c'\ufffd\ufffd");
  });

  it("holds for any topology, broken references included", () => {
    fc.assert(
      fc.property(fc.oneof(topologyArbitrary(), brokenTopologyArbitrary()), (doc) => {
        checkDrawio(doc);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("refuses an empty diagram with a reason", () => {
    const empty: Topology = showcaseTopology();
    for (const key of Object.keys(empty) as (keyof Topology)[])
      if (Array.isArray(empty[key])) (empty[key] as unknown[]) = [];
    const result = drawioText(empty, "en");
    expect(result.ok).toBe(false);
  });
});
