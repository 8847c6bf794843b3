// Layout result -> React Flow nodes and edges. Pure: it reads the topology for what each box
// shows, and never touches geometry beyond copying it (children relative to their parent).
import type { Edge, Node, NodeHandle, Position } from "@xyflow/react";
import type { LocalText } from "../i18n/text.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import { displayName, type LabelKind, subnetLabelKind } from "../model/kind-labels.ts";
import { INTERNET_NODE_ID } from "../model/node-ids.ts";
import { networkAclOf, routeTableOf } from "../model/routing.ts";
import { sameItems } from "../model/same-items.ts";
import type { Instance, NetworkAcl, RouteTable, Subnet, Topology } from "../model/schema.ts";
import { indexTopology, type TopologyIndex } from "../model/topology-index.ts";
import { type BoxFace, boxFace } from "./box-face.ts";
import { accessibleName, markRole, resourceTitle } from "./labels.ts";
import type { DiagramKind, EdgeKind, LayoutResult, PlacedNode, Point, RoutedEdge } from "./types.ts";

export interface DiagnosticCount {
  errors: number;
  warnings: number;
}

/** A route table or network ACL drawn as a small selectable mark on a subnet that uses it. */
export interface SubnetMark {
  kind: "routeTable" | "networkAcl";
  id: string;
  /** Its name, else its id. */
  name: string;
  /** The VPC's main route table, or its default network ACL. */
  vpcWide: boolean;
  /** True when the subnet uses it without being listed by it (main table, default ACL). */
  implicit: boolean;
  /** Part of the highlighted path (a reachability answer). */
  highlighted: boolean;
  /** Defined outside the document (`"external": true`): drawn dashed, its routes or rules unknown. */
  external?: boolean;
  /** "main" / "default" after the name when it is the VPC's own (and the name doesn't say so). */
  role?: LocalText;
}

/**
 * What a node component gets: everything to draw, nothing to compute. The words are in `face`,
 * which the exports draw too (io/export-scene.ts), so the canvas and every file say the same.
 */
export interface DiagramNodeData extends Record<string, unknown> {
  kind: DiagramKind;
  labelKind: LabelKind;
  /** Resource id, or the diagram id for boxes that aren't resources. */
  targetId: string;
  /** What the box shows: kind word, name, details, chips, state, in both languages. */
  face: BoxFace;
  /** "EC2 instance web-1": always English kind words (users' scripts find boxes by it). */
  accessibleName: string;
  /** Referred to by the document but defined outside it: drawn dashed, with a label saying so. */
  external?: boolean;
  /** Subnets: their route table and network ACL. */
  marks?: SubnetMark[];
  diagnostics?: DiagnosticCount;
  collapsible: boolean;
  collapsed: boolean;
  hiddenCount: number;
  /**
   * On the highlighted path. While anything is highlighted the canvas fades every other box with
   * one class of its own (diagram.css, `.is-dimming`), so lighting a box up changes only that node.
   */
  highlighted: boolean;
  /** Containers: where their instance and volume boxes are, to draw a cheap miniature when zoomed out. */
  miniature?: MiniBox[];
}

export interface MiniBox {
  kind: DiagramKind;
  /** Worst diagnostic on the box, so problems stay visible in the zoomed-out view. */
  severity?: "error" | "warning";
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A rectangle in absolute diagram coordinates. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(n: PlacedNode, a: Area): boolean {
  return (
    n.absX < a.x + a.width && n.absX + n.width > a.x && n.absY < a.y + a.height && n.absY + n.height > a.y
  );
}

/** Boxes that the canvas may stop rendering when zoomed far out (their container draws a miniature). */
export function isDetailKind(kind: DiagramKind): boolean {
  return kind === "instance" || kind === "volume";
}

interface DiagramEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  points: Point[];
}

export type DiagramNode = Node<DiagramNodeData>;
export type DiagramEdge = Edge<DiagramEdgeData>;

interface FlowOptions {
  diagnostics?: readonly Diagnostic[];
  selectedId?: string | null;
  /** When set and non-empty, these boxes stand out and the others fade. */
  highlightedIds?: ReadonlySet<string> | readonly string[];
  /**
   * False: instances and volumes get no nodes (the canvas's overview draws them as their
   * container's miniature), which saves building tens of thousands of nodes nobody sees.
   */
  details?: boolean;
  /**
   * With details: instances and volumes get nodes only where their box overlaps this area (absolute
   * diagram coordinates: the part of the picture in view, with a margin). Zoomed in on a big
   * diagram, that builds the few hundred boxes near the screen instead of every one.
   */
  detailArea?: Area;
  /** Instances can be dragged out of their subnet (the drop decides where they go). */
  draggableInstances?: boolean;
  /** Nodes and edges of the caller's previous call: those whose inputs didn't change are reused. */
  cache?: FlowCache;
  /** The document's index, when the caller has one (else one is built). */
  index?: TopologyIndex;
  /** False: containers get no `miniature` (an export draws every box itself). */
  miniatures?: boolean;
}

/**
 * What one caller keeps between calls so an edit rebuilds only the nodes it touched: a node is
 * handed back as the same object when its layout box is the same object (see reuseUnchanged in
 * layout.ts), its resource is the same object, its diagnostics count and miniature are equal, and
 * nothing it reads from other resources (route tables, ACLs, gateways, security groups, Elastic
 * IPs, VPCs, subnets, Regions) changed. The same object lets React Flow skip it entirely.
 */
interface FlowCache {
  context: readonly unknown[];
  /** The layout `nodes` were made from (only from it, when the same again: see toFlow). */
  layout: LayoutResult | null;
  nodes: Map<string, { inputs: readonly unknown[]; node: DiagramNode }>;
  edges: Map<string, { routed: unknown; edge: DiagramEdge }>;
  /**
   * The edges last handed out: the same edges again come back as this very array, so React Flow
   * doesn't rebuild its connection lookups (every edge, on each new array) when only boxes changed,
   * e.g. the drop target lighting up on each place a palette drag passes.
   */
  edgeList: DiagramEdge[];
  minis: Map<string, MiniBox[]>;
  /**
   * What each container's miniature in `minis` was drawn from: its boxes (the same objects while
   * unchanged, see reuseUnchanged) and their severities. The same again, the same miniature,
   * without making and comparing a MiniBox per box (after an edit at 1,000 instances, most of them).
   */
  miniSources: Map<string, MiniSource>;
  /** The layout, diagnostics and miniatures option `minis` came from: the same again, the same miniatures. */
  minisFrom: readonly unknown[];
}

interface MiniSource {
  boxes: PlacedNode[];
  severities: MiniBox["severity"][];
}

export function createFlowCache(): FlowCache {
  return {
    context: [],
    layout: null,
    nodes: new Map(),
    edges: new Map(),
    edgeList: [],
    minis: new Map(),
    miniSources: new Map(),
    minisFrom: [],
  };
}

/**
 * Everything a node reads besides its own box, resource, diagnostics and highlight (identity
 * compared). The highlight is per node: a drop target that stands out while a palette item is
 * dragged changes two boxes' flags, and only their nodes are made again.
 */
/** The layout box (absolute coordinates) that the node `id` of the last toFlow with `cache` was made from. */
export function cachedBox(cache: FlowCache, id: string): PlacedNode | undefined {
  return cache.nodes.get(id)?.inputs[0] as PlacedNode | undefined;
}

function contextOf(doc: Topology, options: FlowOptions): unknown[] {
  return [
    doc.regions,
    doc.vpcs,
    doc.subnets,
    doc.internetGateways,
    doc.routeTables,
    doc.networkAcls,
    doc.securityGroups,
    doc.elasticIps,
    doc.natGateways,
    options.selectedId ?? null,
    options.draggableInstances === true,
  ];
}

function sameMinis(a: readonly MiniBox[] | undefined, b: readonly MiniBox[]): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i] as MiniBox;
      return (
        m.kind === n.kind &&
        m.severity === n.severity &&
        m.x === n.x &&
        m.y === n.y &&
        m.width === n.width &&
        m.height === n.height
      );
    })
  );
}

function countDiagnostics(diagnostics: readonly Diagnostic[]): Map<string, DiagnosticCount> {
  const counts = new Map<string, DiagnosticCount>();
  for (const d of diagnostics) {
    if (d.resource === undefined) continue;
    const c = counts.get(d.resource) ?? { errors: 0, warnings: 0 };
    if (d.severity === "error") c.errors++;
    else c.warnings++;
    counts.set(d.resource, c);
  }
  return counts;
}

export function toFlow(
  layout: LayoutResult,
  doc: Topology,
  options: FlowOptions = {},
): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const index = options.index ?? indexTopology(doc);
  const counts = countDiagnostics(options.diagnostics ?? []);
  const highlighted = new Set(options.highlightedIds ?? []);
  const selected = options.selectedId ?? null;
  const details = options.details !== false;
  const cache = options.cache;
  const context = cache ? contextOf(doc, options) : [];
  // Subnets show their route table and network ACL as marks, which stand out when highlighted.
  const markKey = cache ? highlightedMarks(doc, highlighted) : "";
  const reuse = cache !== undefined && sameItems(cache.context, context);
  if (cache) cache.context = context;
  const minisFrom = [layout, options.diagnostics, options.miniatures === false];
  const sameMinisFrom = cache !== undefined && sameItems(cache.minisFrom, minisFrom);
  const minis = sameMinisFrom ? cache.minis : new Map<string, MiniBox[]>();
  const sources = new Map<string, MiniSource>();
  for (const n of sameMinisFrom || options.miniatures === false ? [] : layout.nodes) {
    if (n.parent === undefined || !isDetailKind(n.kind)) continue;
    const count = n.resourceId === undefined || counts.size === 0 ? undefined : counts.get(n.resourceId);
    let source = sources.get(n.parent);
    if (!source) {
      source = { boxes: [], severities: [] };
      sources.set(n.parent, source);
    }
    source.boxes.push(n);
    source.severities.push(count ? (count.errors > 0 ? "error" : "warning") : undefined);
  }
  for (const [id, source] of sources) {
    const from = cache?.miniSources.get(id);
    const old = cache?.minis.get(id);
    if (old && from && sameItems(from.boxes, source.boxes) && sameItems(from.severities, source.severities)) {
      minis.set(id, old);
      continue;
    }
    const list = source.boxes.map((n, i) => {
      const box: MiniBox = { kind: n.kind, x: n.x, y: n.y, width: n.width, height: n.height };
      const severity = source.severities[i];
      if (severity) box.severity = severity;
      return box;
    });
    // An unchanged miniature stays the same array, so its container's node can be reused.
    minis.set(id, sameMinis(old, list) ? (old as MiniBox[]) : list);
  }
  if (cache && !sameMinisFrom) {
    cache.minisFrom = minisFrom;
    cache.minis = minis;
    cache.miniSources = sources;
  }
  const externals = externalRecords(doc, layout);
  const outsideMarks = externalMarks(doc);
  // The same layout and context as last time (the view moved, or crossed into detail): the entries
  // are updated where they are, and those of boxes left out stay as they were. Copying every entry
  // into a new map was most of a call at 10,000 instances (20,000 boxes: ~10 ms), on each detail
  // area the canvas asks for. A new layout starts a new map, so no box it dropped stays behind.
  const inPlace = reuse && cache.layout === layout;
  const nextNodes = inPlace
    ? cache.nodes
    : new Map<string, { inputs: readonly unknown[]; node: DiagramNode }>();
  const nodes: DiagramNode[] = [];
  const area = details ? options.detailArea : undefined;
  // The overview goes through the layout's containers and the routes between them only (made once
  // per layout): not through the 100,000 instances and volumes of 50,000 instances on every call
  // (a drop target lighting up, a selection), which left each out again (issue #15, B9).
  const overview = details ? undefined : overviewOf(layout);
  // Zoomed in, boxes out of the detail area are left out: no node, and no edge to them. The ids given
  // a node are kept instead of the ones left out (a few hundred near the view).
  const shown = new Set<string>();
  let leftOut = false;
  for (const n of overview ? overview.nodes : layout.nodes) {
    if (area !== undefined && isDetailKind(n.kind) && !overlaps(n, area)) {
      // Kept for when it is shown again (if nothing it reads changed).
      if (!inPlace) {
        const old = reuse ? cache.nodes.get(n.id) : undefined;
        if (old) nextNodes.set(n.id, old);
      }
      leftOut = true;
      continue;
    }
    if (area !== undefined) shown.add(n.id);
    const resource = n.resourceId === undefined ? undefined : lookup(index, n.kind, n.resourceId);
    const count = n.resourceId === undefined ? undefined : counts.get(n.resourceId);
    let inputs: unknown[] = [];
    if (cache) {
      const external = externals.get(n.id);
      const targetId = n.resourceId ?? n.id;
      const lit = highlighted.has(targetId);
      inputs = [n, resource, external?.name, count?.errors, count?.warnings, minis.get(n.id), lit];
      if (n.kind === "subnet") inputs.push(markKey);
      const old = cache.nodes.get(n.id);
      if (reuse && old && sameItems(old.inputs, inputs)) {
        if (!inPlace) nextNodes.set(n.id, old);
        nodes.push(old.node);
        continue;
      }
      // Only the box's own highlight changed (not a subnet's marks): the same node, new flags.
      if (
        reuse &&
        old &&
        sameItems(old.inputs.slice(0, 6), inputs.slice(0, 6)) &&
        old.inputs[7] === inputs[7]
      ) {
        const node: DiagramNode = { ...old.node, data: { ...old.node.data, highlighted: lit } };
        nextNodes.set(n.id, { inputs, node });
        nodes.push(node);
        continue;
      }
    }
    const node = buildNode(n, resource, count);
    if (cache) nextNodes.set(n.id, { inputs, node });
    nodes.push(node);
  }
  if (cache) {
    cache.nodes = nextNodes;
    cache.layout = layout;
  }
  const edges: DiagramEdge[] = [];
  const nextEdges = new Map<string, { routed: unknown; edge: DiagramEdge }>();
  for (const e of overview ? overview.edges : layout.edges) {
    // An edge to a box left out gets no edge object at all (the overview leaves out every attachment).
    if (leftOut && !(shown.has(e.source) && shown.has(e.target))) continue;
    const old = cache?.edges.get(e.id);
    const edge = old && old.routed === e ? old.edge : flowEdge(e);
    if (cache) nextEdges.set(e.id, { routed: e, edge });
    edges.push(edge);
  }
  if (!cache) return { nodes, edges };
  cache.edges = nextEdges;
  if (!sameItems(cache.edgeList, edges)) cache.edgeList = edges;
  return { nodes, edges: cache.edgeList };

  function buildNode(
    n: PlacedNode,
    resource: ReturnType<typeof lookup>,
    count: DiagnosticCount | undefined,
  ): DiagramNode {
    const data = nodeData(n, resource, count, { index, externals, outsideMarks, highlighted });
    const mini = minis.get(n.id);
    if (mini) data.miniature = mini;
    const targetId = data.targetId;
    const node: DiagramNode = {
      id: n.id,
      type: n.kind,
      position: { x: n.x, y: n.y },
      // Placed by left/top rather than React Flow's translate(): a transform gives each box a
      // property node of its own, and the browser lays out every one again on each pan and zoom
      // frame (about 10 ms a frame for a 10,000-instance overview). Same place: absX/absY are
      // where React Flow's transform would put it. A dragged box gets the transform back.
      style: { transform: "none", left: n.absX, top: n.absY },
      width: n.width,
      height: n.height,
      // Components draw inside exactly these boxes: React Flow needn't wait for a DOM measurement
      // (off-screen boxes are never rendered, so they would never count as measured).
      measured: { width: n.width, height: n.height },
      data,
      // The node component draws its own focusable button (the badges and the fold toggle sit
      // beside it, never inside). So the wrapper is no tab stop, no button and has no name; it
      // only passes programmatic focus on (see DiagramCanvas) and drops React Flow's "node"
      // role description and its drag-with-arrows hint, which don't apply here.
      domAttributes: { tabIndex: -1, "aria-roledescription": undefined, "aria-describedby": undefined },
      selected: selected !== null && (selected === targetId || selected === n.id),
      draggable: false,
      connectable: false,
      deletable: false,
      handles: handlesOf(n.width, n.height),
    };
    if (n.parent !== undefined) {
      node.parentId = n.parent;
      // A gateway on its VPC's border reaches out of it: React Flow would push it back inside.
      if (n.y >= 0) node.extent = "parent";
    }
    if (options.draggableInstances === true && n.kind === "instance") {
      // Free to leave its subnet: the drop decides where it goes.
      node.draggable = true;
      delete node.extent;
    }
    return node;
  }
}

/** A layout without its instances and volumes: what the overview draws. */
interface OverviewPart {
  /** The boxes that aren't instances or volumes, in the layout's order. */
  nodes: PlacedNode[];
  /** The routes between those boxes (an attachment to a volume has no box there to end at). */
  edges: RoutedEdge[];
}

const overviews = new WeakMap<LayoutResult, OverviewPart>();

/** The overview part of `layout`, made once per layout (layouts are never changed in place). */
function overviewOf(layout: LayoutResult): OverviewPart {
  let part = overviews.get(layout);
  if (!part) {
    const nodes = layout.nodes.filter((n) => !isDetailKind(n.kind));
    const ids = new Set(nodes.map((n) => n.id));
    const edges =
      nodes.length === layout.nodes.length
        ? layout.edges
        : layout.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    part = { nodes, edges };
    overviews.set(layout, part);
  }
  return part;
}

/** What a box's node data reads besides the box itself. */
interface DataContext {
  index: TopologyIndex;
  externals: ReadonlyMap<string, { id: string; name?: string }>;
  outsideMarks: ExternalMarks;
  highlighted: ReadonlySet<string>;
}

/** What box `n` shows and says (its node's data, without the canvas's miniature). */
function nodeData(
  n: PlacedNode,
  resource: ReturnType<typeof lookup>,
  count: DiagnosticCount | undefined,
  { index, externals, outsideMarks, highlighted }: DataContext,
): DiagramNodeData {
  // A subnet is public or private as its routes say, or just a subnet when they are outside the document.
  const labelKind: LabelKind =
    n.kind === "subnet" ? subnetLabelKind(index, resource as Subnet | undefined) : n.kind;
  const title =
    n.kind === "availabilityZone"
      ? (n.zone ?? "")
      : n.kind === "internet"
        ? ""
        : resourceTitle(resource ?? externals.get(n.id), n);
  const targetId = n.resourceId ?? n.id;
  const eip =
    (n.kind === "instance" || n.kind === "natGateway") && n.resourceId !== undefined
      ? index.elasticIpsByTarget.get(n.resourceId)?.[0]
      : undefined;
  const face = boxFace({
    kind: n.kind,
    labelKind,
    title,
    ...(resource ? { resource } : {}),
    ...(n.external ? { external: true } : {}),
    ...(n.collapsed ? { collapsed: true, held: n.held ?? {} } : {}),
    ...(n.kind === "instance" ? { securityGroups: groupsOf(index, resource as Instance | undefined) } : {}),
    ...(eip ? { elasticIp: eip } : {}),
  });
  const data: DiagramNodeData = {
    kind: n.kind,
    labelKind,
    targetId,
    face,
    accessibleName: accessibleName(labelKind, title),
    collapsible:
      n.kind === "region" || n.kind === "vpc" || n.kind === "availabilityZone" || n.kind === "subnet",
    collapsed: n.collapsed === true,
    hiddenCount: n.hiddenCount ?? 0,
    highlighted: highlighted.has(targetId),
  };
  if (count) data.diagnostics = count;
  if (n.external) data.external = true;
  if (n.kind === "subnet" && resource)
    data.marks = marksOf(index, resource as Subnet, highlighted, outsideMarks);
  return data;
}

/**
 * Every box's data, in the layout's order, without React Flow nodes or edges (no positions, handles
 * or accessibility wrappers): what an export draws from (io/export-scene.ts). The same data toFlow
 * gives its nodes, miniatures aside.
 */
export function boxesData(
  layout: LayoutResult,
  doc: Topology,
  diagnostics: readonly Diagnostic[] = [],
  index: TopologyIndex = indexTopology(doc),
): DiagramNodeData[] {
  return layout.nodes.map(boxDataOf(layout, doc, diagnostics, index));
}

/**
 * boxesData one box at a time: what each box of `layout` has as data, made when asked for (an
 * export that writes each box as it is made keeps none of them: export-scene.ts sceneAsMade).
 */
export function boxDataOf(
  layout: LayoutResult,
  doc: Topology,
  diagnostics: readonly Diagnostic[] = [],
  index: TopologyIndex = indexTopology(doc),
): (n: PlacedNode) => DiagramNodeData {
  const counts = countDiagnostics(diagnostics);
  const context: DataContext = {
    index,
    externals: externalRecords(doc, layout),
    outsideMarks: externalMarks(doc),
    highlighted: new Set(),
  };
  return (n) => {
    const resource = n.resourceId === undefined ? undefined : lookup(index, n.kind, n.resourceId);
    const count = n.resourceId === undefined ? undefined : counts.get(n.resourceId);
    return nodeData(n, resource, count, context);
  };
}

function flowEdge(e: RoutedEdge): DiagramEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: "routed",
    data: { kind: e.kind, points: e.points },
    className: `ec2viz-edge ec2viz-edge--${e.kind}`,
    selectable: false,
    focusable: false,
    deletable: false,
    zIndex: 1000,
    ariaLabel: edgeName(e.kind, e.source, e.target),
  };
}

function lookup(index: ReturnType<typeof indexTopology>, kind: DiagramKind, id: string) {
  switch (kind) {
    case "region":
      return index.regions.get(id);
    case "vpc":
      return index.vpcs.get(id);
    case "subnet":
      return index.subnets.get(id);
    case "instance":
      return index.instances.get(id);
    case "volume":
      return index.volumes.get(id);
    case "internetGateway":
      return index.internetGateways.get(id);
    case "natGateway":
      return index.natGateways.get(id);
    case "elasticIp":
      return index.elasticIps.get(id);
    default:
      return undefined;
  }
}

/** Name and id of the external resources drawn (the index keeps only the ones the document defines). */
function externalRecords(doc: Topology, layout: LayoutResult): Map<string, { id: string; name?: string }> {
  const out = new Map<string, { id: string; name?: string }>();
  if (!layout.nodes.some((n) => n.external)) return out;
  for (const list of [
    doc.vpcs,
    doc.subnets,
    doc.internetGateways,
    doc.instances,
    doc.natGateways,
    doc.elasticIps,
  ])
    for (const item of list as readonly { id: string; name?: string; external?: boolean }[])
      if (item.external === true && !out.has(item.id))
        out.set(item.id, item.name === undefined ? { id: item.id } : { id: item.id, name: item.name });
  return out;
}

type MarkKind = SubnetMark["kind"];
type Outside = { id: string; name: string };
/** External route tables and network ACLs: those a subnet is listed by, and a VPC's main / default one. */
type ExternalMarks = Record<MarkKind, { bySubnet: Map<string, Outside>; byVpc: Map<string, Outside> }>;

function externalMarks(doc: Topology): ExternalMarks {
  const out: ExternalMarks = {
    routeTable: { bySubnet: new Map(), byVpc: new Map() },
    networkAcl: { bySubnet: new Map(), byVpc: new Map() },
  };
  const lists = [
    {
      kind: "routeTable" as const,
      items: doc.routeTables,
      vpcWide: (t: { main?: boolean }) => t.main === true,
    },
    {
      kind: "networkAcl" as const,
      items: doc.networkAcls,
      vpcWide: (a: { default?: boolean }) => a.default === true,
    },
  ];
  for (const { kind, items, vpcWide } of lists) {
    for (const item of items) {
      if (item.external !== true) continue;
      const mark = { id: item.id, name: displayName(item) };
      for (const s of item.subnets ?? []) if (!out[kind].bySubnet.has(s)) out[kind].bySubnet.set(s, mark);
      if (item.vpc !== undefined && vpcWide(item) && !out[kind].byVpc.has(item.vpc))
        out[kind].byVpc.set(item.vpc, mark);
    }
  }
  return out;
}

/**
 * The route table and network ACL a subnet uses, as marks (absent ones: AWS's implicit defaults).
 * One defined outside the document is marked dashed: the subnet is listed by it (and by no defined
 * one), or it is the VPC's main table / default ACL and the subnet has no association of its own.
 */
function marksOf(
  index: ReturnType<typeof indexTopology>,
  subnet: Subnet,
  highlighted: ReadonlySet<string>,
  outside: ExternalMarks,
): SubnetMark[] {
  const marks: SubnetMark[] = [];
  const found = [
    { kind: "routeTable" as const, defined: routeTableOf(index, subnet), listed: index.routeTablesBySubnet },
    { kind: "networkAcl" as const, defined: networkAclOf(index, subnet), listed: index.networkAclsBySubnet },
  ];
  for (const { kind, defined, listed } of found) {
    const explicit = (listed.get(subnet.id)?.length ?? 0) > 0;
    const listedOutside = explicit ? undefined : outside[kind].bySubnet.get(subnet.id);
    const vpcOutside = explicit || defined ? undefined : outside[kind].byVpc.get(subnet.vpc);
    const external = listedOutside ?? vpcOutside;
    if (external) {
      marks.push({
        kind,
        id: external.id,
        name: external.name,
        vpcWide: listedOutside === undefined,
        implicit: listedOutside === undefined,
        highlighted: highlighted.has(external.id),
        external: true,
      });
      continue;
    }
    if (!defined) continue;
    const vpcWide =
      kind === "routeTable"
        ? (defined as RouteTable).main === true
        : (defined as NetworkAcl).default === true;
    marks.push({
      kind,
      id: defined.id,
      name: displayName(defined),
      vpcWide,
      implicit: !(defined.subnets ?? []).includes(subnet.id),
      highlighted: highlighted.has(defined.id),
    });
  }
  for (const m of marks) {
    const role = markRole(m);
    if (role) m.role = role;
  }
  return marks;
}

/** The highlighted ids that are route tables or network ACLs (drawn as subnets' marks). */
function highlightedMarks(doc: Topology, highlighted: ReadonlySet<string>): string {
  if (highlighted.size === 0) return "";
  const marks = new Set<string>();
  for (const list of [doc.routeTables, doc.networkAcls]) for (const item of list) marks.add(item.id);
  return [...highlighted].filter((id) => marks.has(id)).join("\n");
}

/** An instance's security groups, in its order (one the document lacks: by its id). */
function groupsOf(index: ReturnType<typeof indexTopology>, instance: Instance | undefined) {
  return (instance?.securityGroups ?? []).map((id) => index.securityGroups.get(id) ?? { id });
}

function edgeName(kind: EdgeKind, source: string, target: string): string {
  const show = (id: string) => (id === INTERNET_NODE_ID ? "Internet" : id);
  const what = kind === "attach" ? "Volume attachment" : "Route";
  return `${what} from ${show(source)} to ${show(target)}`;
}

/** Where edges attach before React Flow has measured a node (it may be off-screen and unrendered). */
function handlesOf(width: number, height: number): NodeHandle[] {
  return [
    { id: null, type: "target", position: "top" as Position, x: width / 2, y: 0, width: 1, height: 1 },
    {
      id: null,
      type: "source",
      position: "bottom" as Position,
      x: width / 2,
      y: height,
      width: 1,
      height: 1,
    },
  ];
}
