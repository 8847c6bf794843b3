// How much a small edit disturbs the picture: for every box present before and after, how far it
// moved, and whether siblings kept their reading order (top-to-bottom, then left-to-right).
import type { LayoutResult, PlacedNode } from "../types.ts";

interface Movement {
  /** Boxes present in both layouts. */
  compared: number;
  /** Of those, how many moved at all (more than half a pixel). */
  moved: number;
  medianShift: number;
  p95Shift: number;
  maxShift: number;
  /** Share of sibling pairs (same parent in both) whose reading order is unchanged, 0..1. */
  orderKept: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Reading order: boxes whose middles are level (within a few pixels) share a row. */
function readsBefore(a: PlacedNode, b: PlacedNode): boolean {
  const ay = a.absY + a.height / 2;
  const by = b.absY + b.height / 2;
  if (Math.abs(ay - by) > 4) return ay < by;
  return a.absX < b.absX;
}

export function measureMovement(before: LayoutResult, after: LayoutResult): Movement {
  const next = new Map(after.nodes.map((n) => [n.id, n]));
  const shifts: number[] = [];
  const byParent = new Map<string, [PlacedNode, PlacedNode][]>();
  for (const a of before.nodes) {
    const b = next.get(a.id);
    if (!b) continue;
    shifts.push(Math.hypot(b.absX - a.absX, b.absY - a.absY));
    if (a.parent !== b.parent) continue;
    const key = a.parent ?? "";
    byParent.set(key, [...(byParent.get(key) ?? []), [a, b]]);
  }
  let pairs = 0;
  let kept = 0;
  for (const list of byParent.values()) {
    // Neighbours in the old reading order are enough to see a swap, and stay cheap for big subnets.
    const sorted = [...list].sort((x, y) => (readsBefore(x[0], y[0]) ? -1 : readsBefore(y[0], x[0]) ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) {
      const [p0, p1] = sorted[i - 1] as [PlacedNode, PlacedNode];
      const [q0, q1] = sorted[i] as [PlacedNode, PlacedNode];
      pairs++;
      if (readsBefore(p0, q0) === readsBefore(p1, q1)) kept++;
    }
  }
  const sorted = [...shifts].sort((a, b) => a - b);
  return {
    compared: shifts.length,
    moved: shifts.filter((s) => s > 0.5).length,
    medianShift: percentile(sorted, 0.5),
    p95Shift: percentile(sorted, 0.95),
    maxShift: sorted[sorted.length - 1] ?? 0,
    orderKept: pairs === 0 ? 1 : kept / pairs,
  };
}
