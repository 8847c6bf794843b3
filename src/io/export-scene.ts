// What an exported image shows, as plain data: boxes with absolute geometry and the words to
// print, edges as point lists. The SVG renderer reads only this, so it stays independent of
// React Flow's internals; adapters below build it from React Flow nodes or from a layout. The words
// are the box's face (layout/box-face.ts), the same the canvas draws, in the export's language.
import type { BoxVariant } from "../layout/box-face.ts";
import { type DiagramEdge, type DiagramNode, toFlow } from "../layout/to-flow.ts";
import type { DiagramKind, EdgeKind, LayoutResult, Point } from "../layout/types.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { InstanceState, Topology } from "../model/schema.ts";

export type { BoxVariant } from "../layout/box-face.ts";

interface SceneChip {
  kind: "ip" | "sg" | "more" | "eip";
  text: string;
}

/** A subnet's route table or network ACL, drawn as a small mark under its label strip. */
interface SceneMark {
  kind: "routeTable" | "networkAcl";
  text: string;
  /** "main" / "default" when it is the VPC's own, in the UI language. */
  role?: string;
  /** Defined outside the document: drawn dashed. */
  external?: boolean;
}

export interface SceneBox {
  id: string;
  kind: DiagramKind;
  variant: BoxVariant;
  /** Absolute position in diagram coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Kind word in the UI language ("EC2 instance", "EC2 인스턴스"). */
  kindLabel: string;
  /** The resource's name, else its id (zone name for AZ boxes, empty for the Internet). */
  title: string;
  /** Containers: CIDR block or Region code, printed after the name. */
  detail?: string;
  /** Cards: instance type, volume size and type, "detached". */
  meta?: string;
  state?: InstanceState;
  /** The state as the canvas words it in the export's language. */
  stateText?: string;
  chips?: SceneChip[];
  diagnostics?: { errors: number; warnings: number };
  /** Folded containers: what they hold ("2 instances · 3 volumes · 2 subnets"). */
  foldedText?: string;
  /** Subnets: their route table and network ACL. */
  marks?: SceneMark[];
  /** Referred to by the document but defined outside it: drawn dashed, labelled `externalText`. */
  externalText?: string;
  /** The node's accessible name on the canvas ("EC2 instance web-1"), used as the box's <title>. */
  name: string;
}

interface SceneEdge {
  id: string;
  kind: EdgeKind;
  points: Point[];
}

export interface Scene {
  boxes: SceneBox[];
  edges: SceneEdge[];
  lang: Lang;
}

/** A box of the scene: its node's face in `lang`, at absolute `x`, `y`. */
function boxOf(node: DiagramNode, x: number, y: number, lang: Lang): SceneBox {
  const data = node.data;
  const face = data.face;
  const box: SceneBox = {
    id: node.id,
    kind: data.kind,
    variant: face.variant,
    x,
    y,
    width: node.width ?? 0,
    height: node.height ?? 0,
    kindLabel: face.kind[lang],
    title: face.title,
    name: data.accessibleName,
  };
  if (face.detail) box.detail = face.detail;
  if (data.diagnostics && data.diagnostics.errors + data.diagnostics.warnings > 0)
    box.diagnostics = { ...data.diagnostics };
  if (face.folded) box.foldedText = face.folded.shown[lang];
  if (face.meta) box.meta = face.meta[lang];
  if (face.state) {
    box.state = face.state.value;
    box.stateText = face.state.text[lang];
  }
  if (face.chips && (face.chips.length > 0 || data.kind === "instance"))
    box.chips = face.chips.map((c) => ({ kind: c.kind, text: c.text[lang] }));
  if (data.marks && data.marks.length > 0 && !data.collapsed)
    box.marks = data.marks.map((m) => ({
      kind: m.kind,
      text: m.name,
      ...(m.role ? { role: m.role[lang] } : {}),
      ...(m.external ? { external: true } : {}),
    }));
  if (face.external) box.externalText = face.external[lang];
  return box;
}

/**
 * From the canvas's React Flow nodes and edges (positions relative to the parent, parents first).
 * Hidden nodes (the zoomed-out overview) are drawn too: an export is always the full picture.
 */
export function sceneFromFlow(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  lang: Lang,
): Scene {
  const absolute = new Map<string, Point>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const positionOf = (n: DiagramNode): Point => {
    const known = absolute.get(n.id);
    if (known) return known;
    const parent = n.parentId === undefined ? undefined : byId.get(n.parentId);
    const base = parent ? positionOf(parent) : { x: 0, y: 0 };
    const p = { x: base.x + n.position.x, y: base.y + n.position.y };
    absolute.set(n.id, p);
    return p;
  };
  const boxes = nodes.map((n) => {
    const p = positionOf(n);
    return boxOf(n, p.x, p.y, lang);
  });
  return { boxes, edges: sceneEdges(edges), lang };
}

function sceneEdges(edges: readonly DiagramEdge[]): SceneEdge[] {
  const out: SceneEdge[] = [];
  for (const e of edges) {
    const points = e.data?.points;
    if (!points || points.length < 2) continue;
    out.push({ id: e.id, kind: e.data?.kind ?? "public", points: points.map((p) => ({ ...p })) });
  }
  return out;
}

/** From a layout and its document (no canvas needed: CLI, benchmarks, tests). */
export function sceneFromLayout(
  layout: LayoutResult,
  doc: Topology,
  lang: Lang,
  diagnostics: readonly Diagnostic[] = [],
): Scene {
  const flow = toFlow(layout, doc, { diagnostics, miniatures: false });
  // Every box has a node, in the layout's order: its absolute place is the layout's own.
  const placed = layout.nodes;
  if (flow.nodes.length !== placed.length || flow.nodes.some((n, i) => n.id !== placed[i]?.id))
    return sceneFromFlow(flow.nodes, flow.edges, lang);
  const boxes = flow.nodes.map((n, i) => {
    const p = placed[i] as (typeof placed)[number];
    return boxOf(n, p.absX, p.absY, lang);
  });
  return { boxes, edges: sceneEdges(flow.edges), lang };
}

/** How far a card's diagnostics badge reaches past the card's corner. */
export const BADGE_OVERHANG = 8;

export const isCard = (b: SceneBox): boolean =>
  b.kind === "instance" ||
  b.kind === "volume" ||
  b.kind === "internetGateway" ||
  b.kind === "natGateway" ||
  b.kind === "elasticIp";

/** Smallest rectangle holding every box and edge point. */
export function sceneBounds(scene: Scene): { x: number; y: number; width: number; height: number } {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const b of scene.boxes) {
    // A card's diagnostics badge sticks out of its top-right corner.
    const over = b.diagnostics && isCard(b) ? BADGE_OVERHANG : 0;
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y - over);
    maxX = Math.max(maxX, b.x + b.width + over);
    maxY = Math.max(maxY, b.y + b.height);
  }
  for (const e of scene.edges)
    for (const p of e.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
