// Lays the document out whenever it or the folded set changes. Small documents are laid out right
// here on the page (a few milliseconds, so the first picture and every edit skip a worker round
// trip); big ones go to the layout worker, created when first needed. Only the newest request's
// answer is kept; `pending` drives the "Laying out…" indicator. Both keep a layout cache, so an
// edit re-lays out only what changed and unchanged boxes come back as the same objects.
// The page's copy of the engine is fetched with the first small document: a big one's first
// picture loads only the worker's (issue #14, initial JS). The app asks for it as soon as the start
// document is known (prepareLayout), so the canvas's first render lays the document out itself.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LayoutCache } from "../layout/layout.ts";
import { createLayoutClient, type LayoutClient } from "../layout/layout-client.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";

interface LayoutState {
  layout: LayoutResult | null;
  /** The document the current layout was made from (the canvas draws both together). */
  doc: Topology | null;
  /** The folded containers it was made with. */
  collapsed: readonly string[];
  pending: boolean;
  error: string | null;
  millis: number | null;
}

/** Up to this many instances and volumes the layout runs on the page (well under 50 ms). */
const PAGE_LAYOUT_LIMIT = 400;

function layoutsOnPage(doc: Topology): boolean {
  return doc.instances.length + doc.volumes.length <= PAGE_LAYOUT_LIMIT;
}

type PageEngine = typeof import("../layout/layout.ts");
let pageEngine: PageEngine | undefined;
let enginePromise: Promise<PageEngine> | undefined;
const loadPageEngine = (): Promise<PageEngine> => {
  enginePromise ??= import("../layout/layout.ts").then((engine) => {
    pageEngine = engine;
    return engine;
  });
  // A failed fetch is tried again by the next request.
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
};

/**
 * Starts fetching what lays `doc` out, as soon as the start document is known (issue #14): for a
 * small document, the page's engine, so the canvas's first render lays it out at once instead of
 * asking for the engine from an effect, after the page's first paint. Settles when it is here (or
 * failed: the canvas then asks again and reports the error).
 */
export function prepareLayout(doc: Topology): Promise<void> {
  if (!layoutsOnPage(doc)) return Promise.resolve();
  return loadPageEngine().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Has the layout worker send `doc` and its layout, folded as `collapsed`, to `port` (a HandedOver
 * message), when they are the newest it was asked to lay out: then the page copies neither (an
 * export of 100,000 instances, issue #15 B9). False, with nothing sent, otherwise (a small
 * document laid out on the page, an older one).
 */
export type HandOver = (doc: Topology, collapsed: readonly string[], port: MessagePort) => boolean;

export function useLayout(doc: Topology, collapsed: readonly string[]): LayoutState & { handOver: HandOver } {
  const client = useRef<LayoutClient | null>(null);
  const pageCache = useRef<LayoutCache | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<LayoutState>({
    layout: null,
    doc: null,
    collapsed: [],
    pending: true,
    error: null,
    millis: null,
  });
  // Once the page's engine is here, a small document is laid out in the render that shows it, not
  // in an effect after it: an edit is then one render and one paint, not a paint of the old picture
  // and a second render (issue #14, edits on the seed). A layout that fails keeps the previous one
  // on the canvas and says why.
  const shown = useRef<LayoutState>(state);
  const lastRendered = useRef<LayoutState | null>(null);
  const onPage = pageEngine !== undefined && layoutsOnPage(doc);
  const rendered = useMemo(() => {
    if (!onPage || !pageEngine) return null;
    const started = performance.now();
    try {
      pageCache.current ??= pageEngine.createLayoutCache();
      const layout = pageEngine.layoutTopologySync(
        doc,
        { collapsed: [...collapsed], index: sharedIndex(doc) },
        pageCache.current,
      );
      return { layout, doc, collapsed, pending: false, error: null, millis: performance.now() - started };
    } catch (error) {
      return { ...shown.current, pending: false, error: String(error) };
    }
  }, [onPage, doc, collapsed]);

  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  useEffect(() => {
    // Any answer still coming for an earlier document is stale from now on.
    const request = ++latest.current;
    if (layoutsOnPage(doc)) {
      // Laid out in the render (above) once the engine is here; until then, fetched first.
      if (pageEngine) return;
      setState({ ...shown.current, pending: true });
      loadPageEngine().then(
        () => {
          // The engine's arrival renders the canvas again, which lays the document out.
          if (request === latest.current) setState((s) => ({ ...s }));
        },
        (error: unknown) => {
          if (request === latest.current) setState((s) => ({ ...s, pending: false, error: String(error) }));
        },
      );
      return;
    }
    const started = performance.now();
    const c = client.current ?? createLayoutClient();
    client.current = c;
    setState({ ...shown.current, pending: true });
    c.layout(doc, { collapsed: [...collapsed] }).then(
      (layout) => {
        if (request === latest.current)
          setState({
            layout,
            doc,
            collapsed,
            pending: false,
            error: null,
            millis: performance.now() - started,
          });
      },
      (error: unknown) => {
        if (request === latest.current) setState((s) => ({ ...s, pending: false, error: String(error) }));
      },
    );
  }, [doc, collapsed]);

  // From a document laid out here to one the worker lays out (or one waiting for the engine): the
  // canvas keeps what it shows until the effect above has put it in `state`, never an older state.
  const handOff = useRef<{ from: LayoutState; state: LayoutState } | null>(null);
  let current: LayoutState;
  if (rendered) {
    current = rendered;
    handOff.current = null;
  } else {
    if (shown.current === lastRendered.current && shown.current !== state)
      handOff.current ??= { from: { ...shown.current, pending: true }, state };
    current = handOff.current?.state === state ? handOff.current.from : state;
  }
  lastRendered.current = rendered;
  shown.current = current;
  const handOver = useCallback<HandOver>(
    (doc, collapsed, port) => client.current?.handOver(doc, { collapsed: [...collapsed] }, port) ?? false,
    [],
  );
  return useMemo(() => ({ ...current, handOver }), [current, handOver]);
}
