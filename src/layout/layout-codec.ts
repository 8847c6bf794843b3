// How a layout crosses the worker boundary: only what changed since the previous answer. The
// worker keeps its last result; boxes and routes that came out the same (the very same objects,
// see reuseUnchanged in layout.ts) are sent as their index in that answer, and the page, which
// decodes every answer in order, puts its own copies of them back.
import type { LayoutResult, PlacedNode, RoutedEdge } from "./types.ts";

/**
 * A layout as sent: a number in `nodes` or `edges` stands for the item at that index of the
 * previous answer this worker sent (the client decodes every answer in order, stale ones too).
 */
export interface EncodedLayout {
  nodes: (PlacedNode | number)[];
  edges: (RoutedEdge | number)[];
  width: number;
  height: number;
}

/** Items of `next` that are the very objects of `previous` become their index there. */
export function encodeLayout(previous: LayoutResult | undefined, next: LayoutResult): EncodedLayout {
  const nodeAt = new Map<PlacedNode, number>(previous?.nodes.map((n, i) => [n, i]));
  const edgeAt = new Map<RoutedEdge, number>(previous?.edges.map((e, i) => [e, i]));
  return {
    nodes: next.nodes.map((n) => nodeAt.get(n) ?? n),
    edges: next.edges.map((e) => edgeAt.get(e) ?? e),
    width: next.width,
    height: next.height,
  };
}

/** The inverse of encodeLayout, given the same previous answer. */
export function decodeLayout(previous: LayoutResult | undefined, sent: EncodedLayout): LayoutResult {
  const pick = <T>(list: readonly T[] | undefined, item: T | number): T => {
    if (typeof item !== "number") return item;
    const found = list?.[item];
    if (found === undefined) throw new Error(`layout answer refers to a missing item ${item}`);
    return found;
  };
  return {
    nodes: sent.nodes.map((n) => pick(previous?.nodes, n)),
    edges: sent.edges.map((e) => pick(previous?.edges, e)),
    width: sent.width,
    height: sent.height,
  };
}
