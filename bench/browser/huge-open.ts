// Opening huge documents in the built app (issue #15, B9): for each size, a generated topology is
// opened with Open… in a fresh Chromium page, then an instance is dropped, the drop undone, a share
// link asked for, the SVG, draw.io and Save downloads made (each step's file and size printed), and
// the autosave looked at. Printed per step: the wall time, the longest
// main-thread task meanwhile (PerformanceObserver 'longtask'), and what the page said. A crashed
// tab is reported as such. Speed is never asserted; this only prints.
//
//   npx tsx bench/browser/huge-open.ts --sizes 10000,50000,100000 [--port 5207] [--no-build]
//        [--dist <another build's dist folder>] [--steps open,drop,undo,link,svg,drawio,save,autosave]
//        [--compare <another build's dist folder>] [--runs 3] [--type t3.micrx]
//
// --compare: this build and the other take turns (a fresh page each, on the same port), --runs
// times per size; the medians per build and step follow, with the load average.
//
// "open" ends when the page said "Opened …", the new document's instances are on screen and the
// canvas is no longer busy putting the picture on (aria-busy).
//
// "workers' CPU": each worker's CPU time in the step, by its script (read-files: reading, checking
// and copying a file; layout; image: exports), from the same trace.
//
// "longest task CPU" is the longest main-thread task's own CPU time (a Chromium trace of the step):
// unlike its wall time (the 'longtask' figure), it doesn't stretch when a busy machine takes the
// core away. Tasks that run Playwright's DevTools messages are not counted (longestTaskCpu); the
// wall figure still counts them. --no-trace leaves the trace out.
//
// --save-traces <dir>: each step's Chromium trace is kept there (<size>-<build>-<run>-<step>.json),
// to see what the longest task was (bench/browser/profile.ts summarises one interaction further).
//
// --max-task-cpu <ms>: the run fails (exit 1, "OVER" beside the step) when a step's longest task
// took more CPU than that, or a step failed or the tab crashed: a check that can fail without
// timing anything by the wall clock (e.g. --steps open,drop,undo --type t3.micrx --max-task-cpu 400
// for review case B10).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type CDPSession, chromium, type Page } from "@playwright/test";
import { generateTopology } from "../../src/model/examples/generate.ts";
import { INIT_SCRIPT } from "./instrument.ts";
import { CHROMIUM_PATH } from "./options.ts";
import { dropInstance, pictureWhole, startPreview } from "./page-actions.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const argv = process.argv.slice(2);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
};
const sizes = (value("--sizes") ?? "10000,50000,100000").split(",").map(Number);
const port = Number(value("--port") ?? 4228);
/** Another build to measure (e.g. main at session start); implies --no-build. */
const dist = value("--dist");
const STEP_TIMEOUT = Number(value("--step-timeout") ?? 600_000);

const now = (page: Page) => page.evaluate(() => performance.now());
const longest = (page: Page, since: number) => page.evaluate((s) => window.__bench.longest(s), since);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const steps = (value("--steps") ?? "open,drop,undo,link,svg,drawio,save,autosave").split(",");

/** The page's main-thread CPU time so far, in ms (CDP ThreadTime). */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "ThreadTime")?.value ?? Number.NaN) * 1000;
}

/** Every step's figures, by build and step, for the medians of --compare. */
const results = new Map<
  string,
  { wall: number; task: number; taskCpu: number; cpu: number; workers: Map<string, number> }[]
>();
let subject = "";
const trace = !argv.includes("--no-trace");
const saveTraces = value("--save-traces");
let runNumber = 0;
const maxTaskCpu = Number(value("--max-task-cpu") ?? Number.POSITIVE_INFINITY);
/** Steps over --max-task-cpu, failed steps and crashes: any makes the run exit 1. */
const failures: string[] = [];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
    data?: { url?: string; workerThreadId?: number };
  };
}

const traceEvents = (buffer: Buffer) =>
  (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;

/**
 * The CPU time (ms) of each of the page's workers in a Chromium trace, by its script's name
 * (read-files, layout, image…): where a big document's reading and layout go, beside the main
 * thread's figure. Workers of one script (a reader per file read) add up.
 */
function workerCpu(events: readonly TraceEvent[]): Map<string, number> {
  const scriptOf = new Map<number, string>();
  for (const e of events) {
    const data = e.args?.data;
    if (e.name !== "TracingSessionIdForWorker" || data?.workerThreadId === undefined) continue;
    const file = (data.url ?? "").split("/").pop() ?? "";
    scriptOf.set(data.workerThreadId, file.replace(/\.worker.*$|-[\w-]{8}\.js$/, ""));
  }
  const cpu = new Map<string, number>();
  for (const e of events) {
    const script = e.ph === "X" && e.name === "RunTask" ? scriptOf.get(e.tid) : undefined;
    if (script !== undefined) cpu.set(script, (cpu.get(script) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  return cpu;
}

/**
 * The longest task's CPU time (ms) on a renderer main thread in a Chromium trace, leaving out the
 * tasks that run a DevTools message: Playwright's own work (its role queries walk every element:
 * ~100-130 ms a query on the page of 50,000 instances), which no user's click or key pays. (Open…'s
 * files, set through DevTools, fire the input's change event in such a task: a few ms of the app's.)
 */
function longestTaskCpu(events: readonly TraceEvent[]): number {
  const mains = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === "X" && mains.has(`${e.pid}:${e.tid}`));
  const devTools = onMain
    .filter((e) => e.args?.chrome_mojo_event_info?.mojo_interface_tag === "blink.mojom.DevToolsSession")
    .map((e) => `${e.pid}:${e.tid}:${e.ts}`);
  const tasks = onMain.filter((e) => e.name === "RunTask");
  // Each DevTools message's task: the task that starts at or before it and lasts past it.
  const benchTasks = new Set<(typeof tasks)[number]>();
  for (const key of devTools) {
    const [pid, tid, ts] = key.split(":").map(Number);
    for (const t of tasks)
      if (t.pid === pid && t.tid === tid && t.ts <= (ts as number) && (ts as number) <= t.ts + (t.dur ?? 0))
        benchTasks.add(t);
  }
  let longest = 0;
  for (const t of tasks) if (!benchTasks.has(t)) longest = Math.max(longest, (t.tdur ?? 0) / 1000);
  return longest;
}

async function step(page: Page, cdp: CDPSession, name: string, action: () => Promise<string>): Promise<void> {
  if (!steps.includes(name === "share link" ? "link" : name)) return;
  const browser = page.context().browser();
  const start = await now(page);
  const cpu = await threadMs(cdp);
  // The trace starts after the bench's own DevTools calls and stops before the closing ones: at
  // 100,000 instances Performance.getMetrics is a main-thread task of ~100 ms CPU, the bench's, not
  // the app's, and it was the longest task of several steps.
  if (trace && browser)
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"],
    });
  const wall = Date.now();
  let said: string;
  try {
    said = await action();
  } catch (error) {
    said = `FAILED: ${String((error as Error).message).split("\n")[0]}`;
  }
  const took = Date.now() - wall;
  // What follows the step (the autosave's write, the rest of the reveal, a collection) counts too.
  await page.waitForTimeout(2000).catch(() => undefined);
  const buffer = trace && browser ? await browser.stopTracing().catch(() => undefined) : undefined;
  const task = await longest(page, start).catch(() => Number.NaN);
  const used = (await threadMs(cdp).catch(() => Number.NaN)) - cpu;
  const events = buffer ? traceEvents(buffer) : undefined;
  const taskCpu = events ? longestTaskCpu(events) : Number.NaN;
  const workers = events ? workerCpu(events) : new Map<string, number>();
  if (buffer && saveTraces)
    writeFileSync(
      join(saveTraces, `${subject.replace(" ", "-")}-${runNumber}-${name.replace(" ", "-")}.json`),
      buffer,
    );
  const key = `${subject} ${name}`;
  const over = taskCpu > maxTaskCpu;
  if (over || said.startsWith("FAILED"))
    failures.push(`${key}: ${over ? `longest task CPU ${Math.round(taskCpu)} ms` : said}`);
  if (!said.startsWith("FAILED"))
    results.set(key, [...(results.get(key) ?? []), { wall: took, task, taskCpu, cpu: used, workers }]);
  const inWorkers = [...workers].map(([script, ms]) => `${script} ${Math.round(ms)} ms`).join(", ");
  console.log(
    `  ${name.padEnd(12)} ${seconds(took).padStart(8)}  longest task ${Math.round(task)} ms (CPU ${Math.round(taskCpu)} ms)  main-thread CPU ${Math.round(used)} ms${inWorkers ? `  workers' CPU: ${inWorkers}` : ""}  ${said}${over ? "  OVER" : ""}`,
  );
}

/**
 * The canvas's "Laying out…" indicator, by its class: getByText walks every text of the page on each
 * poll, a task of 100+ ms at 10,000 instances that the bench would count as the page's own.
 */
const LAYING_OUT = ".ec2viz-status.is-busy";

/** The newest notice's text (status or alert), once one mentioning `pattern` shows. */
async function notice(page: Page, pattern: RegExp): Promise<string> {
  const n = page.locator('[role="status"], [role="alert"]').filter({ hasText: pattern }).last();
  await n.waitFor({ timeout: STEP_TIMEOUT });
  return ((await n.textContent()) ?? "").replace(/\s+/g, " ").slice(0, 200);
}

const compare = value("--compare");
const runs = Number(value("--runs") ?? 1);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function main(): Promise<void> {
  if (!argv.includes("--no-build") && !dist)
    execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "ignore" });
  const builds: [string, string][] = [["this", dist ? resolve(dist) : join(ROOT, "dist")]];
  if (compare) builds.push(["compare", resolve(compare)]);
  const dir = mkdtempSync(join(tmpdir(), "ec2viz-huge-"));
  if (saveTraces) mkdirSync(saveTraces, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const size of sizes) {
      const file = join(dir, `inst-${size}.json`);
      const doc = generateTopology(size, 1);
      // --type: every instance of one type (an unknown one, e.g. t3.micrx: review case B10).
      const type = value("--type");
      if (type) for (const i of doc.instances) i.instanceType = type;
      const text = JSON.stringify(doc);
      writeFileSync(file, text);
      console.log(`${size} instances (${(text.length / 1e6).toFixed(1)} MB JSON)`);
      for (let run = 0; run < runs; run++)
        for (const [name, root] of run % 2 ? [...builds].reverse() : builds) {
          subject = `${size} ${name}`;
          runNumber = run + 1;
          if (compare || runs > 1)
            console.log(` ${name} (${root}), run ${run + 1}, load ${loadavg()[0]?.toFixed(1)}`);
          const stop = await startPreview(root, port, { cwd: ROOT, probePath: "/" });
          try {
            await measure(browser, size, file);
          } finally {
            stop();
            await waitClosed(port);
          }
        }
    }
  } finally {
    await browser.close();
  }
  if (compare || runs > 1) {
    console.log(
      "\nmedians (wall ms, longest task ms, its CPU ms, main-thread CPU ms; each worker's CPU ms):",
    );
    for (const [key, list] of results)
      console.log(
        `  ${key.padEnd(28)} ${Math.round(median(list.map((r) => r.wall)))}  ${Math.round(median(list.map((r) => r.task)))}  ${Math.round(median(list.map((r) => r.taskCpu)))}  ${Math.round(median(list.map((r) => r.cpu)))}  (${list.length} runs)${workersMedian(list.map((r) => r.workers))}`,
      );
  }
}

/** Each worker script's median CPU over runs (a run without that worker counts 0), as "; read-files 650 ms…". */
function workersMedian(runs: readonly Map<string, number>[]): string {
  const scripts = new Set(runs.flatMap((r) => [...r.keys()]));
  return [...scripts].map((s) => `; ${s} ${Math.round(median(runs.map((r) => r.get(s) ?? 0)))} ms`).join("");
}

/** Waits until nothing listens on `port` (the preview just stopped), so the next build can take it. */
async function waitClosed(port: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function measure(browser: Browser, size: number, file: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  page.setDefaultTimeout(STEP_TIMEOUT);
  let crashed = false;
  page.on("crash", () => {
    crashed = true;
    failures.push(`${subject}: the tab crashed`);
    console.log("  TAB CRASHED");
  });
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator(".react-flow__node").first().waitFor();
  await step(page, cdp, "open", async () => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open…", exact: true }).click();
    await (await chooser).setFiles(file);
    // Not the "Opening inst-… (large)" notice that comes first: the outcome, then the picture.
    const said = await notice(page, new RegExp(`(Opened|Could not open) inst-${size}`));
    if (said.startsWith("Opened"))
      await page.waitForFunction((n) => window.__bench.instancesShown() >= n, Math.min(size, 1000) / 2, {
        polling: "raf",
        timeout: STEP_TIMEOUT,
      });
    await page.locator(LAYING_OUT).waitFor({ state: "detached" });
    // The whole picture: a big one goes onto the canvas slice by slice (aria-busy meanwhile). The
    // next step starts once a person sees it all. Looked for every 500 ms on the canvas alone
    // (pictureWhole): a locator of '[aria-busy="true"]' matched every element of the page on each
    // frame, ~0.3-0.4 s of the page's CPU while 50,000 instances went on, counted as the app's.
    await pictureWhole(page, STEP_TIMEOUT);
    return said;
  });
  if (crashed) return;
  await step(page, cdp, "drop", async () => {
    const painted = await dropInstance(page, STEP_TIMEOUT);
    return painted === null ? "no subnet on screen" : `painted after ${Math.round(painted)} ms`;
  });
  await step(page, cdp, "undo", async () => {
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    if (await undo.isDisabled()) return "nothing to undo";
    await undo.click();
    await page.locator(LAYING_OUT).waitFor({ state: "detached" });
    return "undone";
  });
  await step(page, cdp, "share link", async () => {
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await page.getByRole("button", { name: "Copy share link", exact: true }).click();
    const said = await notice(page, /share link|clipboard/i);
    const link = page.getByRole("textbox", { name: "Share link" });
    const length = (await link.count()) > 0 ? (await link.inputValue()).length : 0;
    await page.keyboard.press("Escape");
    return `${said}${length ? ` (link ${length} characters)` : ""}`;
  });
  // The exports that run on the whole document: SVG (in a worker), draw.io and Save (on the page).
  const download = async (click: () => Promise<void>): Promise<string> => {
    const saved = page.waitForEvent("download", { timeout: STEP_TIMEOUT });
    await click();
    const file = await saved;
    const path = await file.path();
    const bytes = path ? statSync(path).size : 0;
    return `${file.suggestedFilename()} (${(bytes / 1e6).toFixed(1)} MB)`;
  };
  const exportAs = (name: string) => async () => {
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await page.getByRole("button", { name, exact: true }).click();
  };
  await step(page, cdp, "svg", () => download(exportAs("SVG image")));
  await step(page, cdp, "drawio", () => download(exportAs("draw.io")));
  await step(page, cdp, "save", () =>
    download(() => page.getByRole("button", { name: "Save", exact: true }).click()),
  );
  await step(page, cdp, "autosave", async () => {
    await page.waitForTimeout(3000);
    const where = await page.evaluate(
      () => JSON.parse(localStorage.getItem("ec2viz.topology.v1.meta") ?? "{}").where,
    );
    const alarm = page.getByRole("alert").filter({ hasText: /can't keep|isn't keeping/ });
    return `kept in ${where ?? "?"}${(await alarm.count()) > 0 ? `; said: ${await alarm.textContent()}` : ""}`;
  });
  await context.close();
}

await main();
if (failures.length > 0) {
  console.log(`\nFAILED (${failures.length}):\n  ${failures.join("\n  ")}`);
  process.exitCode = 1;
}
