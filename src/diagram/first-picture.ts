// The first picture goes first: code it doesn't need (explanations, side panels, rules, export,
// edit commands) is fetched once it has been painted, so on a first visit the browser downloads,
// compiles and runs only what draws the boxes before they are on screen (issue #14: initial JS).
// The canvas says when its first layout is on screen, or when the layout failed (nothing to wait for).

import { afterNextPaint } from "./after-paint.ts";

let settle: () => void = () => {};
let said = false;

/** Settles after the frame that shows the canvas's first layout (or its failure) has been painted. */
export const afterFirstPicture: Promise<void> = new Promise<void>((resolve) => {
  settle = resolve;
});

/** The performance mark set when the first picture is painted (e2e/bundle.spec.ts reads it). */
export const FIRST_PICTURE_MARK = "ec2viz:first-picture";

/** Called by the canvas when its first layout is shown; later calls do nothing. */
export function firstPictureShown(): void {
  if (said) return;
  said = true;
  const painted = () => {
    if (typeof performance !== "undefined") performance.mark?.(FIRST_PICTURE_MARK);
    settle();
  };
  if (typeof requestAnimationFrame === "function") afterNextPaint(painted);
  else painted();
}

/** `load` once the first picture is painted (at once if it already is). */
export function loadAfterFirstPicture<M>(load: () => Promise<M>): () => Promise<M> {
  return () => afterFirstPicture.then(load);
}
