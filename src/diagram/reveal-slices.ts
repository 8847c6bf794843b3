// How a big picture is cut into the slices the canvas reveals, one per frame (DiagramCanvas), so
// no single task builds every box and its miniature (issue #14/#15 B9).

/** A node as the reveal weighs it: the boxes its miniature draws (a container zoomed out), if any. */
export interface RevealBox {
  data: { miniature?: readonly unknown[] };
}

/** Boxes put on the canvas per frame while a big picture is revealed (about 50–100 ms of work each). */
export const REVEAL_SLICE = 40;
/**
 * Boxes drawn inside containers' miniatures per revealed frame: in the overview of 10,000 instances
 * there are only ~80 nodes, but their miniatures hold every instance, so a slice of 40 nodes was
 * most of the picture in one task (issue #14: no loading task over 200 ms). A miniature's box is a
 * few path commands, cheap beside a node: at 1,500 a slice, 50,000 instances took ~120 slices, each
 * paying again for every box already on the canvas (React Flow's store, the browser's layering).
 */
export const REVEAL_MINI_BOXES = 6000;

/** A node's share of one reveal slice: itself, and the boxes its miniature draws. */
export function revealWeight(node: RevealBox): number {
  return 1 / REVEAL_SLICE + (node.data.miniature?.length ?? 0) / REVEAL_MINI_BOXES;
}

/** How many of `nodes` (from `from` on) make the next slice: at least one, up to one slice's weight. */
export function nextSliceEnd(nodes: readonly RevealBox[], from: number): number {
  let weight = 0;
  let i = from;
  while (i < nodes.length) {
    const w = revealWeight(nodes[i] as RevealBox);
    // (The epsilon: forty 1/40ths add up to a hair over 1.)
    if (i > from && weight + w > 1 + 1e-9) break;
    weight += w;
    i++;
  }
  return i;
}
