// The diagram: React Flow over the worker's layout. Props only, no global store: the app passes
// the document, its diagnostics and the selection, and hears back about clicks and activations.
import { t } from "../i18n/strings.ts";
import "@xyflow/react/dist/style.css";
import "./diagram.css";
import {
  ControlButton,
  Controls,
  getViewportForBounds,
  type Node,
  type NodeChange,
  ReactFlow,
  type ReactFlowInstance,
  type XYPosition,
} from "@xyflow/react";
import {
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MutableRefObject,
  memo,
  type ReactNode,
  type PointerEvent as ReactPointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import { colourProperties } from "../layout/colours.ts";
import { boxAt } from "../layout/hit-test.ts";
import {
  type Area,
  cachedBox,
  createFlowCache,
  type DiagramEdge,
  type DiagramNode,
  type DiagramNodeData,
  isDetailKind,
  toFlow,
} from "../layout/to-flow.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Diagnostic } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";
import { afterNextPaint } from "./after-paint.ts";
import { type DiagramActions, DiagramActionsContext, OverviewContext } from "./context.ts";
import { DotsBackground } from "./DotsBackground.tsx";
import {
  comingIntoView,
  edgesHeldFor,
  growingAreas,
  heldBack,
  nextDetailArea,
  type StagedBox,
  type Viewport,
  visibleArea,
} from "./detail-area.ts";
import { FarPicture } from "./FarPicture.tsx";
import { firstPictureShown } from "./first-picture.ts";
import { FIT_MAX_ZOOM, MIN_ZOOM } from "./fit-clear.ts";
import { fitWhole, wholeView } from "./fit-whole.ts";
import { HeldWheelStore, useHeldWheel } from "./held-wheel.ts";
import { FitViewIcon } from "./icons.tsx";
import { nodeTypes } from "./nodes/index.ts";
import { NODE_BUTTON_CLASS } from "./nodes/parts.tsx";
import { OverviewMap } from "./OverviewMap.tsx";
import { capturePressOnNode } from "./press-capture.ts";
import { edgeTypes } from "./RoutedEdge.tsx";
import { nextSliceEnd } from "./reveal-slices.ts";
import { useHitIndex } from "./use-hit-index.ts";
import { useKeepInView } from "./useKeepInView.ts";
import { type HandOver, useLayout } from "./useLayout.ts";
import { BRIEF_ZOOM, FAR_ZOOM, OVERVIEW_ZOOM, TINY_ZOOM } from "./zoom-bands.ts";

/** The AWS colours diagram.css reads (src/layout/colours.ts), as custom properties of the canvas. */
const COLOUR_PROPERTIES = colourProperties() as CSSProperties;

export interface LayoutInfo {
  millis: number;
  nodeCount: number;
  width: number;
  height: number;
  /** The finished layout itself (absolute boxes and routed edges), e.g. for image export. */
  layout: LayoutResult;
  /** The document and folded set it was made from (it may lag behind the newest edit). */
  doc: Topology;
  collapsed: readonly string[];
  /** Sends a document and its layout from the layout worker to an export, when it holds them. */
  handOver: HandOver;
}

interface DiagramCanvasProps {
  /** The topology to draw. A new object triggers a new layout (keep it referentially stable). */
  doc: Topology;
  /** Diagnostics; each one with a `resource` adds to that box's badge. */
  diagnostics?: readonly Diagnostic[];
  /** Resource id (or diagram id for zone boxes / the Internet node) of the selected box. */
  selectedId?: string | null;
  /** A box (or a security-group badge) was clicked; null when the empty canvas was clicked. */
  onSelectNode?: (id: string | null) => void;
  /** A box was double-clicked or Enter was pressed on it (e.g. open its details), and how. */
  onNodeActivate?: (id: string, via: "keyboard" | "pointer") => void;
  /** Resource ids to make stand out (search results); the others fade while it's non-empty. */
  highlightedIds?: readonly string[];
  /**
   * The highlighted path is a reachability answer that is "no": its boxes are ringed red and
   * dashed instead of orange, so a path that breaks never reads as a way through.
   */
  pathBlocked?: boolean;
  /** Language of the visible kind words. Accessible names stay English. */
  lang?: "en" | "ko";
  /** Folded containers (diagram ids). Omit to let the canvas keep this state itself. */
  collapsedIds?: readonly string[];
  onCollapsedChange?: (ids: string[]) => void;
  /** Change it (e.g. when another file is opened) to fit the view again after the next layout. */
  viewKey?: string | number;
  /** A document made by a palette add: once drawn, the boxes it added are panned into view if outside it. */
  addedIn?: Topology | null;
  /** Bring a box into view: resource id (or diagram id); change `n` to do it again for the same id. */
  centerOn?: { id: string; n: number } | null;
  /**
   * Makes instances draggable: called when one is let go, with its resource id and the pointer's
   * viewport (client) coordinates. The dragged box itself is under the pointer (React Flow's inline
   * `pointer-events: all`), so a hit test must look through it (its wrapper's `data-id` is the
   * node id). It snaps back unless the document changes.
   */
  onInstanceDragEnd?: (instanceId: string, clientX: number, clientY: number) => void;
  /** Told on every pointer move while an instance is dragged (e.g. to highlight the drop target). */
  onInstanceDrag?: (instanceId: string, clientX: number, clientY: number) => void;
  /** Told after every finished layout. */
  onLayout?: (info: LayoutInfo) => void;
  /** One line about a box (by resource or diagram id), shown as its tooltip. */
  summaryOf?: (targetId: string) => string | undefined;
  /** Filled with a lookup of the box under a point, from the layout's geometry (no DOM hit test). */
  nodeAtRef?: MutableRefObject<NodeAt | null>;
  /** Extra React Flow children (panels, custom controls) that may use `useReactFlow()`. */
  children?: ReactNode;
}

/**
 * Diagram id of the box drawn under a viewport (client) point, or null for empty canvas or a point
 * outside it. `ignore` is a box being dragged (it sits under the pointer itself): looked through,
 * with what it holds.
 */
export type NodeAt = (clientX: number, clientY: number, ignore?: string) => string | null;

const targetOf = (node: Node) => (node.data as DiagramNodeData).targetId;

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];
/**
 * Instance and volume boxes that come into view at once (crossing into detail) go onto the canvas
 * this many per frame, nearest the view's centre first (each costs the browser about 2 ms to build,
 * lay out and paint; 30 a frame made tasks of ~140 ms CPU at 10,000 instances).
 */
const ENTER_SLICE = 12;
/** Boxes out of view (the detail area's margin) given to React Flow per frame (see heldBack). */
const ENTER_OUTSIDE = 60;
/** The Fit View button's name: React Flow's own, kept (scripts and tests find the button by it). */
const FIT_VIEW_NAME = "Fit View";
const NO_HELD: ReadonlySet<string> = new Set();
/**
 * Edges put on the canvas per frame once every box of a revealed picture is on. Until then none:
 * React Flow runs each edge's three store selectors on every store update, two or three per slice,
 * so edges shown with the boxes made every slice dearer as the picture grew (issue #15, B9).
 */
const REVEAL_EDGES = 500;
const NO_EDGES: DiagramEdge[] = [];
/** The nodes of `nodes` that are not (the same objects) among `before`. */
function newToCanvas(nodes: readonly DiagramNode[], before: readonly DiagramNode[]): DiagramNode[] {
  if (before.length === 0) return nodes as DiagramNode[];
  const had = new Set(before);
  return nodes.filter((n) => !had.has(n));
}
const NO_IDS: readonly string[] = [];
const NO_CONTROLS_NAME = { "controls.ariaLabel": "" };

/**
 * Memoised: the workbench re-renders for its own reasons (a notice, a drop hint, modules arriving)
 * and a 10,000-box canvas should not re-render with it when none of its props changed.
 */
export const DiagramCanvas = memo(function DiagramCanvas({
  doc,
  diagnostics = NO_DIAGNOSTICS,
  selectedId = null,
  onSelectNode,
  onNodeActivate,
  highlightedIds = NO_IDS,
  pathBlocked = false,
  lang = "en",
  collapsedIds,
  onCollapsedChange,
  viewKey,
  addedIn = null,
  centerOn = null,
  onInstanceDragEnd,
  onInstanceDrag,
  onLayout,
  summaryOf,
  nodeAtRef,
  children,
}: DiagramCanvasProps) {
  const [ownCollapsed, setOwnCollapsed] = useState<readonly string[]>(NO_IDS);
  // Arrays from props are compared by content, so a parent that builds them on every render
  // doesn't trigger a new layout (or a new node list) each time.
  const collapsedKey = (collapsedIds ?? ownCollapsed).join("\n");
  const collapsed = useMemo(() => (collapsedKey === "" ? NO_IDS : collapsedKey.split("\n")), [collapsedKey]);
  const highlightKey = highlightedIds.join("\n");
  const highlighted = useMemo(
    () => (highlightKey === "" ? NO_IDS : highlightKey.split("\n")),
    [highlightKey],
  );
  const state = useLayout(doc, collapsed);
  const flow = useRef<ReactFlowInstance<DiagramNode, DiagramEdge> | null>(null);
  // A small document is laid out on the page before React Flow is ready: fit once it is.
  const [flowReady, setFlowReady] = useState(false);

  // Zoomed far out, instances and volumes are not rendered at all: their subnet draws a miniature.
  // That keeps a 1,000-instance overview to a few dozen DOM nodes, so panning stays smooth.
  const [overview, setOverview] = useState(true);
  // Zoomed out further, boxes lose their glyphs (FAR_ZOOM): a class on the canvas, set as the zoom crosses it.
  const [far, setFar] = useState(true);
  // Further still, words in boxes are not painted either (TINY_ZOOM).
  const [tiny, setTiny] = useState(true);
  // Below BRIEF_ZOOM cards show only their tile and name: a class on the canvas.
  const [brief, setBrief] = useState(false);
  const canvasRef = useRef<HTMLDivElement>(null);
  // Zoomed in, instances and volumes get nodes only in and near the view (detail-area.ts): crossing
  // into detail on a 20,000-instance diagram builds the boxes on screen, not all of them.
  const [detailArea, setDetailArea] = useState<Area | null>(null);
  // A new area grows from the view to its margin a step per task (growingAreas), after each paint.
  const areaRef = useRef<Area | null>(null);
  const growth = useRef<(() => void) | null>(null);
  const stopGrowth = useCallback(() => {
    growth.current?.();
    growth.current = null;
  }, []);
  const followView = useCallback(
    (viewport: Viewport) => {
      const el = canvasRef.current;
      if (!el || viewport.zoom < OVERVIEW_ZOOM) return;
      const visible = visibleArea(viewport, { width: el.clientWidth, height: el.clientHeight });
      const current = areaRef.current;
      if (current && nextDetailArea(current, visible) === current) return;
      stopGrowth();
      const steps = growingAreas(visible);
      const apply = (i: number) => {
        const area = steps[i] as Area;
        areaRef.current = area;
        setDetailArea(area);
        if (i + 1 >= steps.length) {
          growth.current = null;
          return;
        }
        growth.current = afterNextPaint(() => apply(i + 1));
      };
      apply(0);
    },
    [stopGrowth],
  );
  useEffect(() => stopGrowth, [stopGrowth]);
  // The zoom bands that are only a class on the canvas: they follow every view, held wheel steps too
  // (a wheel step across is-tiny's or is-far's zoom is not held: held-wheel.ts, restylesContainers).
  const bandsAt = useCallback((zoom: number) => {
    setFar(zoom < FAR_ZOOM);
    setTiny(zoom < TINY_ZOOM);
    setBrief(zoom < BRIEF_ZOOM);
  }, []);
  // What a settled wheel gesture's view needs new, waiting for the next task (see `settled`).
  const pendingView = useRef<(() => void) | null>(null);
  // What a new view changes: the zoom bands (classes and overview) and the detail area.
  const viewChanged = useCallback(
    (viewport: Viewport) => {
      pendingView.current?.();
      pendingView.current = null;
      bandsAt(viewport.zoom);
      setOverview(viewport.zoom < OVERVIEW_ZOOM);
      followView(viewport);
    },
    [bandsAt, followView],
  );
  // A wheel gesture settled: React Flow has just culled for its view, in this task (the boxes out of
  // view go: most of them, after zooming in from the overview). Crossing into detail and a new
  // detail area come in the next task, after that is painted: one task did both (issue #14).
  const settled = useCallback(
    (viewport: Viewport) => {
      bandsAt(viewport.zoom);
      pendingView.current?.();
      pendingView.current = afterNextPaint(() => {
        pendingView.current = null;
        viewChanged(viewport);
      });
    },
    [bandsAt, viewChanged],
  );
  useEffect(() => () => pendingView.current?.(), []);
  // (Set below, once the staging it hands the view to exists.)
  const beforeFlowRef = useRef<(view: Viewport) => void>(() => {});
  // The picture's extent (what fitWhole fits): past it, a pan or a zoom out shows only empty canvas.
  const picture = useCallback(
    (): Area | undefined =>
      state.layout ? { x: 0, y: 0, width: state.layout.width, height: state.layout.height } : undefined,
    [state.layout],
  );
  // Wheel steps and mouse pans that need no new boxes only move the picture's layer (held-wheel.ts);
  // the zoom bands' classes follow them, the boxes the settled view.
  // Below TINY_ZOOM a wheel step is held even when it brings more picture into view, while the far
  // picture shows it whole (FarPicture.tsx: drawn, and nothing dimmed, which it can't show).
  const farCovers = useCallback((from: Viewport, to: Viewport) => {
    const el = canvasRef.current;
    return (
      from.zoom < TINY_ZOOM &&
      to.zoom < TINY_ZOOM &&
      el !== null &&
      !el.classList.contains("is-dimming") &&
      el.querySelector(".ec2viz-far-picture[data-ready]") !== null
    );
  }, []);
  const wheel = useHeldWheel(canvasRef, settled, (view) => beforeFlowRef.current(view), picture, farCovers);
  const canDrag = onInstanceDragEnd !== undefined;
  const [drag, setDrag] = useState<{ id: string; position: XYPosition } | null>(null);
  // Nodes of unchanged boxes are the same objects from one edit to the next (React Flow skips
  // them); in the overview, instances and volumes get no nodes at all (not just hidden), so React
  // Flow tracks a few hundred containers instead of tens of thousands of boxes.
  const flowCache = useRef(createFlowCache());
  // A layout about to be fitted (the first one, a file just opened) is drawn as it will look once
  // fitted: a 10,000-instance file opened over the seed would otherwise get every instance's box at
  // the seed's zoom, built only to be dropped a frame later in the overview (issue #14).
  const fittedKey = useRef<unknown>(Symbol("never"));
  const toBeFitted =
    state.layout !== null &&
    state.doc === doc &&
    fittedKey.current !== viewKey &&
    state.layout.nodes.length > 0;
  const fitZoom = useMemo(
    () =>
      toBeFitted && state.layout && canvasRef.current
        ? wholeView(canvasRef.current, state.layout)?.zoom
        : null,
    [toBeFitted, state.layout],
  );
  const details = typeof fitZoom === "number" ? fitZoom >= OVERVIEW_ZOOM : !overview;
  // Without details the area changes nothing, and a stale one (the seed's, before a big file was
  // opened and fitted) would only build the whole picture again (issue #15, B9).
  const area = typeof fitZoom === "number" || !details ? null : detailArea;
  const base = useMemo(
    () =>
      state.layout && state.doc
        ? toFlow(state.layout, state.doc, {
            diagnostics,
            highlightedIds: highlighted,
            details,
            ...(area ? { detailArea: area } : {}),
            draggableInstances: canDrag,
            cache: flowCache.current,
            index: sharedIndex(state.doc),
          })
        : { nodes: [] as DiagramNode[], edges: [] as DiagramEdge[] },
    [state.layout, state.doc, diagnostics, highlighted, details, area, canDrag],
  );
  // The far picture is drawn again for a new layout or new findings (its miniatures' dots).
  const farDrawnFrom = useMemo(() => ({ layout: state.layout, diagnostics }), [state.layout, diagnostics]);
  // Selection changes only touch the nodes whose flag flips, so big diagrams don't re-render.
  const nodes = useMemo(() => {
    if (selectedId === null) return base.nodes;
    return base.nodes.map((n) => {
      const want = n.data.targetId === selectedId || n.id === selectedId;
      return n.selected === want ? n : { ...n, selected: want };
    });
  }, [base.nodes, selectedId]);
  // A big picture about to be fitted (a large file just opened, the first picture of a big
  // example) goes onto the canvas in slices, one per frame, biggest boxes first (parents come before
  // their children): no single task builds every box and its miniature (issue #14/#15 B9).
  // `count` boxes, then `edges` edges (Infinity: all of them) of `layout` are on the canvas.
  const [reveal, setReveal] = useState<{
    layout: LayoutResult | null;
    count: number;
    total: number;
    edges: number;
  }>({ layout: null, count: 0, total: 0, edges: Number.POSITIVE_INFINITY });
  const revealStarted = useRef<LayoutResult | null>(null);
  // The nodes last given to React Flow: a fit after an edit (the first box on an empty canvas, an
  // opened document that shares boxes with the one shown) brings only the changed boxes, which need
  // no reveal (issue #14: a 1,000-instance drop was painted only once the whole picture had been
  // revealed again, slice by slice, when every drop still fitted the view).
  const onCanvas = useRef<readonly DiagramNode[]>([]);
  if (toBeFitted && state.layout && revealStarted.current !== state.layout) {
    revealStarted.current = state.layout;
    // More than two slices of boxes new to the canvas: revealed a slice per frame; less goes on at once.
    const fresh = newToCanvas(nodes, onCanvas.current);
    const first = nextSliceEnd(fresh, 0);
    if (first < fresh.length && nextSliceEnd(fresh, first) < fresh.length)
      setReveal({ layout: state.layout, count: nextSliceEnd(nodes, 0), total: nodes.length, edges: 0 });
  } else if (
    state.layout &&
    revealStarted.current !== state.layout &&
    reveal.layout !== null &&
    reveal.layout === revealStarted.current &&
    (reveal.count < reveal.total || reveal.edges !== Number.POSITIVE_INFINITY)
  ) {
    // A new layout of a picture still being revealed (an edit or an Undo made meanwhile): the reveal
    // goes on from where it was, instead of the rest of the picture going on in one task (#15 B10).
    revealStarted.current = state.layout;
    setReveal({ layout: state.layout, count: reveal.count, total: nodes.length, edges: reveal.edges });
  }
  const revealOn = reveal.layout !== null && reveal.layout === state.layout;
  const revealing = revealOn && reveal.count < nodes.length;
  const revealingEdges = revealOn && !revealing && reveal.edges !== Number.POSITIVE_INFINITY;
  const revealCount = reveal.count;
  const revealed = useMemo(
    () => (revealing ? nodes.slice(0, reveal.count) : nodes),
    [revealing, nodes, reveal.count],
  );
  // Boxes coming onto the canvas wait their turn, a slice per frame (heldBack): detail boxes new to
  // the list (crossing into detail, a new detail area), and boxes on it that a wheel step zooming out
  // brings into view (`nextView`: the view about to go to React Flow). `lastStaged` is what the
  // canvas was last given: the ids on its list and those waiting (hidden); `stageTick` asks again.
  const nextView = useRef<Viewport | null>(null);
  const lastStaged = useRef<{ ids: ReadonlySet<string>; waiting: ReadonlySet<string> }>({
    ids: NO_HELD,
    waiting: NO_HELD,
  });
  const [stageTick, setStageTick] = useState(0);
  const staged = useMemo(() => {
    void stageTick;
    const f = flow.current;
    const el = canvasRef.current;
    if (!f || !el) return { nodes: revealed, held: NO_HELD, waiting: NO_HELD };
    const size = { width: el.clientWidth, height: el.clientHeight };
    const shown = f.getViewport();
    const view = visibleArea(nextView.current ?? shown, size);
    const before = lastStaged.current;
    let nodes = revealed;
    let held: ReadonlySet<string> = NO_HELD;
    if (details) {
      const entering: StagedBox[] = [];
      for (const n of revealed) {
        if (!isDetailKind(n.data.kind) || before.ids.has(n.id)) continue;
        // The box its node was made from (a map of every box was 20,000 entries at 10,000 instances,
        // built in the task that crosses into detail: ~20 ms).
        const box = cachedBox(flowCache.current, n.id);
        if (box) entering.push(box);
      }
      const late = heldBack(entering, view, ENTER_SLICE, ENTER_OUTSIDE);
      if (late.size > 0) {
        held = late;
        nodes = revealed.filter((n) => !late.has(n.id));
      }
    }
    if (nextView.current === null && before.waiting.size === 0) return { nodes, held, waiting: NO_HELD };
    const listed: StagedBox[] = [];
    for (const n of nodes) {
      const box = before.ids.has(n.id) ? cachedBox(flowCache.current, n.id) : undefined;
      if (box) listed.push(box);
    }
    const coming = comingIntoView(listed, visibleArea(shown, size), view, before.waiting);
    const waiting = heldBack(coming, view, ENTER_SLICE);
    if (waiting.size === 0) return { nodes, held, waiting: NO_HELD };
    return { nodes: nodes.map((n) => (waiting.has(n.id) ? { ...n, hidden: true } : n)), held, waiting };
  }, [revealed, details, stageTick]);
  useEffect(() => {
    lastStaged.current = { ids: new Set(staged.nodes.map((n) => n.id)), waiting: staged.waiting };
    if (staged.held.size === 0 && staged.waiting.size === 0) return;
    // The next slice once this one is painted.
    return afterNextPaint(() => setStageTick((n) => n + 1));
  }, [staged]);
  // A wheel step zooming out is about to go to React Flow: the boxes it brings into view are staged
  // first, in this task, so that React Flow mounts only the first slice of them when it culls.
  const beforeFlow = useCallback((view: Viewport) => {
    nextView.current = view;
    try {
      flushSync(() => setStageTick((n) => n + 1));
    } finally {
      nextView.current = null;
    }
  }, []);
  beforeFlowRef.current = beforeFlow;
  // Fit View: the whole picture, clear of the panels, at most 100% (fitWhole). The boxes it brings in
  // are staged first, as for a wheel step zooming out: from detail at 10,000 instances, a fit
  // mounted every container in one task of 400-650 ms (issue #14).
  const fitToWhole = useCallback(() => {
    const f = flow.current;
    const el = canvasRef.current;
    if (f && el && state.layout) void fitWhole(f, el, state.layout, 0, beforeFlow);
  }, [beforeFlow, state.layout]);
  const shownNodes = useMemo(
    () =>
      drag
        ? staged.nodes.map((n) =>
            n.id === drag.id
              ? // The dragged card never fades (diagram.css skips `.dragging`), even while only its drop
                // target is highlighted.
                { ...n, position: drag.position, style: undefined, zIndex: 5000, dragging: true }
              : n,
          )
        : staged.nodes,
    [staged.nodes, drag],
  );
  useEffect(() => {
    onCanvas.current = shownNodes;
  }, [shownNodes]);
  // The edges of boxes still going on, slice by slice, come on with the last slice (edgesHeldFor).
  const edgesHeld = useRef<ReadonlySet<string>>(NO_HELD);
  edgesHeld.current = edgesHeldFor(edgesHeld.current, staged.held, staged.waiting);
  const heldEnds = edgesHeld.current;
  const lines = useMemo(
    () =>
      revealing
        ? NO_EDGES
        : base.edges.filter(
            (e) =>
              !(drag && (e.source === drag.id || e.target === drag.id)) &&
              !heldEnds.has(e.source) &&
              !heldEnds.has(e.target),
          ),
    [base.edges, drag, revealing, heldEnds],
  );
  const shownEdges = useMemo(
    () => (revealingEdges ? lines.slice(0, reveal.edges) : lines),
    [revealingEdges, lines, reveal.edges],
  );
  // Each slice shown asks for the next one, a frame later: the boxes, then the edges (revealCount
  // and revealEdges are in the deps for that).
  const revealEdges = reveal.edges;
  useEffect(() => {
    if (!revealing && !revealingEdges) return;
    const frame = requestAnimationFrame(() =>
      setReveal((r) => {
        if (r.layout !== state.layout || r.count !== revealCount || r.edges !== revealEdges) return r;
        if (revealing) return { ...r, count: nextSliceEnd(nodes, revealCount) };
        const edges = revealEdges + REVEAL_EDGES;
        return { ...r, edges: edges >= lines.length ? Number.POSITIVE_INFINITY : edges };
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [revealing, revealingEdges, state.layout, nodes, revealCount, lines, revealEdges]);
  const onNodesChange = useCallback((changes: NodeChange<DiagramNode>[]) => {
    for (const c of changes)
      if (c.type === "position" && c.position && c.dragging) setDrag({ id: c.id, position: c.position });
  }, []);
  const onNodeDrag = useCallback(
    (event: MouseEvent | TouchEvent, node: DiagramNode) => {
      const point = "touches" in event ? event.touches[0] : event;
      if (point) onInstanceDrag?.(node.data.targetId, point.clientX, point.clientY);
    },
    [onInstanceDrag],
  );
  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: DiagramNode) => {
      setDrag(null);
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      if (point) onInstanceDragEnd?.(node.data.targetId, point.clientX, point.clientY);
    },
    [onInstanceDragEnd],
  );

  // Centre on a box when asked; if it is folded away, unfold everything and try after the layout.
  const pendingCenter = useRef<{ id: string; n: number } | null>(null);
  const lastCenter = useRef<{ id: string; n: number } | null>(null);
  useEffect(() => {
    if (centerOn !== lastCenter.current) {
      lastCenter.current = centerOn;
      pendingCenter.current = centerOn;
    }
    const want = pendingCenter.current;
    if (!want || !flowReady || !flow.current || !state.layout) return;
    // Looked up in the layout: in the overview, instances and volumes have no node yet.
    const box = state.layout.nodes.find((n) => (n.resourceId ?? n.id) === want.id || n.id === want.id);
    if (!box) {
      if (collapsed.length > 0) {
        if (collapsedIds === undefined) setOwnCollapsed(NO_IDS);
        onCollapsedChange?.([]);
      } else pendingCenter.current = null;
      return;
    }
    pendingCenter.current = null;
    // From the layout's geometry, not React Flow's fitView: zoomed in, only the boxes near the view
    // are React Flow nodes (detail-area.ts), and fitView does nothing for one that isn't (a search
    // pick of a far instance left the view where it was). An instance's box comes out at 100%.
    requestAnimationFrame(() => {
      const el = canvasRef.current;
      if (!el || el.clientWidth === 0 || el.clientHeight === 0) return;
      const bounds = { x: box.absX, y: box.absY, width: box.width, height: box.height };
      const view = getViewportForBounds(bounds, el.clientWidth, el.clientHeight, MIN_ZOOM, FIT_MAX_ZOOM, 0.5);
      void flow.current?.setViewport(view, { duration: 300 });
    });
  }, [centerOn, collapsed, collapsedIds, onCollapsedChange, state.layout, flowReady]);

  // The box under a point, for drags over the canvas (every pointer move): from the layout, not
  // `elementsFromPoint`. Zoomed out, instances and volumes are not drawn, so their subnet is hit.
  const hitIndex = useHitIndex(state.layout);
  const nodeAt = useCallback<NodeAt>(
    (clientX, clientY, ignore) => {
      const f = flow.current;
      const el = canvasRef.current;
      if (!f || !el) return null;
      const r = el.getBoundingClientRect();
      if (clientX < r.left || clientX > r.right || clientY < r.top || clientY > r.bottom) return null;
      const index = hitIndex();
      if (!index) return null;
      const p = f.screenToFlowPosition({ x: clientX, y: clientY }, { snapToGrid: false });
      return boxAt(index, p.x, p.y, {
        ...(ignore === undefined ? {} : { ignore }),
        ...(overview ? { skip: (n) => isDetailKind(n.kind) } : {}),
      });
    },
    [hitIndex, overview],
  );
  if (nodeAtRef) nodeAtRef.current = nodeAt;

  // The selected box, the boxes a palette add put on the canvas, and the box just folded or
  // unfolded, stay in view (see useKeepInView).
  const toggledRef = useRef<string | null>(null);
  const selectedNodeId = useMemo(
    () =>
      selectedId === null
        ? null
        : (state.layout?.nodes.find((n) => (n.resourceId ?? n.id) === selectedId || n.id === selectedId)
            ?.id ?? null),
    [state.layout, selectedId],
  );
  useKeepInView({
    flow,
    container: canvasRef,
    layout: state.layout,
    ready: flowReady,
    selectedNodeId,
    toggled: toggledRef,
    layoutDoc: state.doc,
    addedIn,
  });

  useEffect(() => {
    if ((state.layout && flowReady) || state.error) firstPictureShown();
  }, [state.layout, state.error, flowReady]);

  useEffect(() => {
    if (!state.layout || !flowReady || !flow.current) return;
    onLayout?.({
      millis: state.millis ?? 0,
      nodeCount: state.layout.nodes.length,
      width: state.layout.width,
      height: state.layout.height,
      layout: state.layout,
      doc: state.doc ?? doc,
      collapsed: state.collapsed,
      handOver: state.handOver,
    });
    // Fit once per viewKey, on the layout of the current document (not a stale one still on screen).
    if (fittedKey.current === viewKey || state.doc !== doc) return;
    fittedKey.current = viewKey;
    // Wait a frame so React Flow knows the new nodes before fitting.
    const layout = state.layout;
    // An empty canvas keeps the view where it was (Undo after New brings the picture back there).
    if (layout.nodes.length === 0) return;
    requestAnimationFrame(() => {
      const f = flow.current;
      const el = canvasRef.current;
      if (!f || !el) return;
      // Small diagrams are not blown up past 100%.
      void fitWhole(f, el, layout).then(() => viewChanged(f.getViewport()));
    });
  }, [
    state.layout,
    state.millis,
    state.doc,
    state.collapsed,
    state.handOver,
    doc,
    viewKey,
    onLayout,
    flowReady,
    viewChanged,
  ]);

  const actions = useMemo<DiagramActions>(
    () => ({
      lang,
      toggleCollapse: (id) => {
        toggledRef.current = id;
        const next = collapsed.includes(id) ? collapsed.filter((c) => c !== id) : [...collapsed, id];
        if (collapsedIds === undefined) setOwnCollapsed(next);
        onCollapsedChange?.(next);
      },
      selectSecurityGroup: (id) => onSelectNode?.(id),
      selectResource: (id) => onSelectNode?.(id),
      ...(summaryOf ? { summaryOf } : {}),
    }),
    [lang, collapsed, collapsedIds, onCollapsedChange, onSelectNode, summaryOf],
  );

  // Keys on a box's own button (not on its badges or fold button, which are real buttons).
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const el = event.target as HTMLElement;
      if (!el.classList?.contains(NODE_BUTTON_CLASS)) return;
      const id = el.closest<HTMLElement>(".react-flow__node")?.dataset.id;
      const node = id === undefined ? undefined : flow.current?.getNode(id);
      if (!node) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onSelectNode?.(targetOf(node));
        if (event.key === "Enter") onNodeActivate?.(targetOf(node), "keyboard");
      }
    },
    [onSelectNode, onNodeActivate],
  );

  // React Flow hands the node handlers to every node's wrapper: a new function on each render of the
  // canvas (an edit, a drop hint, new findings) would re-render every box's wrapper (issue #14).
  const onNodeClick = useCallback(
    (_: unknown, node: DiagramNode) => onSelectNode?.(targetOf(node)),
    [onSelectNode],
  );
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: DiagramNode) => onNodeActivate?.(targetOf(node), "pointer"),
    [onNodeActivate],
  );
  const onPaneClick = useCallback(() => onSelectNode?.(null), [onSelectNode]);

  // A press on a box selects it even when the view glides it away before the release (press-capture.ts).
  const onPointerDownCapture = useCallback(
    (event: ReactPointerEvent<HTMLDivElement>) => capturePressOnNode(event.nativeEvent),
    [],
  );

  // A node wrapper that gets focus from a script (`element.focus()`) hands it to the box's button.
  const onFocus = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const el = event.target;
    if (!el.classList.contains("react-flow__node")) return;
    el.querySelector<HTMLElement>(`:scope > .${NODE_BUTTON_CLASS}`)?.focus();
  }, []);

  return (
    <DiagramActionsContext.Provider value={actions}>
      <OverviewContext.Provider value={!details}>
        {/* While anything is highlighted, every other box fades through this one class (diagram.css). */}
        {/* aria-busy while boxes or edges are still going onto the canvas, slice by slice: the picture isn't whole yet. */}
        <div
          className={`ec2viz-canvas${highlighted.length > 0 ? " is-dimming" : ""}${highlighted.length > 0 && pathBlocked ? " is-path-blocked" : ""}${far ? " is-far" : ""}${tiny ? " is-tiny" : ""}${brief ? " is-brief" : ""}${revealing || revealingEdges ? " is-revealing" : ""}${staged.waiting.size > 0 ? " is-staging" : ""}`}
          aria-busy={revealing || revealingEdges || staged.held.size > 0 || staged.waiting.size > 0}
          ref={canvasRef}
          style={COLOUR_PROPERTIES}
          onPointerDownCapture={onPointerDownCapture}
        >
          {/* Marks and chips (route tables, ACLs, Elastic IPs, security groups) show the selection through one rule,
            so selecting one doesn't re-render every node. */}
          {selectedId !== null && (
            <style>{`.ec2viz-canvas [data-resource=${JSON.stringify(selectedId)}]{box-shadow:0 0 0 3px rgba(9,114,211,.45)}`}</style>
          )}
          <ReactFlow<DiagramNode, DiagramEdge>
            nodes={shownNodes}
            edges={shownEdges}
            onNodesChange={canDrag ? onNodesChange : undefined}
            onNodeDrag={canDrag ? onNodeDrag : undefined}
            onNodeDragStop={canDrag ? onNodeDragStop : undefined}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onInit={(instance) => {
              flow.current = instance;
              setFlowReady(true);
            }}
            onMove={(event, viewport) => {
              if (wheel.step(event, viewport)) bandsAt(viewport.zoom);
              else viewChanged(viewport);
            }}
            onMoveEnd={wheel.end}
            onNodeClick={onNodeClick}
            onNodeDoubleClick={onNodeDoubleClick}
            onPaneClick={onPaneClick}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            nodesDraggable={canDrag}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable
            onlyRenderVisibleElements
            minZoom={MIN_ZOOM}
            maxZoom={2.5}
            deleteKeyCode={null}
            // The controls panel is a plain <div>: a name on it is not allowed (ARIA) and not announced.
            ariaLabelConfig={NO_CONTROLS_NAME}
          >
            <HeldWheelStore into={wheel.store} />
            <DotsBackground gap={24} size={1} color="#d5dbdb" live={wheel.live} />
            <FarPicture
              layout={state.layout}
              nodes={details || revealing || revealingEdges ? null : base.nodes}
              edges={base.edges}
              drawnFrom={farDrawnFrom}
              live={wheel.live}
            />
            {/* An empty canvas has nothing to map: no blank white box in its corner. */}
            {state.layout && state.layout.nodes.length > 0 && (
              <OverviewMap
                layout={state.layout}
                doc={state.doc}
                label={t(lang, "canvas.miniMap")}
                live={wheel.live}
              />
            )}
            <Controls showInteractive={false} showFitView={false}>
              {/* Our own Fit View (React Flow's fits every box it has, at once: see fitToWhole). */}
              <ControlButton
                className="react-flow__controls-fitview"
                onClick={fitToWhole}
                title={FIT_VIEW_NAME}
                aria-label={FIT_VIEW_NAME}
              >
                <FitViewIcon />
              </ControlButton>
            </Controls>
            {children}
          </ReactFlow>
          <div className={`ec2viz-status${state.pending ? " is-busy" : ""}`} role="status">
            {state.pending ? t(lang, "canvas.layingOut") : ""}
          </div>
          {state.error && (
            <div className="ec2viz-error" role="alert">
              {t(lang, "canvas.layoutFailed", { error: state.error })}
            </div>
          )}
        </div>
      </OverviewContext.Provider>
    </DiagramActionsContext.Provider>
  );
});
