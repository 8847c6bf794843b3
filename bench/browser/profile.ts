// A Chromium CPU profile of one interaction on a built app, summarised by function (self and
// inclusive time, main thread only). Lets the profile choose what to make faster.
//
//   npx vite build && npx tsx bench/browser/profile.ts --size 1000 --action drop [--port 4228]
//        [--type t3.micrx] [--dist dist] [--out /tmp/drop.cpuprofile] [--top 40] [--warm 1] [--trace]
//        [--invalidations] [--no-js] [--css <rules>]
//
// --invalidations (with --trace) records why the browser restyled, laid out and painted, by node, in
// the saved trace (invalidationTracking events). --trace adds the renderer main thread's time by Chromium trace event (Layerize, HitTest, Paint,
// Layout…), the part the JS profile lumps into "(program)", in wall and CPU (thread) time, and the
// longest tasks by CPU; --no-js leaves the JS profile out, so those CPU figures aren't inflated by
// it (its start is itself a task: a "Receive mojo message" of ~170-200 ms CPU at 10,000 instances, the
// longest of a drop's or a click's trace unless --no-js) (CPU time holds up on a busy machine; wall time doesn't). For function names, profile an
// unminified build: `npx vite build --minify false --outDir /tmp/plain` and `--dist /tmp/plain`.
// --css adds style rules to the loaded page before the action: tries a CSS change without a build.
//
// --action drop: palette drop onto the subnet nearest the centre (after --warm unprofiled drops);
// --action rename: renaming one instance in the Properties panel (Enter; after --warm renames);
// --action delete: deleting it with the Delete key (after --warm deletes, each undone);
// --action pick: the search box picking that instance by name (Enter) until its details show
// (after --warm picks of others); --action details: a click on its box until the Details panel
// shows it (after --warm unprofiled clicks, the panel closed before each);
// --whole: every action starts once the picture is whole (--action load and open: last until then).
// --action zoomin: wheel-zoom from the fitted view into detail; --action zoomout: from detail (reached
// unprofiled) wheel steps out back to the fitted zoom, as bands.ts's zoom out; --action zoom: bench:browser's
// zoom (five wheel steps in, five out, on empty canvas; prints each frame in order); --action load: the page load;
// --action pan: a hand's pan of the fitted view (bench:browser's pan); --action pandetail: the same
// pan after zooming into detail (unprofiled); both print the frame median / p95;
// --action open: the seed loads, then a generated topology of --size instances is opened with Open…;
// --action undo: the same, then an instance dropped (unprofiled), then Undo profiled; --action svg:
// the same open, then Export > SVG image profiled until its download begins. --type gives
// every generated instance that type (e.g. an unknown t3.micrx: a warning on each).
// The .cpuprofile can be opened in Chrome DevTools (Performance › Load profile).
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { pct } from "../stats.ts";
import { INIT_SCRIPT } from "./instrument.ts";
import { CHROMIUM_PATH, optionReader } from "./options.ts";
import {
  closeDetails,
  currentZoom,
  DETAIL_ZOOM,
  deleteInstance,
  dropInstance,
  editedInstance,
  instancePoint,
  openDetails,
  openGenerated,
  panMoves,
  panStart,
  pickInstance,
  pictureWhole,
  renameInstance,
  sleep,
  startPreview,
  wheelInAndOut,
} from "./page-actions.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const argv = process.argv.slice(2);
const value = optionReader(argv);
const size = value("--size", "1000");
const action = value("--action", "drop");
const port = Number(value("--port", "4228"));
const dist = resolve(value("--dist", "dist"));
const out = value("--out", `/tmp/ec2viz-${action}-${size}.cpuprofile`);
const top = Number(value("--top", "40"));
const warm = Number(value("--warm", "1"));
const trace = argv.includes("--trace");
const whole = argv.includes("--whole");
const css = value("--css", "");
/** --type (open, undo): every generated instance of this type (an unknown one: review case B10). */
const type = value("--type", "");
/** --out-from Z: --action zoomout starts from zoom Z (reached unprofiled) instead of detail. */
const outFrom = Number(value("--out-from", String(DETAIL_ZOOM)));
// --no-js: no JS sampling profile (it slows script down several times); with --trace, the CPU
// figures are then the page's own.
const jsProfile = !argv.includes("--no-js");

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, not stretched when a busy machine takes the core away. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * The renderer main thread's time by trace event (summed durations of complete events, nested
 * included), wall and CPU (thread time), and its longest tasks by CPU. On a loaded machine the wall
 * time stretches; the CPU time is what this page's work costs.
 */
function summariseTrace(buffer: Buffer): void {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!main) return;
  const sums = new Map<string, { ms: number; cpu: number; count: number }>();
  const tasks: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph !== "X" || !e.dur || e.pid !== main.pid || e.tid !== main.tid) continue;
    const s = sums.get(e.name) ?? { ms: 0, cpu: 0, count: 0 };
    s.ms += e.dur / 1000;
    s.cpu += (e.tdur ?? 0) / 1000;
    s.count++;
    sums.set(e.name, s);
    if (e.name === "RunTask") tasks.push(e);
  }
  console.log(
    "\nrenderer main thread by trace event (wall ms, CPU ms, count; nested events are counted in their parents too):",
  );
  for (const [name, { ms, cpu, count }] of [...sums].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 16))
    console.log(
      `${ms.toFixed(1).padStart(9)} ${cpu.toFixed(1).padStart(9)} ${String(count).padStart(6)}  ${name}`,
    );
  // The biggest tasks, and what's inside each (the Chromium events that start within it).
  const inside = (t: TraceEvent) => {
    const by = new Map<string, number>();
    for (const e of events)
      if (
        e !== t &&
        e.ph === "X" &&
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ts >= t.ts &&
        e.ts < t.ts + (t.dur ?? 0)
      )
        by.set(e.name, (by.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    return [...by]
      .filter(([name]) => !name.startsWith("V8.") && name !== "RunTask")
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(", ");
  };
  const cpuOf = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  console.log("\nlongest tasks by CPU (CPU ms / wall ms: CPU of the events inside):");
  for (const t of [...tasks].sort((a, b) => cpuOf(b) - cpuOf(a)).slice(0, 5))
    console.log(
      `${cpuOf(t).toFixed(0).padStart(6)} / ${((t.dur ?? 0) / 1000).toFixed(0).padStart(5)}: ${inside(t)}`,
    );
  // Every thread's CPU (outermost events only): the raster workers and the display compositor
  // (VizCompositorThread) do a software-drawn canvas's pixels, beside the main thread.
  const names = new Map<string, string>();
  for (const e of events)
    if (e.name === "thread_name" || e.name === "process_name")
      names.set(e.name === "thread_name" ? `${e.pid}:${e.tid}` : `${e.pid}`, e.args?.name ?? "");
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined) continue;
    const list = byThread.get(`${e.pid}:${e.tid}`) ?? [];
    list.push(e);
    byThread.set(`${e.pid}:${e.tid}`, list);
  }
  const threadCpu: [string, number][] = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -1;
    let cpu = 0;
    for (const e of list) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      cpu += cpuOf(e);
    }
    const [pid] = key.split(":");
    threadCpu.push([`${names.get(pid ?? "") ?? pid} ${names.get(key) ?? key}`, cpu]);
  }
  console.log("\nCPU by thread (ms, outermost events):");
  for (const [name, cpu] of threadCpu.sort((a, b) => b[1] - a[1]).slice(0, 6))
    console.log(`${cpu.toFixed(0).padStart(7)}  ${name}`);
  const total = tasks.reduce((sum, t) => sum + cpuOf(t), 0);
  const frames = sums.get("BeginMainThreadFrame")?.count ?? sums.get("Commit")?.count ?? 0;
  console.log(
    `main-thread CPU in tasks: ${total.toFixed(0)} ms; frames committed: ${sums.get("Commit")?.count ?? 0}; CPU per frame ${frames ? (total / frames).toFixed(1) : "-"} ms`,
  );
}

function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const key = (n: ProfileNode) => {
    const file = n.callFrame.url.split("/").pop() ?? "";
    return `${n.callFrame.functionName || "(anon)"} ${file}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of selfMs) {
    const n = byId.get(id) as ProfileNode;
    if (n.callFrame.functionName === "(idle)") continue;
    total += ms;
    self.set(key(n), (self.get(key(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const k = key(byId.get(p) as ProfileNode);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + ms);
    }
  }
  const show = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  };
  console.log(`busy (non-idle) main-thread time in profile: ${total.toFixed(1)} ms`);
  // Busy stretches (samples not idle, gaps under 1 ms): a task timeline with each stretch's
  // heaviest functions of this app (named frames from the app's own scripts, not React's).
  const appFrame = (n: ProfileNode) =>
    n.callFrame.url.includes("/assets/") &&
    /^[a-z][A-Za-z]+$|^[A-Z]/.test(n.callFrame.functionName) &&
    !/^(perform|render|begin|complete|commit|flush|recursively|update|reconcile|dispatch|batched|run|workLoop|process|exports|finish|mount|use[A-Z])/.test(
      n.callFrame.functionName,
    );
  let t = 0;
  interface Stretch {
    start: number;
    end: number;
    fns: Map<string, number>;
  }
  let stretch: Stretch | null = null;
  const stretches: Stretch[] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(profile.samples[i] as number) as ProfileNode;
    if (n.callFrame.functionName === "(idle)") continue;
    if (!stretch || t - stretch.end > 1) {
      stretch = { start: t, end: t, fns: new Map() };
      stretches.push(stretch);
    }
    stretch.end = t + dt;
    const seen = new Set<string>();
    for (let p: number | undefined = n.id; p !== undefined; p = parent.get(p)) {
      const f = byId.get(p) as ProfileNode;
      if (!appFrame(f) || seen.has(f.callFrame.functionName)) continue;
      seen.add(f.callFrame.functionName);
      stretch.fns.set(f.callFrame.functionName, (stretch.fns.get(f.callFrame.functionName) ?? 0) + dt);
    }
  }
  console.log("\nbusy stretches over 3 ms (start ms, length ms: heaviest app functions, inclusive):");
  for (const s of stretches) {
    if (s.end - s.start < 3) continue;
    const fns = [...s.fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([f, ms]) => `${f} ${ms.toFixed(0)}`)
      .join(", ");
    console.log(`${s.start.toFixed(0).padStart(6)} ${(s.end - s.start).toFixed(0).padStart(5)}: ${fns}`);
  }
  show("self time", self);
  show("inclusive time", incl);
}

/** From the fitted view, wheel steps at the canvas centre until past the overview (at most 60). */
async function zoomToDetail(page: Page, before: () => Promise<void>, until = DETAIL_ZOOM): Promise<void> {
  const box = await page.locator(".react-flow__renderer").boundingBox();
  if (!box) throw new Error("no canvas");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await before();
  // Until past the overview (as bench:browser's "zoom into detail"), at most 60 steps.
  for (let i = 0; i < 60 && ((await currentZoom(page)) ?? 1) < until; i++) {
    await page.mouse.wheel(0, -120);
    await sleep(80);
  }
  console.log(`zoom reached: ${(await currentZoom(page))?.toFixed(2)}`);
}

/** Until the canvas is no longer aria-busy: every slice of a big picture's reveal is on it. */
async function wholePicture(page: Page): Promise<void> {
  const t0 = Date.now();
  await pictureWhole(page, 900_000);
  console.log(`whole picture after ${Date.now() - t0} ms more`);
}

/** Frame times as printed: how many, their median and p95. */
function frameFigures(deltas: readonly number[]): string {
  return `${deltas.length}, median ${pct(deltas, 0.5)?.toFixed(1)} ms, p95 ${pct(deltas, 0.95)?.toFixed(1)} ms`;
}

async function main() {
  const stop = await startPreview(dist, port, { probePath: "/index.html" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    // The JS profile shows the browser's own work (style, layout, paint, layerize, hit tests) only as
    // "(program)"; --trace records a Chromium trace of the same stretch and sums it by event.
    const begin = async () => {
      if (trace)
        await browser.startTracing(page, {
          categories: [
            "devtools.timeline",
            "disabled-by-default-devtools.timeline",
            "toplevel",
            // --invalidations: what made the browser restyle, lay out or paint (in the saved trace).
            ...(argv.includes("--invalidations")
              ? ["disabled-by-default-devtools.timeline.invalidationTracking"]
              : []),
          ],
        });
      if (jsProfile) await cdp.send("Profiler.start");
    };
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    const example =
      size === "seed" || action === "open" || action === "undo" || action === "svg"
        ? "seed"
        : `large-${size}`;
    if (action === "load") await begin();
    await page.goto(`http://127.0.0.1:${port}/index.html?example=${example}`);
    await page.waitForFunction(() => window.__bench.firstPicture !== null, null, { timeout: 180_000 });
    await page.locator(".ec2viz-status.is-busy").waitFor({ state: "detached", timeout: 120_000 });
    // --whole: the load lasts until the picture is whole (the canvas no longer aria-busy: every
    // slice of a big picture's reveal is on the canvas).
    if (whole) await wholePicture(page);
    await sleep(1500);
    if (css) await page.addStyleTag({ content: css });
    const mark = await page.evaluate(() => performance.now());
    if (action === "drop") {
      for (let i = 0; i < warm; i++) {
        console.log(`warm-up drop: ${await dropInstance(page, 60_000)} ms`);
        await sleep(1500);
      }
      const t0 = await page.evaluate(() => performance.now());
      await begin();
      console.log(`profiled drop: ${await dropInstance(page, 60_000)} ms`);
      await sleep(500);
      console.log(`longest task since: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`);
    } else if (action === "rename" || action === "delete") {
      let name = editedInstance(size);
      await pickInstance(page, name, 60_000);
      await sleep(1000);
      // The delete's profile starts after the click that selects the box (the Delete key alone).
      const profileFrom = begin;
      const edit = async (n: number) => {
        if (action === "delete")
          return deleteInstance(page, name, 60_000, n < warm, n < warm ? undefined : profileFrom);
        const ms = await renameInstance(page, name, `bench-${n}`, 60_000);
        name = `bench-${n}`;
        return ms;
      };
      for (let i = 0; i < warm; i++) {
        console.log(`warm-up ${action}: ${await edit(i)} ms`);
        await sleep(1500);
      }
      const t0 = await page.evaluate(() => performance.now());
      if (action !== "delete") await begin();
      console.log(`profiled ${action}: ${await edit(warm)} ms`);
      await sleep(500);
      console.log(`longest task since: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`);
    } else if (action === "pick" || action === "details") {
      // pick: the search box's Enter on an instance's name (after --warm picks of others);
      // details: a click on its box opening the Details panel (after --warm unprofiled clicks).
      const name = editedInstance(size);
      const others = [1, 2, 3].map((n) => `app-${n}`).filter((n) => n !== name);
      if (action === "pick")
        for (let i = 0; i < warm; i++) {
          await pickInstance(page, others[i % others.length] as string, 60_000);
          console.log(`warm-up pick of ${others[i % others.length]}`);
          await sleep(1500);
        }
      else {
        await pickInstance(page, name, 60_000);
        await sleep(1000);
        for (let i = 0; i <= warm; i++) {
          await closeDetails(page, 60_000);
          await sleep(1500);
          if (i === warm) break;
          await openDetails(page, name, 60_000);
          console.log("warm-up click");
          await sleep(1500);
        }
      }
      const at = action === "details" ? await instancePoint(page, name) : undefined;
      const t0 = await page.evaluate(() => performance.now());
      await begin();
      if (action === "pick") await pickInstance(page, name, 60_000);
      else await openDetails(page, name, 60_000, at);
      const ms = await page.evaluate((t) => performance.now() - t, t0);
      console.log(`profiled ${action}: details shown after ${ms.toFixed(0)} ms`);
      await sleep(500);
      console.log(`longest task since: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`);
    } else if (action === "zoomin") {
      await zoomToDetail(page, async () => {
        await begin();
      });
      await sleep(1500);
      console.log(
        `longest task while zooming: ${await page.evaluate((t) => window.__bench.longest(t), mark)} ms`,
      );
    } else if (action === "zoomout") {
      // From the fitted view into detail (unprofiled), then wheel steps out at a hand's pace (bands.ts's)
      // back to the fitted zoom: every band crossed the other way, boxes coming into view at each step.
      const fitted = (await currentZoom(page)) ?? 0;
      await zoomToDetail(page, async () => {}, outFrom);
      await sleep(2000);
      const t0 = await page.evaluate(() => performance.now());
      await page.evaluate(() => window.__bench.startFrames());
      await begin();
      for (let i = 0; i < 80 && ((await currentZoom(page)) ?? 0) > fitted * 1.01; i++) {
        await page.mouse.wheel(0, 120);
        await sleep(60);
      }
      await sleep(1500);
      const deltas = await page.evaluate(() => window.__bench.stopFrames());
      console.log(`zoom reached: ${(await currentZoom(page))?.toFixed(3)} (fitted ${fitted.toFixed(3)})`);
      console.log(`zoom out frames: ${frameFigures(deltas)}`);
      console.log(
        `longest task while zooming out: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`,
      );
    } else if (action === "zoom") {
      // bench:browser's zoom: five wheel steps in and five out at a hand's pace, on empty canvas.
      const start = await panStart(page);
      if (!start) throw new Error("no empty place on the canvas to start a zoom");
      await page.mouse.move(start.x, start.y);
      const t0 = await page.evaluate(() => performance.now());
      await page.evaluate(() => window.__bench.startFrames());
      await begin();
      await wheelInAndOut(page);
      await sleep(300);
      const deltas = await page.evaluate(() => window.__bench.stopFrames());
      console.log(`zoom frames in order (ms): ${deltas.map((d) => d.toFixed(0)).join(" ")}`);
      console.log(`zoom frames: ${frameFigures(deltas)}`);
      console.log(
        `longest task while zooming: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`,
      );
    } else if (action === "pan" || action === "pandetail") {
      if (action === "pandetail") {
        await zoomToDetail(page, async () => {});
        await sleep(2000);
      }
      const start = await panStart(page);
      if (!start) throw new Error("no empty place on the canvas to start a pan");
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      const t0 = await page.evaluate(() => performance.now());
      await page.evaluate(() => window.__bench.startFrames());
      await begin();
      await panMoves(page, start);
      await page.mouse.up();
      await sleep(300);
      const deltas = await page.evaluate(() => window.__bench.stopFrames());
      console.log(`pan frames: ${frameFigures(deltas)}`);
      console.log(
        `longest task while panning: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`,
      );
    } else if (action === "open" || action === "undo" || action === "svg") {
      // --type: every instance of one type (an unknown one, e.g. t3.micrx: review case B10).
      await openGenerated(page, Number(size), type, 600_000, action === "open" ? begin : undefined);
      // --whole: the open lasts until every slice of the reveal is on the canvas.
      if (whole) await wholePicture(page);
      await sleep(1500);
      console.log(`longest task opening: ${await page.evaluate((t) => window.__bench.longest(t), mark)} ms`);
      if (action === "undo") {
        // An edit to undo (unprofiled), then the Undo profiled until the picture is laid out again.
        console.log(`drop before the undo: painted after ${await dropInstance(page, 600_000)} ms`);
        await page.locator(".ec2viz-status.is-busy").waitFor({ state: "detached", timeout: 600_000 });
        await sleep(2000);
        const t0 = await page.evaluate(() => performance.now());
        await begin();
        await page.getByRole("button", { name: "Undo", exact: true }).click();
        await page.locator(".ec2viz-status.is-busy").waitFor({ state: "detached", timeout: 600_000 });
        await sleep(2000);
        console.log(`longest task undoing: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`);
      }
      if (action === "svg") {
        // Export > SVG image profiled from the click until the download has begun, and 2 s more.
        const t0 = await page.evaluate(() => performance.now());
        await begin();
        const saved = page.waitForEvent("download", { timeout: 900_000 });
        await page.getByRole("button", { name: "Export", exact: true }).click();
        await page.getByRole("button", { name: "SVG image", exact: true }).click();
        await saved;
        console.log(
          `svg downloading after ${Math.round((await page.evaluate(() => performance.now())) - t0)} ms`,
        );
        await sleep(2000);
        console.log(
          `longest task exporting: ${await page.evaluate((t) => window.__bench.longest(t), t0)} ms`,
        );
      }
    } else if (action === "load") {
      console.log(`first picture: ${await page.evaluate(() => window.__bench.firstPicture)} ms`);
      console.log(`longest task loading: ${await page.evaluate(() => window.__bench.longest(0))} ms`);
      const dom = await page.evaluate(() => ({
        elements: document.getElementsByTagName("*").length,
        nodes: document.querySelectorAll(".react-flow__node").length,
        heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
      }));
      console.log(
        `DOM elements: ${dom.elements} (${dom.nodes} React Flow nodes); JS heap ${((dom.heap ?? 0) / 1048576).toFixed(1)} MB`,
      );
    }
    const profile = jsProfile
      ? ((await cdp.send("Profiler.stop")) as unknown as { profile: Profile }).profile
      : null;
    if (trace) {
      const buffer = await browser.stopTracing();
      writeFileSync(`${out.replace(/\.cpuprofile$/, "")}.trace.json`, buffer);
      summariseTrace(buffer);
    }
    if (profile) {
      writeFileSync(out, JSON.stringify(profile));
      console.log(`profile: ${out}`);
      summarise(profile);
    }
  } finally {
    await browser.close();
    stop();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
