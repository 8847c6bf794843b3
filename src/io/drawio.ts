// A laid-out topology -> a diagrams.net (draw.io) file: plain, uncompressed mxfile XML (as
// diagrams.net writes by default, so it diffs well), drawn with its AWS 2021+ library (aws4):
// Region, VPC, Availability Zone and subnets are aws4 group containers, nested with parent=
// and child coordinates relative to the parent, at our layout's positions; instances, volumes,
// gateways and the Internet are aws4 icons with their words beside them; the lines (the way to the
// internet, a subnet's route to its NAT gateway, volume attachments) are edges between those cells.
// The user goes on editing there. Pure string work: runs in the browser (Export menu) and in Node (the CLI).

import { AWS, CARD, EDGE_STYLE, FRAME } from "../layout/colours.ts";
import type { LayoutResult, PlacedNode, RoutedEdge } from "../layout/types.ts";
import type { Scene, SceneAsMade, SceneBox } from "./export-scene.ts";
import { escapeXml } from "./svg-metadata.ts";
import { TextParts } from "./text-parts.ts";

/** Style keys every aws4 group container shares (as in diagrams.net's AWS / Groups palette). */
const GROUP =
  "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];outlineConnect=0;gradientColor=none;html=1;whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;recursiveResize=0;shape=mxgraph.aws4.group;verticalAlign=top;align=left;spacingLeft=30;";

/** `#RRGGBB`, as diagrams.net writes colours. */
const hex = (colour: string) => colour.toUpperCase();

/** aws4 group look per container variant: grIcon, our frame colours (src/layout/colours.ts), dashes. */
const GROUP_LOOK: Record<string, string> = {
  region: `grIcon=mxgraph.aws4.group_region;strokeColor=${hex(FRAME.region.stroke)};fillColor=none;fontColor=${hex(FRAME.region.text)};dashed=1;`,
  vpc: `grIcon=mxgraph.aws4.group_vpc2;strokeColor=${hex(FRAME.vpc.stroke)};fillColor=none;fontColor=${hex(FRAME.vpc.text)};dashed=0;`,
  availabilityZone: `grIcon=mxgraph.aws4.group_availability_zone;strokeColor=${hex(FRAME.availabilityZone.stroke)};fillColor=none;fontColor=${hex(FRAME.availabilityZone.text)};dashed=1;`,
  public: `grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=${hex(FRAME.public.stroke)};fillColor=${hex(FRAME.public.fill)};fontColor=${hex(FRAME.public.text)};dashed=0;`,
  private: `grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=${hex(FRAME.private.stroke)};fillColor=${hex(FRAME.private.fill)};fontColor=${hex(FRAME.private.text)};dashed=0;`,
  subnet: `grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=${hex(FRAME.subnet.stroke)};fillColor=${hex(FRAME.subnet.fill)};fontColor=${hex(FRAME.subnet.text)};dashed=0;`,
};

/** Style keys of aws4 icons with their label on the right. */
const ICON = `sketch=0;outlineConnect=0;fontColor=${hex(AWS.ink)};gradientColor=none;dashed=0;labelPosition=right;verticalLabelPosition=middle;align=left;verticalAlign=middle;spacingLeft=4;html=1;whiteSpace=wrap;fontSize=11;fontStyle=0;aspect=fixed;`;

const ICON_LOOK: Record<string, string> = {
  instance: `fillColor=${hex(CARD.instance)};strokeColor=#ffffff;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2;`,
  volume: `fillColor=${hex(CARD.volume)};strokeColor=#ffffff;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.elastic_block_store;`,
  gateway: `fillColor=${hex(CARD.internetGateway)};strokeColor=none;pointerEvents=1;shape=mxgraph.aws4.internet_gateway;`,
  "gateway-detached": `fillColor=${hex(CARD.internetGateway)};strokeColor=none;pointerEvents=1;opacity=50;shape=mxgraph.aws4.internet_gateway;`,
  natGateway: `fillColor=${hex(CARD.natGateway)};strokeColor=none;pointerEvents=1;shape=mxgraph.aws4.nat_gateway;`,
  internet: `fillColor=${hex(AWS.ink)};strokeColor=none;pointerEvents=1;shape=mxgraph.aws4.internet;`,
};

/** Icon size inside a card (draw.io's own aws4 icons are 78 px; our cards are shorter). */
const ICON_SIZE = 40;

/**
 * Connector lines, as diagrams.net's AWS arrows are drawn (html=1, no jumps, a block head, not
 * rounded), in the colours and dashes of the app's own lines; the waypoints are our route's corners.
 */
const EDGE =
  "edgeStyle=none;html=1;rounded=0;jettySize=auto;orthogonalLoop=1;labelBackgroundColor=none;startArrow=none;";

function edgeStyle(kind: RoutedEdge["kind"]): string {
  const s = EDGE_STYLE[kind];
  const head = !s.arrowHead ? "endArrow=none;" : "endArrow=block;endFill=1;";
  const dash = s.dash ? `dashed=1;dashPattern=${s.dash};` : "dashed=0;";
  return `${EDGE}${head}strokeColor=${hex(s.stroke)};strokeWidth=${s.width};${dash}`;
}

/** Text for an XML attribute: forbidden characters replaced, the five specials escaped (escapeXml), line breaks kept. */
function xmlAttr(text: string): string {
  return escapeXml(text).replace(/[\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const html = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

/** Text shown in an html=1 label: each line HTML-escaped (the bold one in <b>), joined with <br>. */
const htmlLabel = (lines: readonly (string | undefined)[], bold = -1) =>
  lines
    .map((l, i) => (l === undefined || l === "" ? "" : i === bold ? `<b>${html(l)}</b>` : html(l)))
    .filter((l) => l !== "")
    .join("<br>");

const r = (v: number) => Math.round(v * 100) / 100;

/** The id of a box's cell: the diagram id, kept apart from draw.io's root cells "0" and "1". */
export const cellId = (diagramId: string) => `ec2viz-${diagramId}`;

interface DrawioOptions {
  /** Name of the diagram's page (the document's name). */
  name?: string;
}

function containerCell(
  b: SceneBox,
  node: PlacedNode,
  parent: string,
  origin: { x: number; y: number },
): string {
  const look = GROUP_LOOK[b.variant] ?? (GROUP_LOOK.private as string);
  const label = htmlLabel([`${b.kindLabel} ${b.title}`.trim(), b.detail, b.foldedText]);
  return (
    `<mxCell id="${xmlAttr(cellId(node.id))}" value="${xmlAttr(label)}" style="${GROUP}${look}" vertex="1" parent="${xmlAttr(parent)}">` +
    `<mxGeometry x="${r(node.absX - origin.x)}" y="${r(node.absY - origin.y)}" width="${r(node.width)}" height="${r(node.height)}" as="geometry"/></mxCell>`
  );
}

function iconCell(b: SceneBox, node: PlacedNode, parent: string, origin: { x: number; y: number }): string {
  const look =
    b.kind === "internet"
      ? ICON_LOOK.internet
      : (ICON_LOOK[b.variant] ?? ICON_LOOK[b.kind] ?? ICON_LOOK.instance);
  const size = Math.min(ICON_SIZE, node.height, node.width);
  // The icon sits at the card's left edge, vertically centred: always inside the card's box.
  const x = node.absX - origin.x + (b.kind === "internet" ? (node.width - size) / 2 : 4);
  const y = node.absY - origin.y + (node.height - size) / 2;
  const label =
    b.kind === "internet" ? b.kindLabel : htmlLabel([b.kindLabel, b.title, b.meta, b.stateText], 1);
  // The Internet's word goes under its cloud; a card's words go right of its icon.
  const base =
    b.kind === "internet"
      ? ICON.replace(
          "labelPosition=right;verticalLabelPosition=middle;align=left;verticalAlign=middle;spacingLeft=4;",
          "labelPosition=center;verticalLabelPosition=bottom;align=center;verticalAlign=top;",
        )
      : ICON;
  return (
    `<mxCell id="${xmlAttr(cellId(node.id))}" value="${xmlAttr(label)}" style="${base}${look}" vertex="1" parent="${xmlAttr(parent)}">` +
    `<mxGeometry x="${r(x)}" y="${r(y)}" width="${r(size)}" height="${r(size)}" as="geometry"/></mxCell>`
  );
}

/**
 * An edge between two drawn cells, in the innermost container holding both ends (so it moves with
 * them when the container is dragged in diagrams.net); its waypoints relative to that container.
 */
function edgeCell(edge: RoutedEdge, byId: ReadonlyMap<string, PlacedNode>, drawn: ReadonlySet<string>) {
  if (!drawn.has(edge.source) || !drawn.has(edge.target)) return undefined;
  const ancestors = (id: string) => {
    const chain: string[] = [];
    for (let n = byId.get(id); n?.parent !== undefined; n = byId.get(n.parent)) chain.push(n.parent);
    return chain;
  };
  const ofTarget = new Set(ancestors(edge.target));
  const common = ancestors(edge.source).find((id) => ofTarget.has(id) && drawn.has(id));
  const container = common === undefined ? undefined : byId.get(common);
  const origin = container ? { x: container.absX, y: container.absY } : { x: 0, y: 0 };
  const corners = edge.points.slice(1, -1);
  const geometry =
    corners.length === 0
      ? `<mxGeometry relative="1" as="geometry"/>`
      : `<mxGeometry relative="1" as="geometry"><Array as="points">${corners
          .map((p) => `<mxPoint x="${r(p.x - origin.x)}" y="${r(p.y - origin.y)}"/>`)
          .join("")}</Array></mxGeometry>`;
  return (
    `<mxCell id="${xmlAttr(cellId(`edge:${edge.id}`))}" value="" style="${edgeStyle(edge.kind)}" edge="1" parent="${xmlAttr(container ? cellId(container.id) : "1")}" source="${xmlAttr(cellId(edge.source))}" target="${xmlAttr(cellId(edge.target))}">` +
    `${geometry}</mxCell>`
  );
}

/**
 * The .drawio file of `scene` (the words) laid out by `layout` (the boxes and their nesting).
 * Both come from the same document, as for the image export. As parts (text-parts.ts): a few
 * hundred thousand instances make a file longer than one string can be. The scene is made from
 * `layout` (sceneFromLayout, sceneAsMade): a box per node, in the layout's order, gone through once.
 */
export function toDrawioParts(
  layout: LayoutResult,
  scene: Scene | SceneAsMade,
  options: DrawioOptions = {},
): string[] {
  const boxes = scene.boxes[Symbol.iterator]();
  // Filled in a loop, not from a list of [id, box] pairs: 300,000 boxes at 100,000 instances.
  const byId = new Map<string, PlacedNode>();
  for (const n of layout.nodes) byId.set(n.id, n);
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  const name = options.name ?? "ec2viz";
  const out = new TextParts();
  const line = (text: string) => out.push(`${text}\n`);
  line(`<?xml version="1.0" encoding="UTF-8"?>`);
  line(`<mxfile host="ec2viz" type="device">`);
  line(`  <diagram id="ec2viz" name="${xmlAttr(name)}">`);
  line(
    `    <mxGraphModel dx="${width}" dy="${height}" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="${width}" pageHeight="${height}" math="0" shadow="0">`,
  );
  line("      <root>");
  const cell = (text: string) => line(`        ${text}`);
  cell('<mxCell id="0"/>');
  cell('<mxCell id="1" parent="0"/>');
  const drawn = new Set<string>();
  for (const node of layout.nodes) {
    const next = boxes.next();
    const b = next.done ? undefined : next.value;
    if (b?.id !== node.id) throw new Error(`draw.io: the scene was not made from this layout (${node.id})`);
    drawn.add(node.id);
    const parentNode = node.parent === undefined ? undefined : byId.get(node.parent);
    const parent = parentNode ? cellId(parentNode.id) : "1";
    const origin = parentNode ? { x: parentNode.absX, y: parentNode.absY } : { x: 0, y: 0 };
    const isContainer =
      b.kind === "region" || b.kind === "vpc" || b.kind === "availabilityZone" || b.kind === "subnet";
    cell(isContainer ? containerCell(b, node, parent, origin) : iconCell(b, node, parent, origin));
  }
  // Lines after every box, so each end and container is already read when diagrams.net reaches them.
  for (const edge of layout.edges) {
    const text = edgeCell(edge, byId, drawn);
    if (text) cell(text);
  }
  line("      </root>");
  line("    </mxGraphModel>");
  line("  </diagram>");
  line("</mxfile>");
  return out.finish();
}
