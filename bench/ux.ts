// `npm run bench:ux`: what a person waits for in the browser, measured in Debian's Chromium
// against the built app (`vite preview` of dist/, so run `npm run build` first; bench:ux does).
//   open → first node: a fresh visit (empty storage) until the first diagram box is painted, for the
//                      seed (the first visit), the showcase and large-1000.
//   drop → node:       an EC2 instance dragged from the palette at a hand's pace onto a subnet, from
//                      the drop event until the new box is painted.
// Each figure is the median of --runs=N fresh page loads (default 5). The in-process baseline is
// the browser's own first contentful paint of the same load (the app frame), so "ratio" says how
// much later than the page itself the diagram shows up. Options: --port=N (default 4207 or
// E2E_PORT+1), --json (machine-readable lines), --dist=DIR (measure another build, e.g. an older
// commit's), --baseline=DIR (measure that build alongside, load by load, and print ours ÷ its:
// on a shared, busy machine only such paired ratios mean something).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "@playwright/test";
import { humanDrag } from "../e2e/fixtures/human-drag.ts";
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from "./browser/options.ts";
import { median } from "./stats.ts";

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const RUNS = Math.max(1, Number(arg("runs") ?? 5));
const PORT = Number(arg("port") ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 1 : 4207));
const JSON_OUT = args.includes("--json");
/** Another build to measure (e.g. one made from an older commit), instead of dist/. */
const DIST = arg("dist") ?? "dist";
/** A build to measure alongside, load by load (e.g. an older commit's): both see the same machine. */
const BASELINE = arg("baseline");
let BASE = `http://127.0.0.1:${PORT}`;

async function startServer(dist = DIST, port = PORT): Promise<ChildProcess> {
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`bench:ux: no ${dist}/ (run \`npm run build\` first)`);
  const server = spawn(
    "npx",
    ["vite", "preview", "--outDir", dist, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    {
      stdio: "ignore",
      detached: true,
    },
  );
  let exited = false;
  server.on("exit", () => {
    exited = true;
  });
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bench:ux: vite preview did not start on port ${port} (in use? try --port=N)`);
}

/**
 * Records, in the page, when the first diagram box is painted (and the page's first contentful
 * paint). A string, not a function: tsx wraps named functions in a helper the page doesn't have.
 */
const WATCH = `
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new MutationObserver(() => {
    if (window.__firstNode !== undefined || window.__nodeSeen) return;
    const node = document.querySelector(".react-flow__node");
    if (!node || node.getBoundingClientRect().width === 0) return;
    if (getComputedStyle(node).visibility === "hidden") return;
    window.__nodeSeen = true;
    // The frame after the box enters the DOM is the one that paints it.
    requestAnimationFrame(() => { window.__firstNode = performance.now(); });
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** In the page: when the drop happens, and when the new instance's box is painted after it. */
const WATCH_DROP = `
  document.addEventListener("drop", () => { window.__drop = performance.now(); }, true);
  new MutationObserver(() => {
    if (window.__drop === undefined || window.__paintSeen) return;
    if (!document.querySelector('[aria-label^="EC2 instance i-1"]')) return;
    window.__paintSeen = true;
    requestAnimationFrame(() => { window.__painted = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

async function openToFirstNode(browser: Browser, query: string): Promise<{ node: number; fcp: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: WATCH });
  await page.goto(`${BASE}/${query}`);
  const handle = await page.waitForFunction(
    "window.__firstNode !== undefined ? { node: window.__firstNode, fcp: window.__fcp ?? NaN } : null",
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  const result = (await handle.jsonValue()) as { node: number; fcp: number };
  await context.close();
  return result;
}

async function dropToNode(browser: Browser): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(`${BASE}/?example=seed`);
  const subnet = page
    .locator(".react-flow__node")
    .filter({ has: page.getByRole("button", { name: "Public subnet public-a", exact: true }) });
  await subnet.waitFor({ timeout: 60_000 });
  await page.waitForFunction("document.querySelector('.ec2viz-canvas [role=status]')?.textContent === ''");
  await page.waitForTimeout(400); // boxes glide into place after the first layout
  await page.evaluate(WATCH_DROP);
  const source = page.getByRole("complementary", { name: "Components" }).getByRole("button", {
    name: "EC2 instance",
    exact: true,
  });
  await humanDrag(page, source, subnet, { targetPosition: { x: 60, y: 14 } });
  const handle = await page.waitForFunction(
    "window.__painted !== undefined ? window.__painted - window.__drop : null",
    undefined,
    { timeout: 30_000, polling: 10 },
  );
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return ms;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");

/** Runs `measure` on this build and, alternately, on the baseline's (same load on the machine). */
async function paired<T>(measure: () => Promise<T>): Promise<{ ours: T; base?: T }> {
  const ours = await measure();
  if (!BASELINE) return { ours };
  const own = BASE;
  BASE = `http://127.0.0.1:${PORT + 1}`;
  try {
    return { ours, base: await measure() };
  } finally {
    BASE = own;
  }
}

async function main() {
  const servers = [await startServer()];
  if (BASELINE) servers.push(await startServer(BASELINE, PORT + 1));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    await paired(() => openToFirstNode(browser, "?example=seed")); // warm-up: server and disk caches
    if (!JSON_OUT) {
      console.log(
        `ec2viz UX benchmark (${DIST}${BASELINE ? ` vs ${BASELINE}` : ""}): Chromium, 1440×900, ${RUNS} fresh page loads each (median)\n`,
      );
      console.log(
        `${"measure".padEnd(30)}${"ms".padStart(8)}${"page FCP".padStart(10)}${"÷FCP".padStart(7)}${BASELINE ? `${"baseline".padStart(10)}${"÷base".padStart(8)}` : ""}`,
      );
    }
    const row = (name: string, ours: number[], fcp: number[], base: number[]) => {
      const m = median(ours);
      const f = fcp.length ? median(fcp) : Number.NaN;
      const b = base.length ? median(base) : Number.NaN;
      if (JSON_OUT)
        console.log(
          JSON.stringify({ measure: name, ms: m, fcp: f, baseline: b, runs: ours, baselineRuns: base }),
        );
      else
        console.log(
          `${name.padEnd(30)}${fmt(m).padStart(8)}${fmt(f).padStart(10)}${(Number.isFinite(f) ? (m / f).toFixed(2) : "–").padStart(7)}${BASELINE ? `${fmt(b).padStart(10)}${(m / b).toFixed(2).padStart(8)}` : ""}`,
        );
    };
    for (const example of ["seed", "showcase", "large-1000"]) {
      const ours: number[] = [];
      const fcps: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await paired(() => openToFirstNode(browser, `?example=${example}`));
        ours.push(r.ours.node);
        if (Number.isFinite(r.ours.fcp)) fcps.push(r.ours.fcp);
        if (r.base) base.push(r.base.node);
      }
      row(`open → first node (${example})`, ours, fcps, base);
    }
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await paired(() => dropToNode(browser));
      ours.push(r.ours);
      if (r.base !== undefined) base.push(r.base);
    }
    row("palette drop → new node", ours, [], base);
  } finally {
    await browser.close();
    for (const server of servers)
      try {
        if (server.pid) process.kill(-server.pid);
      } catch {
        // already gone
      }
  }
}

await main();
