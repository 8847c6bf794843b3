// What `npm run bench:browser` injects into every page before it loads: a long-task observer, a
// frame recorder, and detectors for "first picture painted" and "dropped box painted". A frame
// counts as painted at the first task after its animation frame (a message posted from rAF).

export interface BenchProbe {
  firstPicture: number | null;
  dropPainted: number | null;
  longest(since: number): number;
  startFrames(): void;
  stopFrames(): number[];
  armDrop(): void;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

function install(): void {
  const longTasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  const afterPaint = (fn: (t: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn(performance.now());
    channel.port2.postMessage(0);
  };
  const visible = (el: Element) => !(el as HTMLElement).style.visibility.includes("hidden");
  /** EC2 instances on screen: instance boxes, plus the boxes drawn in containers' miniatures. */
  const instancesShown = () => {
    let n = 0;
    for (const el of document.querySelectorAll(".react-flow__node-instance")) if (visible(el)) n++;
    for (const m of document.querySelectorAll<HTMLElement>(".ec2viz-miniature")) {
      const count = m.dataset.count;
      n += count !== undefined ? Number(count) : m.querySelectorAll("rect").length / 2;
    }
    return n;
  };
  let recording = false;
  let frameDeltas: number[] = [];
  let last = 0;
  let dropArmed = false;
  let dropAt: number | null = null;
  let dropBase = 0;
  let firstPending = false;
  const probe: BenchProbe = {
    firstPicture: null,
    dropPainted: null,
    longest: (since) =>
      longTasks.filter((t) => t.start >= since).reduce((m, t) => Math.max(m, t.duration), 0),
    startFrames: () => {
      frameDeltas = [];
      recording = true;
    },
    stopFrames: () => {
      recording = false;
      return frameDeltas;
    },
    armDrop: () => {
      probe.dropPainted = null;
      dropAt = null;
      dropBase = instancesShown();
      dropArmed = true;
    },
  };
  window.__bench = probe;
  window.addEventListener(
    "drop",
    () => {
      if (dropArmed) dropAt = performance.now();
    },
    true,
  );
  const tick = (t: number) => {
    if (recording && last > 0) frameDeltas.push(t - last);
    last = t;
    if (probe.firstPicture === null && !firstPending) {
      const box = [...document.querySelectorAll(".react-flow__node")].some(visible);
      if (box) {
        firstPending = true;
        afterPaint((now) => {
          probe.firstPicture = now;
        });
      }
    }
    if (dropArmed && dropAt !== null && instancesShown() > dropBase) {
      dropArmed = false;
      const at = dropAt;
      afterPaint((now) => {
        probe.dropPainted = now - at;
      });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The probe as a script for `addInitScript` (tsx's transform may name functions with `__name`). */
export const INIT_SCRIPT = `var __name = (f) => f; (${install.toString()})();`;
