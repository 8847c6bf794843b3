/**
 * Runs `run` in a task of its own once the next frame has been painted: a frame's animation
 * callbacks run before its paint, so a task queued from one runs after it. Gives back a cancel.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
