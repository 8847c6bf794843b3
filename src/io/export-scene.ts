// What an exported image shows, as plain data: boxes with absolute geometry and the words to
// print, edges as point lists. The SVG renderer reads only this, so it stays independent of
// React Flow's internals; adapters below build it from React Flow nodes or from a layout. The words
// are the box's face (layout/box-face.ts), the same the canvas draws, in the export's language.
import type { BoxVariant } from "../layout/box-face.ts";
import { boxDataOf, type DiagramEdge, type DiagramNode, type DiagramNodeData } from "../layout/to-flow.ts";
import type { DiagramKind, EdgeKind, LayoutResult, PlacedNode, Point } from "../layout/types.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { InstanceState, Topology } from "../model/schema.ts";
import type { TopologyIndex } from "../model/topology-index.ts";

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
function boxOf(
  id: string,
  data: DiagramNodeData,
  place: { x: number; y: number; width: number; height: number },
  lang: Lang,
): SceneBox {
  const face = data.face;
  const box: SceneBox = {
    id,
    kind: data.kind,
    variant: face.variant,
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
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
    return boxOf(n.id, n.data, { x: p.x, y: p.y, width: n.width ?? 0, height: n.height ?? 0 }, lang);
  });
  const routed: SceneEdge[] = [];
  for (const e of edges) if (e.data) routed.push({ id: e.id, kind: e.data.kind, points: e.data.points });
  return { boxes, edges: sceneEdges(routed), lang };
}

/** The edges drawn (two points or more), each with its own copy of its points. */
function sceneEdges(edges: readonly SceneEdge[]): SceneEdge[] {
  const out: SceneEdge[] = [];
  for (const e of edges) {
    if (e.points.length < 2) continue;
    out.push({ id: e.id, kind: e.kind, points: e.points.map((p) => ({ ...p })) });
  }
  return out;
}

/**
 * From a layout and its document (no canvas needed: CLI, the image worker, benchmarks, tests): each
 * box's data as the canvas's node has it (boxDataOf), at the layout's absolute place; no React Flow
 * nodes are made (a 100,000-instance export made 300,000 of them for nothing).
 */
export function sceneFromLayout(
  layout: LayoutResult,
  doc: Topology,
  lang: Lang,
  diagnostics: readonly Diagnostic[] = [],
  /** indexTopology(doc), when the caller has it already. */
  index?: TopologyIndex,
): Scene {
  return {
    boxes: layout.nodes.map(sceneBoxOf(layout, doc, lang, diagnostics, index)),
    edges: sceneEdges(layout.edges),
    lang,
  };
}

/** Each box of `layout` as the scene has it, made when asked for. */
function sceneBoxOf(
  layout: LayoutResult,
  doc: Topology,
  lang: Lang,
  diagnostics: readonly Diagnostic[],
  index: TopologyIndex | undefined,
): (n: PlacedNode) => SceneBox {
  const dataOf = boxDataOf(layout, doc, diagnostics, index);
  return (n) => boxOf(n.id, dataOf(n), { x: n.absX, y: n.absY, width: n.width, height: n.height }, lang);
}

/**
 * sceneFromLayout's scene for a writer that goes through it once, in order (the SVG file, draw.io):
 * each box is made as the writer takes it and is garbage once written. Kept whole, the 300,000 boxes
 * of 100,000 instances (with their chips, marks and copied points) outlived every young-generation
 * collection and were copied by each: about 1 s of the CLI's render. The boxes and edges are the
 * scene's, in its order; each pass makes them again.
 */
export interface SceneAsMade {
  boxes: Iterable<SceneBox>;
  edges: Iterable<SceneEdge>;
  /** How many boxes a pass gives. */
  boxCount: number;
  /** sceneBounds of the scene, known before any box is made (layoutBounds). */
  bounds: Bounds;
  lang: Lang;
}

export function sceneAsMade(
  layout: LayoutResult,
  doc: Topology,
  lang: Lang,
  diagnostics: readonly Diagnostic[] = [],
  /** indexTopology(doc), when the caller has it already. */
  index?: TopologyIndex,
): SceneAsMade {
  return {
    boxes: {
      *[Symbol.iterator]() {
        const boxOfNode = sceneBoxOf(layout, doc, lang, diagnostics, index);
        for (const n of layout.nodes) yield boxOfNode(n);
      },
    },
    edges: {
      // The layout's own points: a writer only reads them (sceneFromLayout copies them for a scene
      // that outlives the layout's owner).
      *[Symbol.iterator]() {
        for (const e of layout.edges)
          if (e.points.length >= 2) yield { id: e.id, kind: e.kind, points: e.points };
      },
    },
    boxCount: layout.nodes.length,
    bounds: layoutBounds(layout, diagnostics),
    lang,
  };
}

/** How far a card's diagnostics badge reaches past the card's corner. */
export const BADGE_OVERHANG = 8;

/** Kinds drawn as cards (the rest are containers and the Internet). */
export const isCardKind = (kind: DiagramKind): boolean =>
  kind === "instance" ||
  kind === "volume" ||
  kind === "internetGateway" ||
  kind === "natGateway" ||
  kind === "elasticIp";

export const isCard = (b: SceneBox): boolean => isCardKind(b.kind);

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Grows over boxes (a card's diagnostics badge sticks out of its top-right corner) and edge points. */
class Extent {
  private minX = Number.POSITIVE_INFINITY;
  private minY = Number.POSITIVE_INFINITY;
  private maxX = Number.NEGATIVE_INFINITY;
  private maxY = Number.NEGATIVE_INFINITY;

  box(x: number, y: number, width: number, height: number, badge: boolean): void {
    const over = badge ? BADGE_OVERHANG : 0;
    this.minX = Math.min(this.minX, x);
    this.minY = Math.min(this.minY, y - over);
    this.maxX = Math.max(this.maxX, x + width + over);
    this.maxY = Math.max(this.maxY, y + height);
  }

  points(points: readonly Point[]): void {
    for (const p of points) {
      this.minX = Math.min(this.minX, p.x);
      this.minY = Math.min(this.minY, p.y);
      this.maxX = Math.max(this.maxX, p.x);
      this.maxY = Math.max(this.maxY, p.y);
    }
  }

  bounds(): Bounds {
    if (!Number.isFinite(this.minX)) return { x: 0, y: 0, width: 0, height: 0 };
    return { x: this.minX, y: this.minY, width: this.maxX - this.minX, height: this.maxY - this.minY };
  }
}

/** How many boxes a scene draws, made whole or as it is written. */
export const sceneBoxCount = (scene: Scene | SceneAsMade): number =>
  "boxCount" in scene ? scene.boxCount : scene.boxes.length;

/** Smallest rectangle holding every box and edge point. */
export function sceneBounds(scene: Scene | SceneAsMade): Bounds {
  if ("bounds" in scene) return scene.bounds;
  const extent = new Extent();
  for (const b of scene.boxes)
    extent.box(b.x, b.y, b.width, b.height, b.diagnostics !== undefined && isCard(b));
  for (const e of scene.edges) extent.points(e.points);
  return extent.bounds();
}

/**
 * sceneBounds of sceneFromLayout(layout, doc, lang, diagnostics), without making the scene: the
 * boxes are the layout's, a card has a badge when a diagnostic names its resource, and edges of
 * fewer than two points are not drawn. What a PNG's size is checked on before anything is drawn.
 */
export function layoutBounds(layout: LayoutResult, diagnostics: readonly Diagnostic[] = []): Bounds {
  const named = new Set<string>();
  for (const d of diagnostics) if (d.resource !== undefined) named.add(d.resource);
  const extent = new Extent();
  for (const n of layout.nodes) {
    const badge = isCardKind(n.kind) && n.resourceId !== undefined && named.has(n.resourceId);
    extent.box(n.absX, n.absY, n.width, n.height, badge);
  }
  for (const e of layout.edges) if (e.points.length >= 2) extent.points(e.points);
  return extent.bounds();
}
