// Runs the layout in the worker whenever the document or the folded set changes. Only the newest
// request's answer is kept; `pending` drives the "Laying out…" indicator.
import { useEffect, useRef, useState } from "react";
import { createLayoutClient, type LayoutClient } from "../layout/layout-client.ts";
import type { LayoutResult } from "../layout/types.ts";
import type { Topology } from "../model/schema.ts";

export interface LayoutState {
  layout: LayoutResult | null;
  /** The document the current layout was made from (the canvas draws both together). */
  doc: Topology | null;
  pending: boolean;
  error: string | null;
  millis: number | null;
}

export function useLayout(doc: Topology, collapsed: readonly string[]): LayoutState {
  const client = useRef<LayoutClient | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<LayoutState>({
    layout: null,
    doc: null,
    pending: true,
    error: null,
    millis: null,
  });

  useEffect(() => {
    const c = createLayoutClient();
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    const c = client.current ?? createLayoutClient();
    client.current = c;
    const request = ++latest.current;
    const started = performance.now();
    setState((s) => ({ ...s, pending: true }));
    c.layout(doc, { collapsed: [...collapsed] }).then(
      (layout) => {
        if (request !== latest.current) return;
        setState({ layout, doc, pending: false, error: null, millis: performance.now() - started });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        setState((s) => ({ ...s, pending: false, error: String(error) }));
      },
    );
  }, [doc, collapsed]);

  return state;
}
