// What `npm run bench:browser` injects into every page before it loads: a long-task observer, a
// frame recorder, and detectors for "first picture painted", "dropped box painted" and "edited box
// painted" (a box with a given accessible name shown or gone). A frame counts as painted at the
// first task after its animation frame (a message posted from rAF).

export interface BenchProbe {
  firstPicture: number | null;
  dropPainted: number | null;
  /** The longest main-thread task (ms) that started at `since` or later (and before `until`). */
  longest(since: number, until?: number): number;
  startFrames(): void;
  stopFrames(): number[];
  /** The recorded frames as [when the frame began, time since the frame before] (since startFrames). */
  frameLog(): [number, number][];
  armDrop(): void;
  editPainted: number | null;
  /**
   * Times the next `key` keydown (e.g. Enter in a form field, Delete on a box) to the first frame
   * in which a diagram box whose button is named `name` is on the canvas (`shown`) or gone.
   */
  armEdit(key: string, name: string, shown: boolean): void;
  /** EC2 instances on screen now: instance boxes plus those drawn in subnets' miniatures. */
  instancesShown(): number;
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
  let frameTimes: number[] = [];
  let last = 0;
  let dropArmed = false;
  let dropAt: number | null = null;
  let dropBase = 0;
  let firstPending = false;
  let edit: { key: string; name: string; shown: boolean; at: number | null } | null = null;
  const boxNamed = (name: string) => {
    for (const el of document.querySelectorAll(".react-flow__node [aria-label]"))
      if (el.getAttribute("aria-label") === name) return true;
    return false;
  };
  const probe: BenchProbe = {
    firstPicture: null,
    dropPainted: null,
    longest: (since, until = Number.POSITIVE_INFINITY) =>
      longTasks
        .filter((t) => t.start >= since && t.start < until)
        .reduce((m, t) => Math.max(m, t.duration), 0),
    startFrames: () => {
      frameDeltas = [];
      frameTimes = [];
      recording = true;
    },
    stopFrames: () => {
      recording = false;
      return frameDeltas;
    },
    frameLog: () => frameDeltas.map((d, i) => [frameTimes[i] as number, d]),
    armDrop: () => {
      probe.dropPainted = null;
      dropAt = null;
      dropBase = instancesShown();
      dropArmed = true;
    },
    editPainted: null,
    armEdit: (key, name, shown) => {
      probe.editPainted = null;
      edit = { key, name, shown, at: null };
    },
    instancesShown: () => instancesShown(),
  };
  window.__bench = probe;
  window.addEventListener(
    "keydown",
    (e) => {
      if (edit && edit.at === null && e.key === edit.key) edit.at = performance.now();
    },
    true,
  );
  window.addEventListener(
    "drop",
    () => {
      if (dropArmed) dropAt = performance.now();
    },
    true,
  );
  const tick = (t: number) => {
    if (recording && last > 0) {
      frameDeltas.push(t - last);
      frameTimes.push(t);
    }
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
    if (edit && edit.at !== null && boxNamed(edit.name) === edit.shown) {
      const at = edit.at;
      edit = null;
      afterPaint((now) => {
        probe.editPainted = now - at;
      });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The probe as a script for `addInitScript` (tsx's transform may name functions with `__name`). */
export const INIT_SCRIPT = `var __name = (f) => f; (${install.toString()})();`;
