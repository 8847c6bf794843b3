// Opening huge documents in the built app (issue #15, B9): for each size, a generated topology is
// opened with Open… in a fresh Chromium page, then an instance is dropped, the drop undone, a share
// link asked for, and the autosave looked at. Printed per step: the wall time, the longest
// main-thread task meanwhile (PerformanceObserver 'longtask'), and what the page said. A crashed
// tab is reported as such. Speed is never asserted; this only prints.
//
//   npx tsx bench/browser/huge-open.ts --sizes 10000,50000,100000 [--port 5207] [--no-build]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { generateTopology } from "../../src/model/examples/generate.ts";
import { INIT_SCRIPT } from "./instrument.ts";
import { dropInstance, startPreview } from "./page-actions.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const argv = process.argv.slice(2);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
};
const sizes = (value("--sizes") ?? "10000,50000,100000").split(",").map(Number);
const port = Number(value("--port") ?? 4228);
const STEP_TIMEOUT = Number(value("--step-timeout") ?? 600_000);

const now = (page: Page) => page.evaluate(() => performance.now());
const longest = (page: Page, since: number) => page.evaluate((s) => window.__bench.longest(s), since);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function step(page: Page, name: string, action: () => Promise<string>): Promise<void> {
  const start = await now(page);
  const wall = Date.now();
  let said: string;
  try {
    said = await action();
  } catch (error) {
    said = `FAILED: ${String((error as Error).message).split("\n")[0]}`;
  }
  const took = Date.now() - wall;
  const task = await longest(page, start).catch(() => Number.NaN);
  console.log(
    `  ${name.padEnd(12)} ${seconds(took).padStart(8)}  longest task ${Math.round(task)} ms  ${said}`,
  );
}

/** The newest notice's text (status or alert), once one mentioning `pattern` shows. */
async function notice(page: Page, pattern: RegExp): Promise<string> {
  const n = page.locator('[role="status"], [role="alert"]').filter({ hasText: pattern }).last();
  await n.waitFor({ timeout: STEP_TIMEOUT });
  return ((await n.textContent()) ?? "").replace(/\s+/g, " ").slice(0, 200);
}

async function main(): Promise<void> {
  if (!argv.includes("--no-build")) execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "ignore" });
  const stop = await startPreview(join(ROOT, "dist"), port, { cwd: ROOT, probePath: "/" });
  const dir = mkdtempSync(join(tmpdir(), "ec2viz-huge-"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const size of sizes) {
      const file = join(dir, `inst-${size}.json`);
      const text = JSON.stringify(generateTopology(size, 1));
      writeFileSync(file, text);
      console.log(`${size} instances (${(text.length / 1e6).toFixed(1)} MB JSON)`);
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT);
      let crashed = false;
      page.on("crash", () => {
        crashed = true;
        console.log("  TAB CRASHED");
      });
      await page.addInitScript(INIT_SCRIPT);
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator(".react-flow__node").first().waitFor();
      await step(page, "open", async () => {
        const chooser = page.waitForEvent("filechooser");
        await page.getByRole("button", { name: "Open…", exact: true }).click();
        await (await chooser).setFiles(file);
        const said = await notice(page, new RegExp(`inst-${size}`));
        await page.getByText("Laying out…").waitFor({ state: "hidden" });
        return said;
      });
      if (crashed) continue;
      await step(page, "drop", async () => {
        const painted = await dropInstance(page, STEP_TIMEOUT);
        return painted === null ? "no subnet on screen" : `painted after ${Math.round(painted)} ms`;
      });
      await step(page, "undo", async () => {
        const undo = page.getByRole("button", { name: "Undo", exact: true });
        if (await undo.isDisabled()) return "nothing to undo";
        await undo.click();
        await page.getByText("Laying out…").waitFor({ state: "hidden" });
        return "undone";
      });
      await step(page, "share link", async () => {
        await page.getByRole("button", { name: "Export", exact: true }).click();
        await page.getByRole("button", { name: "Copy share link", exact: true }).click();
        const said = await notice(page, /share link|clipboard/i);
        const link = page.getByRole("textbox", { name: "Share link" });
        const length = (await link.count()) > 0 ? (await link.inputValue()).length : 0;
        await page.keyboard.press("Escape");
        return `${said}${length ? ` (link ${length} characters)` : ""}`;
      });
      await step(page, "autosave", async () => {
        await page.waitForTimeout(3000);
        const where = await page.evaluate(
          () => JSON.parse(localStorage.getItem("ec2viz.topology.v1.meta") ?? "{}").where,
        );
        const alarm = page.getByRole("alert").filter({ hasText: /can't keep|isn't keeping/ });
        return `kept in ${where ?? "?"}${(await alarm.count()) > 0 ? `; said: ${await alarm.textContent()}` : ""}`;
      });
      await context.close();
    }
  } finally {
    await browser.close();
    stop();
  }
}

await main();
