// What both browser benches do to a page: serve a built app with `vite preview`, drag
// "EC2 instance" from the palette onto a subnet the way a hand does, and zoom with the wheel. One
// copy, so the bench and the profiler measure the same drop and the same zoom.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { generateTopology } from "../../src/model/examples/generate.ts";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** bench:browser's zoom: five wheel steps in and five out where the pointer is, at a hand's pace. */
export async function wheelInAndOut(page: Page): Promise<void> {
  for (const dy of [-100, -100, -100, -100, -100, 100, 100, 100, 100, 100]) {
    await page.mouse.wheel(0, dy);
    await sleep(50);
  }
}

/** Until the canvas is no longer aria-busy: every slice of a big picture's reveal is on it. */
export async function pictureWhole(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.ec2viz-canvas[aria-busy="true"]') === null,
    null,
    { timeout: timeoutMs, polling: 500 },
  );
}

/**
 * Previews still running. Each is in a process group of its own, so it is stopped with this process
 * too (an exception, a `timeout` or Ctrl-C), never left holding the port for the next run.
 */
const running = new Set<() => void>();
const stopAll = () => {
  for (const stop of [...running]) stop();
};
process.once("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });

/**
 * Starts `vite preview` on `dir` and waits until `probePath` answers; gives back the stop function.
 */
export async function startPreview(
  dir: string,
  port: number,
  options: { cwd?: string; probePath: string },
): Promise<() => void> {
  // Something already answering there (a preview left running) would be measured instead of `dir`:
  // vite's --strictPort makes the new one exit, and the probe below would find the old one.
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already in use (a preview left running?): not measuring it`);
  const child = spawn(
    "npx",
    ["vite", "preview", "--outDir", dir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: options.cwd, stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  const stop = () => {
    running.delete(stop);
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  running.add(stop);
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${options.probePath}`);
      if (res.ok) return stop;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  stop();
  throw new Error(`vite preview did not start on port ${port}`);
}

/**
 * Drags "EC2 instance" from the palette onto the subnet nearest the canvas centre, like a hand
 * (press, eight moves with pauses, a last nudge over the target, release), and gives back the
 * page's drop → painted time. Null when no subnet is on screen; throws when the paint does not
 * come within `timeoutMs`.
 */
export async function dropInstance(page: Page, timeoutMs: number): Promise<number | null> {
  const target = await page.evaluate(() => {
    const pane = document.querySelector(".react-flow__renderer")?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    // Every subnet's candidate points, nearest the centre first; the first one whose topmost box is
    // that subnet wins. Hit-testing only until then: a hit test of every candidate was one task of
    // seconds at 10,000 instances (the bench's own, counted as the page's longest while interacting).
    const candidates: { s: Element; x: number; y: number; d: number }[] = [];
    for (const s of document.querySelectorAll<HTMLElement>(".react-flow__node-subnet")) {
      const r = s.getBoundingClientRect();
      // The subnet's middle, or near its header when cards cover the middle.
      for (const [x, y] of [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + Math.min(40, r.width / 3), r.top + Math.min(12, r.height / 6)],
      ] as const) {
        if (x < pane.left || x > pane.right || y < pane.top || y > pane.bottom) continue;
        candidates.push({ s, x, y, d: Math.hypot(x - cx, y - cy) });
      }
    }
    candidates.sort((a, b) => a.d - b.d);
    for (const c of candidates) {
      const hit = document
        .elementsFromPoint(c.x, c.y)
        .map((e) => e.closest<HTMLElement>(".react-flow__node"))
        .find(Boolean);
      if (hit === c.s) return { x: c.x, y: c.y };
    }
    return null;
  });
  if (!target) return null;
  const from = await page
    .locator(".palette-column")
    .getByRole("button", { name: "EC2 instance", exact: true })
    .boundingBox();
  if (!from) return null;
  await page.evaluate(() => window.__bench.armDrop());
  const fx = from.x + from.width / 2;
  const fy = from.y + from.height / 2;
  await page.mouse.move(fx, fy);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(fx + ((target.x - fx) * i) / 8, fy + ((target.y - fy) * i) / 8);
    await sleep(30);
  }
  await page.mouse.move(target.x + 1, target.y + 1);
  await sleep(60);
  await page.mouse.up();
  await page.waitForFunction(() => window.__bench.dropPainted !== null, null, { timeout: timeoutMs });
  return page.evaluate(() => window.__bench.dropPainted);
}

/**
 * A box's own button by its accessible name (its aria-label), found by CSS selector: a role or
 * text query walks the whole page on every poll, a 100+ ms task of the bench's own at 1,000
 * instances in detail, counted as the page's longest task while interacting.
 */
export function boxButton(page: Page, name: string) {
  return page.locator(`.react-flow__node .ec2viz-node-button[aria-label=${JSON.stringify(name)}]`);
}

/** The canvas's zoom, read from React Flow's viewport transform. */
export async function currentZoom(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>(".react-flow__viewport");
    const m = /scale\(([\d.e+-]+)\)/.exec(el?.style.transform ?? "");
    return m ? Number(m[1]) : null;
  });
}

/** Past the overview zoom (OVERVIEW_ZOOM = 0.4), with a margin: instances are boxes of their own. */
export const DETAIL_ZOOM = 0.6;

/** The instance each size's edits work on: found with the search box, like a person would. */
export function editedInstance(size: string): string {
  return size === "seed" ? "web-1" : `app-${Math.max(1, Math.floor(Number(size) / 2))}`;
}

/**
 * Finds the instance named `name` with the search box (Enter picks it: it is selected, its details
 * open and the view centres on it at 100 %) and waits until its box is on the canvas.
 */
export async function pickInstance(page: Page, name: string, timeoutMs: number): Promise<void> {
  const search = page.locator(".search").getByRole("combobox", { name: "Search" });
  await search.fill(name);
  await search.press("Enter");
  await boxButton(page, `EC2 instance ${name}`).waitFor({ state: "visible", timeout: timeoutMs });
  await detailsShow(page, name, timeoutMs);
}

/** The Details panel's heading and name as they are once it shows the instance named `name`. */
async function detailsShow(page: Page, name: string, timeoutMs: number): Promise<void> {
  // A CSS selector and text, not getByRole: a role query walks the whole page on every poll.
  await page
    .locator(".details-panel .details-panel__name")
    .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .waitFor({ timeout: timeoutMs });
}

/**
 * Clicks the instance's box, as a hand opens its details (the box must be on the canvas), and
 * waits until the Details panel shows it. The page's longest task meanwhile is the click's cost.
 */
/** Where a hand clicks instance `name`'s box: inside its button, near the top left corner. */
export async function instancePoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = await boxButton(page, `EC2 instance ${name}`).boundingBox();
  if (!box) throw new Error(`the box of ${name} is not on screen`);
  return { x: box.x + 30, y: box.y + 12 };
}

/**
 * Clicks instance `name`'s box with the mouse until Details show it. `at` (instancePoint's, found
 * before a profile starts) keeps the lookup out of it: Playwright's locator click runs its own
 * scripts in the page first (~60 ms of main-thread time at 10,000 instances).
 */
export async function openDetails(
  page: Page,
  name: string,
  timeoutMs: number,
  at?: { x: number; y: number },
): Promise<void> {
  const { x, y } = at ?? (await instancePoint(page, name));
  await page.mouse.click(x, y);
  await detailsShow(page, name, timeoutMs);
}

/** Closes the Details panel with its Close button, so the next click on a box opens it again. */
export async function closeDetails(page: Page, timeoutMs: number): Promise<void> {
  await page.locator(".details-panel .details-panel__close").click();
  await page.locator(".details-panel").waitFor({ state: "detached", timeout: timeoutMs });
}

/**
 * Renames the selected instance from `from` to `to` in the Properties panel (the Name field, Enter
 * commits) and gives back Enter → the box painted with its new name.
 */
export async function renameInstance(
  page: Page,
  from: string,
  to: string,
  timeoutMs: number,
  /** Runs right before Enter (e.g. to start a window that holds the rename alone, not the typing). */
  beforeKey?: () => Promise<unknown>,
): Promise<number> {
  const tab = page.locator(".side-tabs").getByRole("tab", { name: "Properties" });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  const field = page.locator(".workbench__side").getByLabel("Name", { exact: true });
  await field.waitFor({ timeout: timeoutMs });
  if ((await field.inputValue()) !== from)
    throw new Error(`the Name field shows ${await field.inputValue()}`);
  await field.fill(to);
  await sleep(100);
  await beforeKey?.();
  await page.evaluate((name) => window.__bench.armEdit("Enter", name, true), `EC2 instance ${to}`);
  await field.press("Enter");
  await page.waitForFunction(() => window.__bench.editPainted !== null, null, { timeout: timeoutMs });
  return page.evaluate(() => window.__bench.editPainted as number);
}

/**
 * Clicks the instance's box (selecting it), presses Delete and gives back Delete → the box gone
 * from the painted canvas; then (unless `undo` is false) Undo (Ctrl+Z) brings it back, unmeasured,
 * so the next edit finds it.
 */
export async function deleteInstance(
  page: Page,
  name: string,
  timeoutMs: number,
  undo = true,
  /** Runs after the click, right before the key (e.g. to start a profile of the delete alone). */
  beforeKey?: () => Promise<unknown>,
  /** Runs right before the Undo (e.g. to end a window that holds the delete alone). */
  beforeUndo?: () => Promise<unknown>,
): Promise<number> {
  const label = `EC2 instance ${name}`;
  const button = boxButton(page, label);
  await button.click({ position: { x: 30, y: 12 } });
  await sleep(200);
  await beforeKey?.();
  await page.evaluate((n) => window.__bench.armEdit("Delete", n, false), label);
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => window.__bench.editPainted !== null, null, { timeout: timeoutMs });
  const ms = await page.evaluate(() => window.__bench.editPainted as number);
  if (!undo) return ms;
  await sleep(300);
  await beforeUndo?.();
  await page.keyboard.press("Control+z");
  await button.waitFor({ state: "visible", timeout: timeoutMs });
  return ms;
}

/** A point on the canvas where a mouse-down pans the view (not on a draggable box or a control). */
export async function panStart(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const pane = document.querySelector(".react-flow__renderer")?.getBoundingClientRect();
    if (!pane) return null;
    for (let fy = 0.5; fy < 0.95; fy += 0.05)
      for (let fx = 0.3; fx < 0.9; fx += 0.05) {
        const x = pane.left + pane.width * fx;
        const y = pane.top + pane.height * fy;
        const el = document.elementFromPoint(x, y) as HTMLElement | null;
        if (!el?.closest(".react-flow")) continue;
        if (el.closest(".nopan, .nodrag, button, .react-flow__panel, .react-flow__node.draggable")) continue;
        return { x, y };
      }
    return null;
  });
}

/** A hand's drag of the pressed mouse from `start`: 60 moves of 4 px up and left, one a frame. */
export async function panMoves(page: Page, start: { x: number; y: number }): Promise<void> {
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(start.x - i * 4, start.y - i * 4);
    await sleep(16);
  }
}

/**
 * Opens a generated topology of `size` instances with Open… (every instance of `type` when given:
 * an unknown one such as t3.micrx puts a warning on each, review case B10), and waits until the app
 * says it opened it, the picture shows instances and the layout is done. `beforeFile` runs right
 * before the file is handed over (e.g. to start a profile).
 */
export async function openGenerated(
  page: Page,
  size: number,
  type: string,
  timeoutMs: number,
  beforeFile?: () => Promise<unknown>,
): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), "ec2viz-open-")), `inst-${size}.json`);
  const doc = generateTopology(size, 1);
  if (type) for (const i of doc.instances) i.instanceType = type;
  writeFileSync(file, JSON.stringify(doc));
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open…", exact: true }).click();
  await beforeFile?.();
  await (await chooser).setFiles(file);
  // Not the "Opening inst-… (large)" notice that comes first: the outcome, then the picture.
  await page
    // A CSS selector, not getByRole or getByText: those walk the whole page's tree and text on each
    // poll (a 100+ ms task of the bench's own at 10,000 instances, counted as the page's).
    .locator('[role="status"]')
    .filter({ hasText: new RegExp(`Opened inst-${size}`) })
    .waitFor({ timeout: timeoutMs });
  await page.waitForFunction((n) => window.__bench.instancesShown() >= n, Math.min(size, 1000) / 2, {
    polling: "raf",
    timeout: timeoutMs,
  });
  await page.locator(".ec2viz-status.is-busy").waitFor({ state: "detached", timeout: timeoutMs });
}
