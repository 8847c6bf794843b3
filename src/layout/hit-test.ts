// Which box is under a point, from the layout's geometry (no DOM): a drag over the canvas asks this
// on every pointer move, and `document.elementsFromPoint` cost ~180 ms over one drag at 1,000
// instances. Pure: the canvas converts screen to diagram coordinates and says which boxes it draws.
import type { LayoutResult, PlacedNode } from "./types.ts";

interface Entry {
  node: PlacedNode;
  children: Entry[];
  /** The box and everything inside it (a gateway on its VPC's border reaches out of the VPC). */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A layout's boxes as a tree with each subtree's extent: a lookup walks down one branch. */
export interface HitIndex {
  roots: Entry[];
}

export function hitIndexOf(layout: LayoutResult): HitIndex {
  const steps = hitIndexSteps(layout);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Boxes indexed between two pauses of hitIndexSteps (a few milliseconds of work). */
export const HIT_STEP_NODES = 4096;

/**
 * hitIndexOf in steps: pauses every HIT_STEP_NODES boxes and returns the same index when done. The
 * canvas builds a big layout's index between frames this way, before a drag needs it.
 */
export function* hitIndexSteps(layout: LayoutResult): Generator<void, HitIndex> {
  const entries = new Map<string, Entry>();
  const roots: Entry[] = [];
  let n = 0;
  for (const node of layout.nodes) {
    if (++n % HIT_STEP_NODES === 0) yield;
    const entry: Entry = {
      node,
      children: [],
      minX: node.absX,
      minY: node.absY,
      maxX: node.absX + node.width,
      maxY: node.absY + node.height,
    };
    entries.set(node.id, entry);
    const parent = node.parent === undefined ? undefined : entries.get(node.parent);
    (parent ? parent.children : roots).push(entry);
  }
  // Parents come before their children (LayoutResult), so the reverse order grows extents bottom-up.
  for (let i = layout.nodes.length - 1; i >= 0; i--) {
    if (++n % HIT_STEP_NODES === 0) yield;
    const node = layout.nodes[i] as PlacedNode;
    const entry = entries.get(node.id) as Entry;
    const parent = node.parent === undefined ? undefined : entries.get(node.parent);
    if (!parent) continue;
    parent.minX = Math.min(parent.minX, entry.minX);
    parent.minY = Math.min(parent.minY, entry.minY);
    parent.maxX = Math.max(parent.maxX, entry.maxX);
    parent.maxY = Math.max(parent.maxY, entry.maxY);
  }
  return { roots };
}

interface HitOptions {
  /** A box that is not there for the pointer (the one being dragged), with everything inside it. */
  ignore?: string;
  /** Boxes the canvas doesn't draw right now (instances and volumes in the overview). */
  skip?: (node: PlacedNode) => boolean;
}

/**
 * Diagram id of the innermost box drawn at (x, y) (diagram coordinates), or null on empty canvas.
 * Of boxes that overlap, the later one is on top (the canvas draws them in layout order).
 */
export function boxAt(index: HitIndex, x: number, y: number, options: HitOptions = {}): string | null {
  return search(index.roots, x, y, options);
}

function search(entries: readonly Entry[], x: number, y: number, options: HitOptions): string | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (x < e.minX || x > e.maxX || y < e.minY || y > e.maxY) continue;
    const n = e.node;
    if (n.id === options.ignore || options.skip?.(n)) continue;
    const inner = search(e.children, x, y, options);
    if (inner !== null) return inner;
    if (x >= n.absX && x <= n.absX + n.width && y >= n.absY && y <= n.absY + n.height) return n.id;
  }
  return null;
}
