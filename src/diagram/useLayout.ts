// Lays the document out whenever it or the folded set changes. Small documents are laid out right
// here on the page (a few milliseconds, so the first picture and every edit skip a worker round
// trip); big ones go to the layout worker, created when first needed. Only the newest request's
// answer is kept; `pending` drives the "Laying out…" indicator. Both keep a layout cache, so an
// edit re-lays out only what changed and unchanged boxes come back as the same objects.
// The page's copy of the engine is fetched with the first small document: a big one's first
// picture loads only the worker's (issue #14, initial JS). The app asks for it as soon as the start
// document is known (prepareLayout), so the canvas's first render lays the document out itself.
import { useEffect, useRef, useState } from "react";
import type { LayoutCache } from "../layout/layout.ts";
import { createLayoutClient, type LayoutClient } from "../layout/layout-client.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Topology } from "../model/schema.ts";

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

export function useLayout(doc: Topology, collapsed: readonly string[]): LayoutState {
  const client = useRef<LayoutClient | null>(null);
  const pageCache = useRef<LayoutCache | null>(null);
  const latest = useRef(0);
  // The layout the first render made itself (the engine was already here), so the mount's effect
  // doesn't make it again.
  const madeFirst = useRef<{ doc: Topology; collapsed: readonly string[] } | null>(null);
  const [state, setState] = useState<LayoutState>(() => {
    const waiting = { layout: null, doc: null, collapsed: [], pending: true, error: null, millis: null };
    if (!pageEngine || !layoutsOnPage(doc)) return waiting;
    const started = performance.now();
    try {
      pageCache.current ??= pageEngine.createLayoutCache();
      const layout = pageEngine.layoutTopologySync(doc, { collapsed: [...collapsed] }, pageCache.current);
      madeFirst.current = { doc, collapsed };
      return { layout, doc, collapsed, pending: false, error: null, millis: performance.now() - started };
    } catch {
      return waiting; // the effect lays it out again and reports the error
    }
  });

  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  useEffect(() => {
    const request = ++latest.current;
    const first = madeFirst.current;
    madeFirst.current = null;
    if (first && first.doc === doc && first.collapsed === collapsed) return;
    const started = performance.now();
    // The two ways a request ends, the same for the page engine and the worker.
    const finish = (layout: LayoutResult) =>
      setState({ layout, doc, collapsed, pending: false, error: null, millis: performance.now() - started });
    const fail = (error: unknown) => setState((s) => ({ ...s, pending: false, error: String(error) }));
    if (layoutsOnPage(doc)) {
      const layOut = ({ createLayoutCache, layoutTopologySync }: PageEngine) => {
        try {
          pageCache.current ??= createLayoutCache();
          finish(layoutTopologySync(doc, { collapsed: [...collapsed] }, pageCache.current));
        } catch (error) {
          fail(error);
        }
      };
      // Once the engine is here, every edit is laid out in the same render pass as before.
      if (pageEngine) layOut(pageEngine);
      else
        loadPageEngine().then(
          (engine) => {
            if (request === latest.current) layOut(engine);
          },
          (error: unknown) => {
            if (request === latest.current) fail(error);
          },
        );
      return;
    }
    const c = client.current ?? createLayoutClient();
    client.current = c;
    setState((s) => ({ ...s, pending: true }));
    c.layout(doc, { collapsed: [...collapsed] }).then(
      (layout) => {
        if (request === latest.current) finish(layout);
      },
      (error: unknown) => {
        if (request === latest.current) fail(error);
      },
    );
  }, [doc, collapsed]);

  return state;
}
