// A wheel zoom or a mouse pan that needs no new boxes moves the picture's layer and nothing else;
// React Flow hears of the view when the gesture settles (d3-zoom ends a wheel gesture 150 ms after
// its last event, a pan at the button's release). React Flow culls on every change of its view: at
// 10,000 instances each wheel step mounted or unmounted some fifty containers of ~40 elements, a
// frame of 50-100 ms (issue #14), and every change of its view runs each of its store's ~2,000
// subscribers (a pan of the fitted view: most of a move's script). A step is held while the part
// of the view with picture in it stays inside the view React Flow last culled for (holdsView):
// zooming in, and out again as far as where it started, across zoom bands too (the caller hears
// of each held step and changes what costs only a class; boxes that come or go wait for the
// settle), and panning a picture seen whole. A step past that (more picture comes into view) goes
// to React Flow at once, with whatever the held steps before it left to do.
import { type ReactFlowState, useStore, useStoreApi } from "@xyflow/react";
import { type RefObject, useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { Area } from "../layout/to-flow.ts";
import { holdsView, type Viewport } from "./detail-area.ts";
import { restylesContainers } from "./zoom-bands.ts";

/**
 * React Flow doesn't write a zoom event's view to its store when the event's source event has
 * `sync` set (its flag for a view it was handed). d3-zoom still keeps the true view, so a drag,
 * a fit or the controls go on from it; were the flag ever dropped, every step would go to React
 * Flow as before.
 */
const HELD = "sync";

/**
 * Set on the picture's layer (`data-wheeling`, diagram.css) from a wheel gesture's first step until
 * it settles: the browser then scales the pixels it has instead of drawing the picture again at
 * every step (issue #14: ~150 ms of software raster per step at 10,000 instances). The picture is
 * soft while the wheel turns and sharp again once the gesture ends.
 */
const WHEELING = "wheeling";

/**
 * Whether a step to `view`, from the view drawn (`from`), is held, React Flow having culled for
 * `shown`: "held" when it brings no more picture into view (holdsView), "covered" when it does but
 * `covered` says another drawing shows it whole (wheel steps only), else "no". A wheel step across a
 * zoom that restyles every container is never held (see useHeldWheel).
 */
export function heldStep(
  shown: Viewport,
  from: Viewport,
  view: Viewport,
  size: { width: number; height: number },
  options: {
    wheel: boolean;
    picture?: Area | undefined;
    covered?: ((from: Viewport, to: Viewport) => boolean) | undefined;
  },
): "held" | "covered" | "no" {
  if (options.wheel && restylesContainers(from.zoom, view.zoom)) return "no";
  if (holdsView(shown, view, size, options.picture)) return "held";
  return options.wheel && options.covered?.(from, view) === true ? "covered" : "no";
}

/** Marks a wheel event over the pane, so that React Flow's store does not take its view. */
export function holdWheel(event: WheelEvent): void {
  const target = event.target as Element | null;
  if (!target?.closest?.(".react-flow__renderer") || target.closest(".nowheel")) return;
  Object.defineProperty(event, HELD, { value: true });
}

/**
 * Marks a mouse move with a button down, so that a pan's step does not go to React Flow's store
 * either. d3-zoom follows a pan on the window, wherever the pointer goes, and it alone reads the
 * mark (a box's drag, also a move with a button down, ignores it).
 */
export function holdPan(event: MouseEvent): void {
  if (event.buttons !== 0) Object.defineProperty(event, HELD, { value: true });
}

/** The event is a wheel step marked by holdWheel. */
export function isHeldWheel(event: unknown): boolean {
  return typeof event === "object" && event !== null && (event as Record<string, unknown>)[HELD] === true;
}

/** The view drawn while React Flow's store lags behind it (held wheel steps), else null. */
export interface LiveView {
  get(): Viewport | null;
  set(view: Viewport | null): void;
  subscribe(listener: () => void): () => void;
}

export function createLiveView(): LiveView {
  let view: Viewport | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => view,
    set(next) {
      if (next === view) return;
      view = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const storeTransform = (s: ReactFlowState) => s.transform;
const noSubscribe = () => () => {};
const noView = () => null;

/** The view as drawn (x, y, zoom): the held steps', else React Flow's. For what follows the view. */
export function useShownTransform(live: LiveView | undefined): readonly [number, number, number] {
  const stored = useStore(storeTransform);
  const held = useSyncExternalStore(live?.subscribe ?? noSubscribe, live?.get ?? noView, live?.get ?? noView);
  return held ? [held.x, held.y, held.zoom] : stored;
}

type FlowStore = ReturnType<typeof useStoreApi>;

/** Inside <ReactFlow>: hands its store to useHeldWheel, which sets the view there when it ends a hold. */
export function HeldWheelStore({ into }: { into: { current: FlowStore | null } }) {
  into.current = useStoreApi();
  return null;
}

/**
 * Holds wheel steps on the canvas `container`. `step` goes first in onMove: true when the step was
 * held (drawn only; the caller does only what costs no new boxes). `end` goes in onMoveEnd: the
 * held view goes to React Flow, and `onView` hears of it.
 */
export function useHeldWheel(
  container: RefObject<HTMLElement | null>,
  onView: (view: Viewport) => void,
  /** Told of a wheel step's view right before React Flow gets it (it shows more picture). */
  beforeFlow?: (view: Viewport) => void,
  /** The extent of every box, in diagram coordinates (see holdsView), when there is a picture. */
  picture?: () => Area | undefined,
  /**
   * A wheel step from one view to another that another drawing shows whole while the wheel turns
   * (the far picture, FarPicture.tsx): held even when it brings more picture into view, whose boxes
   * then come in once the wheel stops (told to `beforeFlow` first, so they are staged).
   */
  covered?: (from: Viewport, to: Viewport) => boolean,
) {
  const live = useMemo(createLiveView, []);
  const store = useRef<FlowStore | null>(null);
  // The view React Flow last culled for: its nodes are the ones on the canvas.
  const culled = useRef<Viewport | null>(null);
  // A covered step was held (it brought more picture into view): the settled view stages its boxes.
  const stageAtEnd = useRef(false);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    // Capture: before d3-zoom's own listener on the pane sees the event.
    el.addEventListener("wheel", holdWheel, { capture: true, passive: true });
    // On the window, capture, from the start: ahead of the listener d3-zoom adds there at each pan.
    const view = el.ownerDocument.defaultView;
    view?.addEventListener("mousemove", holdPan, { capture: true, passive: true });
    return () => {
      el.removeEventListener("wheel", holdWheel, { capture: true });
      view?.removeEventListener("mousemove", holdPan, { capture: true });
    };
  }, [container]);
  const toFlow = useCallback(
    (view: Viewport) => {
      culled.current = view;
      live.set(null);
      store.current?.setState({ transform: [view.x, view.y, view.zoom] });
    },
    [live],
  );
  const step = useCallback(
    (event: unknown, view: Viewport): boolean => {
      const el = container.current;
      if (!isHeldWheel(event) || !el) {
        stageAtEnd.current = false;
        culled.current = view;
        live.set(null);
        return false;
      }
      const layer = el.querySelector<HTMLElement>(".react-flow__viewport");
      const wheel = (event as Event).type === "wheel";
      if (layer && wheel) layer.dataset[WHEELING] = "";
      const shown = culled.current;
      const size = { width: el.clientWidth, height: el.clientHeight };
      // A step across a zoom that changes every container's look (restylesContainers) goes to React
      // Flow too, so that it culls. Held, every box culled for where the gesture began stays on the
      // canvas: zoomed in from the fitted view of 10,000 instances, ~330 containers, most out of view
      // by the first band, and the browser restyled, laid out and painted them all in one task
      // (80-160 ms CPU, issue #14); culled, only those in view (unmounting the rest: ~40 ms). Steps
      // that change no class stay held: culling for them too spread the unmounting, but a zoom in
      // and back out then mounted the containers again (frames of 50-80 ms where none had been).
      // A wheel step below TINY_ZOOM that brings more picture into view is held too, when the far
      // picture shows it (`covered`): its boxes are staged once the wheel stops (see `end`).
      const hold = shown
        ? heldStep(shown, live.get() ?? shown, view, size, { wheel, picture: picture?.(), covered })
        : "no";
      if (hold === "covered") stageAtEnd.current = true;
      if (hold === "no") {
        // A pan's step brings in a strip at the edge: it goes to React Flow as it always did.
        if (wheel) beforeFlow?.(view);
        stageAtEnd.current = false;
        toFlow(view);
        return false;
      }
      // React Flow's own transform string: its next write of the view finds it already there.
      if (layer) layer.style.transform = `translate(${view.x}px,${view.y}px) scale(${view.zoom})`;
      live.set(view);
      return true;
    },
    [container, live, toFlow, beforeFlow, picture, covered],
  );
  const end = useCallback(() => {
    const el = container.current;
    const layer = el?.querySelector<HTMLElement>(".react-flow__viewport");
    if (layer) delete layer.dataset[WHEELING];
    // The view drawn last (a new gesture may have begun since d3-zoom ended this one).
    const view = live.get();
    if (!view) return;
    if (stageAtEnd.current) beforeFlow?.(view);
    stageAtEnd.current = false;
    toFlow(view);
    onView(view);
  }, [container, live, toFlow, onView, beforeFlow]);
  return { live, store, step, end };
}
