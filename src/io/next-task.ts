// Waiting for a new task between slices of work, so the page can paint and answer input.

/** The next task, after a timer (browsers clamp nested timers to 4 ms: fine for a few slices). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A new task at once (a MessageChannel message: no timer, so no 4 ms clamp after a few nested
 * ones), for work in many short steps.
 */
export function nextStep(): Promise<void> {
  if (typeof MessageChannel === "undefined") return nextTask();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
