// Frame times at every zoom band of a built app (issue #14: pan and zoom frame p95 < 33 ms at every
// zoom, no main-thread task over 200 ms), and what dimming costs, in Debian's Chromium (Playwright).
//
//   npx vite build && npx tsx bench/browser/bands.ts --sizes 1000,10000 --runs 3
//        [--dist dist] [--compare /work/base-s14/dist] [--port 4229] [--no-select] [--type t3.micrx]
//        [--shots DIR] [--select-only] [--json FILE] [--steps]
//
// --steps also prints each zoom step (and each sweep's settling) as it is measured: the zoom it
// ends at, its band, every frame's time, the longest task and the main thread's CPU.
// --type opens the generated topology with Open… (after the seed), every instance of that type (an
// unknown one puts a warning on each: review case B10), instead of ?example=large-<size>.
// --shots DIR measures nothing: it saves a screenshot of each build at the fitted zoom and in the
// middle of each band (from the fitted view, zoomed at the centre), and of an instance selected in
// detail (the others faded), as DIR/<build>-<size>-<what>.png, to compare the builds' pictures.
//
// Per page (a fresh browser each, the builds taking turns so a busy machine slows both alike):
// - zoom in: wheel steps at the canvas centre at a hand's pace (-120 px, 60 ms apart) from the
//   fitted view until the zoom is 0.7, then 1.5 s for the page to settle; each step counts in the
//   band its zoom ends in (the step that crosses into a band counts there), the settling in the last;
// - zoom out: the same steps outward, back to the fitted zoom;
// - pan: a hand's drag (bench:browser's: 60 moves of 4 px, one a frame) at the fitted zoom and in
//   the middle of each band past it (the zoom set by one wheel event at the centre, then settled);
// - select / unselect: in detail, a click on an instance near the centre until its Details show
//   with the path of its answer lit up (every other box fades: `is-dimming`), then Escape until
//   they no longer fade (--no-select skips both; --select-only measures only them). When no instance
//   is at the centre (a gap between VPCs), the search box picks app-<size/2> first (it centres
//   it at 100 %), and its details are closed before the click.
// Each row: frame median / p95 (ms), the longest main-thread task (ms, long-task timing: wall) and
// the page's main-thread CPU time meanwhile (ms, DevTools' ThreadTime: holds up on a busy machine).
// Medians over the runs. Speed is never asserted; this only prints.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type CDPSession, chromium, type Page } from "@playwright/test";
import { BRIEF_ZOOM, FAR_ZOOM, OVERVIEW_ZOOM, TINY_ZOOM } from "../../src/diagram/zoom-bands.ts";
import { median, pct } from "../stats.ts";
import { INIT_SCRIPT } from "./instrument.ts";
import { CHROMIUM_PATH, optionReader } from "./options.ts";
import {
  closeDetails,
  currentZoom,
  editedInstance,
  openGenerated,
  panMoves,
  panStart,
  pickInstance,
  pictureWhole,
  sleep,
  startPreview,
} from "./page-actions.ts";

const argv = process.argv.slice(2);
const value = optionReader(argv);
const sizes = value("--sizes", "1000,10000").split(",").filter(Boolean);
const runs = Math.max(1, Number(value("--runs", "3")));
const port = Number(value("--port", "4229"));
const dist = resolve(value("--dist", "dist"));
const compare = argv.includes("--compare") ? resolve(value("--compare", "")) : null;
const select = !argv.includes("--no-select");
const selectOnly = argv.includes("--select-only");
const json = argv.includes("--json") ? resolve(value("--json", "")) : null;
const type = value("--type", "");
const steps = argv.includes("--steps");
const shots = argv.includes("--shots") ? resolve(value("--shots", "")) : null;

/** The zoom at which the steps in stop. */
const TOP_ZOOM = 0.7;
/** Where each band's pan happens: the middle of the band (detail: well past its start). */
const PAN_ZOOMS = [0.08, 0.18, 0.32, 0.42, 0.8];

/** The zoom band a zoom is in, by the canvas's own thresholds (src/diagram/zoom-bands.ts). */
function band(zoom: number): string {
  if (zoom < TINY_ZOOM) return "tiny";
  if (zoom < FAR_ZOOM) return "far";
  if (zoom < OVERVIEW_ZOOM) return "overview";
  if (zoom < BRIEF_ZOOM) return "brief";
  return "detail";
}
const BANDS = ["tiny", "far", "overview", "brief", "detail"];

/** One measured stretch: frame deltas, the longest task, main-thread CPU. */
interface Phase {
  frames: number[];
  longest: number;
  cpu: number;
}

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "ThreadTime")?.value ?? 0) * 1000;
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function canvasCentre(page: Page) {
  const pane = await page.locator(".react-flow__renderer").boundingBox();
  if (!pane) throw new Error("no canvas");
  return { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
}

/** Zoom in from the fitted view to TOP_ZOOM, and out again: per band. */
async function zoomSweeps(page: Page, cdp: CDPSession, fitted: number) {
  const out: Record<string, Phase> = {};
  const add = (key: string, frames: number[], longest: number, cpu: number) => {
    const p = out[key] ?? { frames: [], longest: 0, cpu: 0 };
    p.frames.push(...frames);
    p.longest = Math.max(p.longest, longest);
    p.cpu += cpu;
    out[key] = p;
  };
  for (const [name, dy, done] of [
    ["zoom in", -120, (z: number) => z >= TOP_ZOOM],
    ["zoom out", 120, (z: number) => z <= fitted * 1.01],
  ] as const) {
    const centre = await canvasCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await sleep(300);
    // Each mark: a step about to start (or the last zoom reached), the zoom then and the CPU so far.
    const marks: { t: number; cpu: number; zoom: number }[] = [];
    await page.evaluate(() => window.__bench.startFrames());
    for (let i = 0; i < 80; i++) {
      const { t, zoom } = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>(".react-flow__viewport");
        const m = /scale\(([\d.e+-]+)\)/.exec(el?.style.transform ?? "");
        return { t: performance.now(), zoom: m ? Number(m[1]) : 0 };
      });
      marks.push({ t, cpu: await threadMs(cdp), zoom });
      if (done(zoom)) break;
      await page.mouse.wheel(0, dy);
      await sleep(60);
    }
    await sleep(1500);
    const last = marks.at(-1)?.zoom ?? 0;
    marks.push({ t: await now(page), cpu: await threadMs(cdp), zoom: last });
    await page.evaluate(() => window.__bench.stopFrames());
    const log = await page.evaluate(() => window.__bench.frameLog());
    // Between two marks: a step, counted in the band it ends in; after the last, the settling.
    for (let i = 0; i + 1 < marks.length; i++) {
      const a = marks[i] as { t: number; cpu: number; zoom: number };
      const b = marks[i + 1] as { t: number; cpu: number; zoom: number };
      const frames = log.filter(([ft]) => ft >= a.t && ft < b.t).map(([, d]) => d);
      const longest = await page.evaluate(([f, u]) => window.__bench.longest(f, u), [a.t, b.t] as const);
      add(`${name}: ${band(b.zoom)}`, frames, longest, b.cpu - a.cpu);
      if (steps)
        console.log(
          `${name} ${i + 2 === marks.length ? "settle" : "step"} → ${b.zoom.toFixed(3)} (${band(b.zoom)}): frames ${frames.map((f) => f.toFixed(0)).join(" ")} · longest ${longest.toFixed(0)} · CPU ${(b.cpu - a.cpu).toFixed(0)}`,
        );
    }
  }
  return out;
}

/** Sets the zoom to `target` with one wheel event at the centre, and lets the page settle. */
async function zoomTo(page: Page, target: number) {
  const zoom = (await currentZoom(page)) ?? target;
  const centre = await canvasCentre(page);
  await page.mouse.move(centre.x, centre.y);
  // React Flow's wheel: zoom × 2^(-deltaY × 0.002).
  await page.mouse.wheel(0, -Math.log2(target / zoom) / 0.002);
  await sleep(1500);
  await pictureWhole(page, 60_000);
  await sleep(500);
}

async function panHere(page: Page, cdp: CDPSession): Promise<Phase | null> {
  const start = await panStart(page);
  if (!start) return null;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = await now(page);
  const cpu0 = await threadMs(cdp);
  await page.evaluate(() => window.__bench.startFrames());
  await panMoves(page, start);
  await page.mouse.up();
  await sleep(300);
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  const cpu = (await threadMs(cdp)) - cpu0;
  const longest = await page.evaluate((t) => window.__bench.longest(t), t0);
  return { frames, longest, cpu };
}

/** Runs `act`, then waits until `until` holds and 1 s more: the frames, longest task and CPU of it all. */
async function timed(page: Page, cdp: CDPSession, act: () => Promise<void>, until: () => Promise<unknown>) {
  const t0 = await now(page);
  const cpu0 = await threadMs(cdp);
  await page.evaluate(() => window.__bench.startFrames());
  await act();
  await until();
  await sleep(1000);
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  const cpu = (await threadMs(cdp)) - cpu0;
  const longest = await page.evaluate((t) => window.__bench.longest(t), t0);
  return { frames, longest, cpu };
}

/** From the fitted view, zoomed at the centre to `zoom`: the same place in every build. */
async function fitThenZoom(page: Page, zoom: number) {
  await page.getByRole("button", { name: "Fit View" }).click();
  await sleep(1500);
  if (zoom > 0) await zoomTo(page, zoom);
}

/** Where to click an unselected instance's box near the canvas centre (its button on top there), if any. */
async function instanceToClick(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector(".react-flow__renderer")?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (const b of document.querySelectorAll(".react-flow__node-instance .ec2viz-node-button")) {
      // Another instance than the selected one: a click that changes the selection.
      if (b.classList.contains("is-selected")) continue;
      const r = b.getBoundingClientRect();
      const x = r.left + 30;
      const y = r.top + 12;
      if (x < pane.left || x > pane.right || y < pane.top || y > pane.bottom) continue;
      const top = document.elementFromPoint(x, y)?.closest(".ec2viz-node-button");
      if (top !== b) continue;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  });
}

/**
 * In detail (0.8) at the fitted view's centre, where to click an instance's box. When no instance is
 * there (a gap between VPCs), the search box brings app-<size/2> into view, and its details close.
 */
async function instanceInDetail(page: Page, size: string) {
  await fitThenZoom(page, 0.8);
  const point = await instanceToClick(page);
  if (point) return point;
  await pickInstance(page, editedInstance(size), 60_000);
  await sleep(1000);
  // Its Close button: Escape in the search box (focused by the pick) closes only the search's list.
  await closeDetails(page, 30_000);
  await page.locator(".ec2viz-canvas.is-dimming").waitFor({ state: "detached", timeout: 30_000 });
  await pictureWhole(page, 60_000);
  await sleep(1000);
  return instanceToClick(page);
}

async function selectAndBack(page: Page, cdp: CDPSession, size: string): Promise<Record<string, Phase>> {
  const point = await instanceInDetail(page, size);
  if (!point) {
    console.error(
      `select: no instance's box in view to click (${await page.locator(".react-flow__node-instance").count()} on the canvas)`,
    );
    return {};
  }
  const dimming = page.locator(".ec2viz-canvas.is-dimming");
  const on = await timed(
    page,
    cdp,
    () => page.mouse.click(point.x, point.y),
    () => dimming.waitFor({ timeout: 30_000 }),
  );
  const off = await timed(
    page,
    cdp,
    () => page.keyboard.press("Escape"),
    () => dimming.waitFor({ state: "detached", timeout: 30_000 }),
  );
  return { "select (others fade)": on, "unselect (Escape)": off };
}

/** The page at `url` (with --type: the seed, then the generated document opened), its picture whole. */
async function load(page: Page, url: string, size: string) {
  await page.goto(type ? url.replace(/example=[^&]*/, "example=seed") : url);
  await page.waitForFunction(() => window.__bench.firstPicture !== null, null, { timeout: 180_000 });
  await page.locator(".ec2viz-status.is-busy").waitFor({ state: "detached", timeout: 180_000 });
  if (type) await openGenerated(page, Number(size), type, 600_000);
  await pictureWhole(page, 600_000);
  await sleep(1500);
}

function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
}

/** --shots: the picture at the fitted zoom, in the middle of each band, and with an instance selected. */
async function screenshots(url: string, size: string, prefix: string) {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(INIT_SCRIPT);
    await load(page, url, size);
    const shot = async (what: string) => {
      await pictureWhole(page, 60_000);
      await page.mouse.move(1, 1);
      await sleep(800);
      await page.screenshot({ path: join(shots as string, `${prefix}-${size}-${what}.png`) });
    };
    await shot("fitted");
    const fitted = (await currentZoom(page)) ?? 0;
    for (const zoom of PAN_ZOOMS) {
      if (zoom <= fitted * 1.05) continue;
      await fitThenZoom(page, zoom);
      await shot(`${band(zoom)}-${zoom}`);
    }
    const point = await instanceInDetail(page, size);
    if (point) {
      await page.mouse.click(point.x, point.y);
      await page.locator(".ec2viz-canvas.is-dimming").waitFor({ timeout: 30_000 });
      await shot("selected");
    }
  } finally {
    await browser.close();
  }
}

async function measure(url: string, size: string): Promise<Record<string, Phase>> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error(`${url}: uncaught ${String(error).split("\n")[0]}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    await load(page, url, size);
    const fitted = (await currentZoom(page)) ?? 0;
    const result: Record<string, Phase> = {};
    if (!selectOnly) {
      const pan = await panHere(page, cdp);
      if (pan) result[`pan fitted (${band(fitted)})`] = pan;
      Object.assign(result, await zoomSweeps(page, cdp, fitted));
      for (const target of PAN_ZOOMS) {
        if (target <= fitted * 1.05) continue;
        await zoomTo(page, target);
        const p = await panHere(page, cdp);
        if (p) result[`pan ${band(target)} (${target})`] = p;
      }
    }
    if (select) Object.assign(result, await selectAndBack(page, cdp, size));
    await context.close();
    return result;
  } finally {
    await browser.close();
  }
}

const fmt = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined || Number.isNaN(v) ? "-" : v.toFixed(digits);

/** "median / p95 · longest · CPU", each the median over the runs. */
function cell(phases: (Phase | undefined)[]): string {
  const got = phases.filter((p): p is Phase => p !== undefined && p.frames.length > 0);
  if (got.length === 0) return "-";
  const m = (f: (p: Phase) => number | null) => {
    const xs = got.map(f).filter((x): x is number => x !== null);
    return xs.length ? median(xs) : null;
  };
  return `${fmt(
    m((p) => pct(p.frames, 0.5)),
    1,
  )} / ${fmt(
    m((p) => pct(p.frames, 0.95)),
    1,
  )} · ${fmt(m((p) => p.longest))} · ${fmt(m((p) => p.cpu))}`;
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), "ec2viz-bands-"));
  cpSync(dist, join(root, "app"), { recursive: true });
  if (compare) cpSync(compare, join(root, "compare"), { recursive: true });
  const stop = await startPreview(root, port, { probePath: "/app/index.html" });
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  try {
    console.log(`load average at the start: ${load()}`);
    for (const size of sizes) {
      const example = size === "seed" ? "seed" : `large-${size}`;
      const subjects = [["ec2viz", `http://127.0.0.1:${port}/app/index.html?example=${example}`]];
      if (compare)
        subjects.push(["compare", `http://127.0.0.1:${port}/compare/index.html?example=${example}`]);
      if (shots) {
        mkdirSync(shots, { recursive: true });
        for (const [name, url] of subjects) await screenshots(url as string, size, name as string);
        continue;
      }
      const samples: Record<string, Phase>[][] = subjects.map(() => []);
      for (let r = 0; r < runs; r++)
        for (const [i, [, url]] of subjects.entries()) samples[i]?.push(await measure(url as string, size));
      // --json FILE: every run's figures (frames, longest task, CPU per row), to see the spread.
      if (json)
        writeFileSync(
          `${json.replace(/\.json$/, "")}-${size}.json`,
          JSON.stringify(
            Object.fromEntries(
              subjects.map(([name], i) => [
                name,
                (samples[i] ?? []).map((run) =>
                  Object.fromEntries(
                    Object.entries(run).map(([k, p]) => [
                      k,
                      {
                        median: pct(p.frames, 0.5),
                        p95: pct(p.frames, 0.95),
                        // Frames that took two vsyncs or more, of all: finer than a p95 stuck on a vsync.
                        late: p.frames.filter((f) => f > 25).length,
                        frames: p.frames.length,
                        longest: p.longest,
                        cpu: p.cpu,
                      },
                    ]),
                  ),
                ),
              ]),
            ),
            null,
            1,
          ),
        );
      const keys = [...new Set(samples.flatMap((s) => s.flatMap((r) => Object.keys(r))))].sort((a, b) => {
        const rank = (k: string) => {
          const kind = k.startsWith("pan")
            ? 2
            : k.startsWith("zoom in")
              ? 0
              : k.startsWith("zoom out")
                ? 1
                : 3;
          const b = BANDS.findIndex((x) => k.includes(x));
          return kind * 10 + (k.includes("fitted") ? -1 : b);
        };
        return rank(a) - rank(b);
      });
      console.log(
        `\n${size} instances, ${runs} run(s) each; per cell: frame median / p95 ms · longest task ms · main-thread CPU ms (medians over runs)`,
      );
      console.log(`| ${size} | ${subjects.map(([name]) => name).join(" | ")} |`);
      console.log(`|---|${subjects.map(() => "---|").join("")}`);
      for (const key of keys)
        console.log(`| ${key} | ${samples.map((runsOf) => cell(runsOf.map((r) => r[key]))).join(" | ")} |`);
    }
    console.log(`\nload average at the end: ${load()}`);
  } finally {
    stop();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
