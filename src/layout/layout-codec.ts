// How a layout crosses the worker boundary: only what changed since the previous answer. The
// worker keeps its last result; boxes and routes that came out the same (the very same objects,
// see reuseUnchanged in layout.ts) are sent as their index in that answer, and the page, which
// decodes every answer in order, puts its own copies of them back. A big answer (a file just
// opened) goes in parts of PART_ITEMS boxes and routes, each copied on the page in a task of its
// own (issue #15, B9): 10,000 instances' first layout was one copy of ~200 ms.
import { alignedLookup } from "./aligned-lookup.ts";
import type { LayoutResult, PlacedNode, RoutedEdge } from "./types.ts";

const itself = <T>(item: T): T => item;

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
  const nodeAt = alignedLookup(previous?.nodes ?? [], itself);
  const edgeAt = alignedLookup(previous?.edges ?? [], itself);
  const found = <T>(at: number, item: T): T | number => (at < 0 ? item : at);
  return {
    nodes: next.nodes.map((n, i) => found(nodeAt(n, i), n)),
    edges: next.edges.map((e, i) => found(edgeAt(e, i), e)),
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

/** Boxes and routes per message of a big answer. */
export const PART_ITEMS = 2000;

/** A leading piece of an answer's boxes and routes (see splitLayout). */
export interface LayoutPart {
  nodes: (PlacedNode | number)[];
  edges: (RoutedEdge | number)[];
}

/** An answer as parts of at most `size` boxes and routes, sent first, then the rest. */
export function splitLayout(
  sent: EncodedLayout,
  size = PART_ITEMS,
): { parts: LayoutPart[]; last: EncodedLayout } {
  const parts: LayoutPart[] = [];
  let n = 0;
  let e = 0;
  while (sent.nodes.length - n + sent.edges.length - e > size) {
    const nodes = sent.nodes.slice(n, n + size);
    const edges = sent.edges.slice(e, e + size - nodes.length);
    parts.push({ nodes, edges });
    n += nodes.length;
    e += edges.length;
  }
  if (parts.length === 0) return { parts, last: sent };
  return { parts, last: { ...sent, nodes: sent.nodes.slice(n), edges: sent.edges.slice(e) } };
}

/** The inverse of splitLayout. */
export function joinLayout(parts: readonly LayoutPart[], last: EncodedLayout): EncodedLayout {
  if (parts.length === 0) return last;
  return {
    ...last,
    nodes: [...parts.flatMap((p) => p.nodes), ...last.nodes],
    edges: [...parts.flatMap((p) => p.edges), ...last.edges],
  };
}
