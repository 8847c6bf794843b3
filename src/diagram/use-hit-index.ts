// The hit index of the canvas's layout (layout/hit-test.ts), which a drag over the canvas asks on
// every pointer move. A big layout's index is built in steps between tasks as soon as the layout
// is there, so a drag's first move finds it made: at 50,000 instances building it took ~150 ms CPU
// in the task of the drag's first move over the canvas, after every edit (issue #15, B9).
import { useCallback, useEffect, useRef } from "react";
import { nextTask } from "../io/next-task.ts";
import { type HitIndex, hitIndexSteps } from "../layout/hit-test.ts";
import type { LayoutResult } from "../layout/types.ts";

/** From this many boxes, the index is built ahead, in steps. */
const AHEAD_FROM = 2000;
/** Work per step, in ms. */
const STEP_BUDGET = 8;

interface Building {
  layout: LayoutResult;
  steps: Generator<void, HitIndex>;
  index?: HitIndex;
}

/** Builds on for up to `budget` ms; the index once done. */
function advance(building: Building, budget: number): HitIndex | undefined {
  const start = performance.now();
  while (building.index === undefined) {
    const step = building.steps.next();
    if (step.done) building.index = step.value;
    else if (performance.now() - start >= budget) break;
  }
  return building.index;
}

/** Gives the hit index of `layout` when asked: made then if the steps haven't finished it yet. */
export function useHitIndex(layout: LayoutResult | null): () => HitIndex | null {
  const building = useRef<Building | null>(null);
  const of = useCallback((l: LayoutResult): Building => {
    if (building.current?.layout !== l) building.current = { layout: l, steps: hitIndexSteps(l) };
    return building.current;
  }, []);
  useEffect(() => {
    if (!layout || layout.nodes.length < AHEAD_FROM) return;
    const ahead = of(layout);
    let stopped = false;
    void (async () => {
      while (!stopped && advance(ahead, STEP_BUDGET) === undefined) await nextTask();
    })();
    return () => {
      stopped = true;
    };
  }, [layout, of]);
  return useCallback(
    () => (layout ? (advance(of(layout), Number.POSITIVE_INFINITY) ?? null) : null),
    [layout, of],
  );
}
