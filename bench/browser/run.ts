// `npm run bench:browser`: the built app in Debian's Chromium (Playwright), on the seed example and
// generated topologies, with plain React Flow of the same box count as the in-run baseline.
// For each size: first picture, longest main-thread task while loading and while interacting, pan
// and wheel-zoom frame times (median, p95), edits → painted (palette drop, renaming an instance in
// the Properties panel, deleting it), PNG export, JS heap and the renderer's memory. Medians over
// --runs fresh browsers.
//
//   npm run bench:browser -- --sizes seed,1000 --runs 3 [--no-build] [--no-peer] [--port 4227]
//                            [--compare <another build's dist folder>] [--drops 5] [--no-pan]
//                            [--no-export] [--export-scales 1,2] [--past-limit fit|strips]
//                            [--export-only] [--edits drop,rename,delete] [--settle 30] [--help]
//
// Sizes are "seed" or an instance count for ?example=large-<count> (up to 99999, e.g. 50000).
// --no-build measures `dist/` as it is (`npx vite build` first); without it, the app is built.
//
// Zoom into detail: from the fitted view, wheel steps at the canvas centre at a hand's pace until
// the zoom is past the overview (≥ 0.6, where instances get their own boxes); the row shows the
// longest main-thread task from the first step until the page is quiet, and the frame times. Then
// a pan in that detailed view (frame median / p95), and zooming out of it the same way, back to
// the fitted zoom (crossing out of detail: longest task, frame median / p95).
//
// --drops N makes N edits of each kind in --edits per page (default: all three kinds): drops onto
// the subnet nearest the centre; renames of one instance (found with the search box) in the
// Properties panel, Enter → the box shows the new name; deletes of it with the Delete key → the box
// is gone (each undone, unmeasured, before the next). Each column is the median of every edit.
// "Longest task editing" is per kind, the worst edit of a page (median over pages): from the drag's
// press, Enter or the Delete key until the next edit of that kind (a delete: until its Undo), so
// the click that selects the box, the search that finds it and the Undo are not counted as the
// edit. "Longest task after loading" is everything from the end of loading on (pan, zoom, Fit View,
// the search, edits, Undo); under the table, a line per subject splits it by step (the longest task
// of each: pan, zoom, zoom into detail, pan in detail, zoom out of detail, Fit View and drop, search
// with rename and delete), to show which one a long task came from.
//
// --export-scales exports a PNG at each scale (default 1) and reports click → download and the
// longest main-thread task meanwhile. When the app offers the largest scale that fits instead
// (the picture is past the browser's canvas limits), --past-limit picks that (default) or the
// full size drawn in strips; an older build that refuses shows "refused". --export-only skips pan,
// zoom and drops (only loading and exporting are measured).
//
// --settle S: the renderer's memory is also read after S seconds more of the page doing nothing
// (shown "at once → settled"). Right after a big picture, V8's young generations (the page's and the
// layout worker's) are still grown from building it; V8 gives them back on its own once the page has
// been idle for a while (20,000 instances: ~410 MB, or ~330 after the forced collection that measures
// the JS heap, → ~275 MB, 25–30 s after the picture is whole; --settle 45 sees it).
//
// --compare measures a second build of the app in the same run, page by page in turn with this
// one (e.g. an older commit's `dist/`), so a busy machine slows both alike.
//
// The machine may be shared and busy: read the in-run ratio to the peer, and compare runs taken
// at the same time. Speed is never asserted; this only prints.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, type CDPSession, chromium, type Page } from "@playwright/test";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { isExampleName } from "../../src/app/examples.ts";
import { toDiagramGraph } from "../../src/layout/elk-graph.ts";
import { generateTopology } from "../../src/model/examples/generate.ts";
import { median, pct } from "../stats.ts";
import { INIT_SCRIPT } from "./instrument.ts";
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from "./options.ts";
import {
  currentZoom,
  DETAIL_ZOOM,
  deleteInstance,
  dropInstance,
  editedInstance,
  panMoves,
  panStart,
  pickInstance,
  pictureWhole,
  renameInstance,
  sleep,
  startPreview,
  wheelInAndOut,
} from "./page-actions.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = join(ROOT, ".bench-dist");

interface Args {
  sizes: string[];
  runs: number;
  build: boolean;
  peer: boolean;
  port: number;
  exportPng: boolean;
  compare: string | undefined;
  /** Edits of each kind per page; the row shows each kind's median. */
  drops: number;
  /** Which edits to measure. */
  edits: ("drop" | "rename" | "delete")[];
  /** Skip the pan and zoom frame recordings (e.g. when only edits are measured). */
  pan: boolean;
  /** PNG export scales, one export each. */
  exportScales: number[];
  /** What to pick when a PNG is past the canvas limits. */
  pastLimit: "fit" | "strips";
  /** Seconds of the page doing nothing before the renderer's memory is read again (0: not again). */
  settleSeconds: number;
}

/** This file's header comment: what `--help` prints. */
function usage(): string {
  const lines = readFileSync(import.meta.filename, "utf8").split("\n");
  const header: string[] = [];
  for (const line of lines) {
    if (!line.startsWith("//")) break;
    header.push(line.replace(/^\/\/ ?/, ""));
  }
  return header.join("\n");
}

/** Each size names an example the app opens: 100000 is not one (it measured whatever page came instead). */
function checkedSizes(sizes: string[]): string[] {
  for (const size of sizes)
    if (!isExampleName(size === "seed" ? "seed" : `large-${size}`))
      throw new Error(
        `--sizes ${size}: the app has no ?example=large-${size} (sizes are "seed" or 1 to 99999)`,
      );
  return sizes;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    const a = argv[i] as string;
    return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
  };
  return {
    sizes: checkedSizes((value("--sizes") ?? "seed,1000,5000,10000,20000").split(",").filter(Boolean)),
    runs: Math.max(1, Number(value("--runs") ?? 3)),
    build: !argv.includes("--no-build"),
    peer: !argv.includes("--no-peer"),
    exportPng: !argv.includes("--no-export"),
    port: Number(value("--port") ?? process.env.BENCH_PORT ?? 4227),
    compare: value("--compare"),
    drops: argv.includes("--export-only") ? 0 : Math.max(1, Number(value("--drops") ?? 1)),
    edits: (value("--edits") ?? "drop,rename,delete")
      .split(",")
      .filter((e): e is "drop" | "rename" | "delete" => e === "drop" || e === "rename" || e === "delete"),
    pan: !argv.includes("--no-pan") && !argv.includes("--export-only"),
    exportScales: (value("--export-scales") ?? "1").split(",").filter(Boolean).map(Number),
    pastLimit: value("--past-limit") === "strips" ? "strips" : "fit",
    settleSeconds: Math.max(0, Number(value("--settle") ?? 0)),
  };
}

/**
 * The app's `dist/` and the peer page, side by side under one folder served by `vite preview`. The
 * app is always copied afresh from `dist/` (built first unless --no-build): an older copy left
 * here by another run would be measured as "this build" without a word.
 */
async function stage(opts: Args): Promise<void> {
  if (opts.build)
    execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "index.html")))
    throw new Error(`--no-build: there is no build in ${dist} (run \`npx vite build\` first)`);
  rmSync(join(OUT, "app"), { recursive: true, force: true });
  cpSync(dist, join(OUT, "app"), { recursive: true });
  if (!opts.build && existsSync(join(OUT, "peer"))) return;
  await build({
    configFile: false,
    root: join(ROOT, "bench/browser/peer"),
    base: "./",
    logLevel: "warn",
    plugins: [react()],
    build: { outDir: join(OUT, "peer"), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
}

/**
 * The scripts `index.html` loads before anything else (its script and module preloads): bytes and
 * gzip -9 bytes. What the first picture fetches beyond them: `npm run bench:bundle`.
 */
function initialJs(): { raw: number; gzip: number } {
  const html = readFileSync(join(OUT, "app/index.html"), "utf8");
  let raw = 0;
  let gzip = 0;
  for (const m of html.matchAll(
    /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g,
  )) {
    const bytes = readFileSync(join(OUT, "app", m[1] as string));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Boxes ec2viz draws for a generated size: the peer gets the same number of nodes. */
function boxCount(size: string): number {
  if (size === "seed") return 8;
  const graph = toDiagramGraph(generateTopology(Number(size), 1), { collapsed: [] });
  return graph.meta.size;
}

interface Sample {
  first: number | null;
  loadLongest: number;
  panMedian: number | null;
  panP95: number | null;
  zoomMedian: number | null;
  zoomP95: number | null;
  /** Zooming from the fitted view into detail: longest main-thread task, frame median and p95. */
  detailLongest: number | null;
  detailMedian: number | null;
  detailP95: number | null;
  /** Panning in the detailed view. */
  detailPanMedian: number | null;
  detailPanP95: number | null;
  /** Zooming out of the detailed view back to the fitted zoom: longest task, frame median and p95. */
  outLongest: number | null;
  outMedian: number | null;
  outP95: number | null;
  /** Longest main-thread task from the end of loading on: pan, zoom, Fit View, search, edits, undo. */
  interactLongest: number;
  /**
   * Longest main-thread task while editing, per kind: from the drag's press (drop), Enter (rename) or
   * the Delete key (not the click that selects the box) until the next edit of that kind starts (a
   * delete: until its Undo). Null when that kind wasn't measured.
   */
  dropLongest: number | null;
  renameLongest: number | null;
  deleteLongest: number | null;
  drop: number | null;
  /** Every drop's time on this page (`drop` is their median). */
  drops: number[];
  /** Every rename's and delete's time on this page (Enter / Delete → painted). */
  renames: number[];
  deletes: number[];
  exports: ExportSample[];
  heapMb: number | null;
  pssMb: number | null;
  /** PSS again after --settle seconds of the page doing nothing. */
  pssSettledMb: number | null;
  /** The longest task in each step after loading (pan, zoom, …): where interactLongest came from. */
  stepLongest: Record<string, number>;
  /** CPU time (not wall time: robust on a busy machine) until loaded: page main thread, whole renderer. */
  mainCpu: number | null;
  rendererCpu: number | null;
}

/**
 * Sum of PSS of this node process's Chromium renderer processes (page + its workers), in MB. Not
 * Chromium's own UI: headless Chromium keeps a renderer for its omnibox popup (--top-chrome-webui,
 * chrome://omnibox-popup.top-chrome/, ~75 MB), which no page shares. Chromium's spare renderer
 * (~20 MB, no page yet) is still counted.
 */
function rendererPssMb(): number | null {
  try {
    const parent = new Map<number, number>();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        parent.set(Number(name), Number(fields[1]));
      } catch {
        // gone
      }
    }
    const mine = (pid: number): boolean => {
      for (let p = pid, depth = 0; p > 1 && depth < 20; depth++) {
        if (p === process.pid) return true;
        p = parent.get(p) ?? 0;
      }
      return false;
    };
    let kb = 0;
    for (const pid of parent.keys()) {
      if (!mine(pid)) continue;
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes("--type=renderer") || cmd.includes("--top-chrome-webui")) continue;
      const m = /Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    }
    return kb / 1024;
  } catch {
    return null;
  }
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize / 1048576;
}

async function frames(page: Page, act: () => Promise<void>) {
  await page.evaluate(() => window.__bench.startFrames());
  await act();
  await sleep(300);
  const deltas = await page.evaluate(() => window.__bench.stopFrames());
  return { median: pct(deltas, 0.5), p95: pct(deltas, 0.95) };
}

async function pan(page: Page) {
  const start = await panStart(page);
  if (!start) return { median: null, p95: null };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const result = await frames(page, () => panMoves(page, start));
  await page.mouse.up();
  return result;
}

async function zoom(page: Page) {
  const start = await panStart(page);
  if (!start) return { median: null, p95: null };
  await page.mouse.move(start.x, start.y);
  return frames(page, () => wheelInAndOut(page));
}

/**
 * From the fitted view, wheel steps at the canvas centre (a hand's pace) until the zoom reaches
 * DETAIL_ZOOM (at most 60 steps), then waits for the page to be quiet: the longest main-thread
 * task from the first step on, and the frame times while zooming.
 */
async function zoomIntoDetail(page: Page) {
  const none = { longest: null, median: null, p95: null, fitted: null };
  await page.getByRole("button", { name: "Fit View" }).click();
  await sleep(800);
  const fitted = await currentZoom(page);
  const centre = await page.evaluate(() => {
    const pane = document.querySelector(".react-flow__renderer")?.getBoundingClientRect();
    return pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : null;
  });
  if (!centre) return none;
  await page.mouse.move(centre.x, centre.y);
  const mark = await page.evaluate(() => performance.now());
  const f = await frames(page, async () => {
    for (let step = 0; step < 60; step++) {
      if (((await currentZoom(page)) ?? 1) >= DETAIL_ZOOM) break;
      await page.mouse.wheel(0, -120);
      await sleep(60);
    }
  });
  if (((await currentZoom(page)) ?? 0) < DETAIL_ZOOM) return none;
  await sleep(1500);
  const longest = await page.evaluate((t) => window.__bench.longest(t), mark);
  return { longest, median: f.median, p95: f.p95, fitted };
}

/**
 * From a detailed view, wheel steps out at the canvas centre (the same pace) until the zoom is back
 * at `fitted` (at most 60 steps), then waits for the page to be quiet: the longest main-thread task
 * from the first step on, and the frame times while zooming.
 */
async function zoomOutOfDetail(page: Page, fitted: number) {
  const centre = await page.evaluate(() => {
    const pane = document.querySelector(".react-flow__renderer")?.getBoundingClientRect();
    return pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : null;
  });
  if (!centre) return { longest: null, median: null, p95: null };
  await page.mouse.move(centre.x, centre.y);
  await sleep(300);
  const mark = await page.evaluate(() => performance.now());
  const f = await frames(page, async () => {
    for (let step = 0; step < 60; step++) {
      if (((await currentZoom(page)) ?? 0) <= fitted * 1.01) break;
      await page.mouse.wheel(0, 120);
      await sleep(60);
    }
  });
  await sleep(1500);
  const longest = await page.evaluate((t) => window.__bench.longest(t), mark);
  return { longest, median: f.median, p95: f.p95 };
}

/** An edit whose paint doesn't come within 30 s (or fails) counts as no sample, and says why. */
async function attempt(what: string, act: () => Promise<number | null>): Promise<number | null> {
  try {
    return await act();
  } catch (error) {
    console.error(`${what}: no sample (${String(error).split("\n")[0]})`);
    return null;
  }
}

/** One hand-paced palette drop; a paint that doesn't come within 30 s counts as no sample. */
async function drop(page: Page): Promise<number | null> {
  try {
    return await dropInstance(page, 30_000);
  } catch {
    return null;
  }
}

interface ExportSample {
  scale: number;
  ms: number | null;
  outcome: string;
  /** Longest main-thread task from the click to the download (or the refusal). */
  longest: number;
}

/** Exports a PNG at `scale`: click → download, taking the way forward `pastLimit` names if offered. */
async function exportPng(page: Page, scale: number, pastLimit: "fit" | "strips"): Promise<ExportSample> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const panel = page.getByRole("dialog", { name: "Export" });
  await panel.getByLabel(`${scale}×`, { exact: true }).check();
  const mark = await page.evaluate(() => performance.now());
  const started = Date.now();
  const download = page.waitForEvent("download", { timeout: 600_000 }).then(() => "ok");
  const refused = page
    .getByRole("alert")
    .filter({ hasText: /PNG|large|limit/i })
    .waitFor({ timeout: 600_000 })
    .then(() => "refused");
  await panel.getByRole("button", { name: "PNG image", exact: true }).click();
  let outcome: string;
  try {
    outcome = await Promise.race([download, refused]);
    if (outcome === "refused") {
      const way = panel.getByRole("button", {
        name:
          pastLimit === "fit" ? /^PNG at the largest scale that fits/ : /^PNG at full size, drawn in strips/,
      });
      if ((await way.count()) > 0) {
        const name = (await way.getAttribute("aria-label")) ?? "";
        const next = page.waitForEvent("download", { timeout: 600_000 });
        await way.click();
        await next;
        outcome = pastLimit === "fit" ? `fit ${/\(([\d.]+×)\)/.exec(name)?.[1] ?? "?"}` : "strips";
      }
    }
  } catch {
    return { scale, ms: null, outcome: "timeout", longest: 0 };
  }
  const ms = Date.now() - started;
  const longest = await page.evaluate((t) => window.__bench.longest(t), mark);
  await page.keyboard.press("Escape");
  return { scale, ms, outcome, longest };
}

async function measure(
  browser: Browser,
  url: string,
  app: boolean,
  opts: Args,
  size: string,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  // A renderer that dies (out of memory, a crash) is said as such, not as a bench step that failed.
  page.on("crash", () => console.error(`${url}: the page's renderer crashed`));
  page.on("pageerror", (error) => console.error(`${url}: uncaught ${String(error).split("\n")[0]}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  await page.goto(url);
  const sample: Sample = {
    first: null,
    loadLongest: 0,
    panMedian: null,
    panP95: null,
    zoomMedian: null,
    zoomP95: null,
    detailLongest: null,
    detailMedian: null,
    detailP95: null,
    detailPanMedian: null,
    detailPanP95: null,
    outLongest: null,
    outMedian: null,
    outP95: null,
    interactLongest: 0,
    dropLongest: null,
    renameLongest: null,
    deleteLongest: null,
    drop: null,
    drops: [],
    renames: [],
    deletes: [],
    exports: [],
    heapMb: null,
    pssMb: null,
    pssSettledMb: null,
    stepLongest: {},
    mainCpu: null,
    rendererCpu: null,
  };
  try {
    await page.waitForFunction(() => window.__bench.firstPicture !== null, null, {
      timeout: 180_000,
      polling: 100,
    });
  } catch {
    await context.close();
    return sample;
  }
  sample.first = await page.evaluate(() => window.__bench.firstPicture);
  // Loading is over when the layout indicator is gone and the page has been quiet for a moment.
  if (app) await page.locator(".ec2viz-status.is-busy").waitFor({ state: "detached", timeout: 120_000 });
  await sleep(1500);
  const metrics = new Map(
    (await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value] as const),
  );
  sample.mainCpu = (metrics.get("ThreadTime") ?? Number.NaN) * 1000;
  sample.rendererCpu = (metrics.get("ProcessTime") ?? Number.NaN) * 1000;
  sample.loadLongest = await page.evaluate(() => window.__bench.longest(0));
  // Memory is the whole picture's: a big one is still going onto the canvas slice by slice (aria-busy).
  if (app) await pictureWhole(page, 600_000);
  sample.heapMb = await heapMb(cdp);
  sample.pssMb = rendererPssMb();
  if (opts.settleSeconds > 0) {
    await sleep(opts.settleSeconds * 1000);
    sample.pssSettledMb = rendererPssMb();
  }
  const now = () => page.evaluate(() => performance.now());
  const mark = await now();
  // Where each step after loading began, in order (its window ends where the next begins).
  const steps: [string, number][] = [];
  const step = async (name: string) => {
    steps.push([name, await now()]);
  };
  if (opts.pan) {
    await step("pan");
    const p = await pan(page);
    sample.panMedian = p.median;
    sample.panP95 = p.p95;
    await step("zoom");
    const z = await zoom(page);
    sample.zoomMedian = z.median;
    sample.zoomP95 = z.p95;
    if (app) {
      await step("zoom into detail");
      const d = await zoomIntoDetail(page);
      sample.detailLongest = d.longest;
      sample.detailMedian = d.median;
      sample.detailP95 = d.p95;
      if (d.longest !== null) {
        await step("pan in detail");
        const p = await pan(page);
        sample.detailPanMedian = p.median;
        sample.detailPanP95 = p.p95;
        if (d.fitted !== null) {
          await step("zoom out of detail");
          const o = await zoomOutOfDetail(page, d.fitted);
          sample.outLongest = o.longest;
          sample.outMedian = o.median;
          sample.outP95 = o.p95;
        }
      }
    }
  }
  // Each edit's window, [from, to): its longest task goes to that kind's figure.
  const longestIn = (from: number, to: number) =>
    page.evaluate(([f, t]) => window.__bench.longest(f, t), [from, to] as const);
  const worst = (was: number | null, ms: number) => Math.max(was ?? 0, ms);
  if (app && opts.drops > 0 && opts.edits.includes("drop")) {
    await step("Fit View, drop");
    await page.locator(".react-flow__controls").getByRole("button", { name: "Fit View" }).click();
    await sleep(500);
    for (let d = 0; d < opts.drops; d++) {
      const from = await now();
      const ms = await drop(page);
      if (ms !== null) sample.drops.push(ms);
      await sleep(1000);
      sample.dropLongest = worst(sample.dropLongest, await longestIn(from, await now()));
    }
    sample.drop = sample.drops.length === 0 ? null : median(sample.drops);
  }
  if (app && opts.drops > 0 && (opts.edits.includes("rename") || opts.edits.includes("delete"))) {
    await step("search, rename, delete");
    let name = editedInstance(size);
    const found = await attempt(`find ${name}`, () => pickInstance(page, name, 30_000).then(() => 0));
    if (found !== null) {
      await sleep(1000);
      if (opts.edits.includes("rename"))
        for (let d = 1; d <= opts.drops; d++) {
          const to = `bench-${d}`;
          let from = 0;
          const ms = await attempt(`rename ${name}`, () =>
            renameInstance(page, name, to, 30_000, async () => {
              from = await now();
            }),
          );
          if (ms === null) break;
          sample.renames.push(ms);
          name = to;
          await sleep(1000);
          sample.renameLongest = worst(sample.renameLongest, await longestIn(from, await now()));
        }
      if (opts.edits.includes("delete"))
        for (let d = 0; d < opts.drops; d++) {
          let from = 0;
          let to = 0;
          const ms = await attempt(`delete ${name}`, () =>
            deleteInstance(
              page,
              name,
              30_000,
              true,
              async () => {
                from = await now();
              },
              async () => {
                to = await now();
              },
            ),
          );
          if (ms === null) break;
          sample.deletes.push(ms);
          sample.deleteLongest = worst(sample.deleteLongest, await longestIn(from, to));
          await sleep(1000);
        }
    }
  }
  sample.interactLongest = await page.evaluate((t) => window.__bench.longest(t), mark);
  for (const [i, [name, from]] of steps.entries())
    sample.stepLongest[name] = await longestIn(from, steps[i + 1]?.[1] ?? Number.POSITIVE_INFINITY);
  if (app && opts.exportPng)
    for (const scale of opts.exportScales) {
      await sleep(1000);
      sample.exports.push(await exportPng(page, scale, opts.pastLimit));
    }
  await context.close();
  return sample;
}

const fmt = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined || Number.isNaN(v) ? "-" : v.toFixed(digits);

function med(samples: readonly Sample[], key: keyof Sample): number | null {
  const xs = samples.map((s) => s[key]).filter((v): v is number => typeof v === "number");
  return xs.length === 0 ? null : median(xs);
}

/** The median of every edit of one kind in every run (several per page with --drops). */
function allOf(samples: readonly Sample[], key: "drops" | "renames" | "deletes"): number | null {
  const xs = samples.flatMap((s) => s[key]);
  return xs.length === 0 ? null : median(xs);
}

async function main() {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(usage());
    return;
  }
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync("/usr/bin/chromium") && !process.env.CHROMIUM_PATH) {
    console.error("bench:browser needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH).");
    process.exit(1);
  }
  await stage(opts);
  rmSync(join(OUT, "compare"), { recursive: true, force: true });
  if (opts.compare) cpSync(resolve(opts.compare), join(OUT, "compare"), { recursive: true });
  const stop = await startPreview(OUT, opts.port, { cwd: ROOT, probePath: "/app/index.html" });
  const base = `http://127.0.0.1:${opts.port}`;
  const rows: string[][] = [];
  const stepRows: string[] = [];
  try {
    console.log(
      `ec2viz browser benchmark: Chromium headless, 1440×900, ${opts.runs} fresh browser(s) per row, medians\n`,
    );
    for (const size of opts.sizes) {
      const boxes = boxCount(size);
      const example = size === "seed" ? "seed" : `large-${size}`;
      const subjects: [string, string, boolean][] = [
        [`ec2viz ${size}`, `${base}/app/index.html?example=${example}`, true],
      ];
      if (opts.compare)
        subjects.push([`compare ${size}`, `${base}/compare/index.html?example=${example}`, true]);
      if (opts.peer) subjects.push([`plain RF ${boxes}`, `${base}/peer/index.html?n=${boxes}`, false]);
      // Runs take turns (app, compare, peer, app, …) so load on the machine hits all alike.
      const samples: Sample[][] = subjects.map(() => []);
      for (let r = 0; r < opts.runs; r++)
        for (const [i, [, url, app]] of subjects.entries()) {
          const browser = await chromium.launch({
            executablePath: CHROMIUM_PATH,
            args: [...QUIET_CHROMIUM_ARGS, "--disable-component-update", "--disable-sync"],
          });
          try {
            samples[i]?.push(await measure(browser, url, app, opts, size));
          } finally {
            await browser.close();
          }
        }
      for (const [i, [label, , app]] of subjects.entries()) {
        const got = samples[i] ?? [];
        const exportCell = opts.exportScales
          .map((scale) => {
            const of = got.flatMap((s) => s.exports.filter((e) => e.scale === scale));
            const ms = of.flatMap((e) => (e.ms === null ? [] : [e.ms]));
            const outcomes = [...new Set(of.map((e) => e.outcome))].join("/");
            const longest = of.map((e) => e.longest);
            return `${scale}×: ${fmt(ms.length ? median(ms) : null)} ${outcomes} (${fmt(longest.length ? median(longest) : null)})`;
          })
          .join(" · ");
        const row = [
          label,
          fmt(med(got, "first")),
          fmt(med(got, "loadLongest")),
          `${fmt(med(got, "panMedian"), 1)} / ${fmt(med(got, "panP95"), 1)}`,
          `${fmt(med(got, "zoomMedian"), 1)} / ${fmt(med(got, "zoomP95"), 1)}`,
          `${fmt(med(got, "detailLongest"))} (${fmt(med(got, "detailMedian"), 1)} / ${fmt(med(got, "detailP95"), 1)})`,
          `${fmt(med(got, "detailPanMedian"), 1)} / ${fmt(med(got, "detailPanP95"), 1)}`,
          `${fmt(med(got, "outLongest"))} (${fmt(med(got, "outMedian"), 1)} / ${fmt(med(got, "outP95"), 1)})`,
          fmt(med(got, "interactLongest")),
          (["dropLongest", "renameLongest", "deleteLongest"] as const)
            .map((k) => fmt(med(got, k)))
            .join(" / "),
          fmt(allOf(got, "drops")),
          fmt(allOf(got, "renames")),
          fmt(allOf(got, "deletes")),
          app && opts.exportPng ? exportCell : "-",
          fmt(med(got, "heapMb"), 1),
          opts.settleSeconds > 0
            ? `${fmt(med(got, "pssMb"))} → ${fmt(med(got, "pssSettledMb"))}`
            : fmt(med(got, "pssMb")),
          fmt(med(got, "mainCpu")),
          fmt(med(got, "rendererCpu")),
        ];
        rows.push(row);
        console.log(row.join(" | "));
        const stepNames = [...new Set(got.flatMap((s) => Object.keys(s.stepLongest)))];
        if (stepNames.length > 0)
          stepRows.push(
            `${label}, longest task after loading by step (ms, median): ${stepNames
              .map((n) => `${n} ${fmt(median(got.flatMap((s) => s.stepLongest[n] ?? [])))}`)
              .join(" · ")}`,
          );
      }
    }
  } finally {
    stop();
  }
  const js = initialJs();
  console.log(
    `\ninitial JS (index.html's scripts and module preloads): ${js.raw} bytes, ${js.gzip} bytes gzip -9`,
  );
  console.log(
    "\n| subject | first picture ms | longest task loading ms | pan frame median / p95 ms | zoom frame median / p95 ms | zoom into detail: longest task ms (frame median / p95) | pan in detail frame median / p95 ms | zoom out of detail: longest task ms (frame median / p95) | longest task after loading ms (pan, zoom, Fit View, search, edits, undo) | longest task editing ms: drop / rename / delete | drop → painted ms | rename → painted ms | delete → painted ms | PNG export: scale: click → download ms, outcome (longest main-thread task ms) | JS heap MB | renderer PSS MB (→ after --settle) | main-thread CPU to load ms | renderer CPU to load ms |",
  );
  console.log(`|${"---|".repeat(18)}`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  if (stepRows.length > 0) console.log(`\n${stepRows.join("\n")}`);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
