// `npx tsx bench/browser/first-use.ts`: what a first click waits for when its code (and words) are
// fetched after the first picture (issue #14): each action is done at once when the first box is
// painted, the worst moment, on a fresh page with empty storage:
//   details  click the seed's instance → the Details panel shows its heading
//   validate open ?example=showcase, click the Diagnostics button → the list shows its first entry
//   export   click Export, then "Topology (JSON)" → the download starts
//   import   Open… a CloudFormation template → the import report is shown
//   open     nothing more: the seed's first box painted after navigation (--actions open)
// Each is measured from the click (or the file chosen) to the frame painted after it, in the page's
// clock, with the main thread's CPU over the same span (CDP TaskDuration). Also the first box
// painted after navigation. With --baseline=DIR every load is paired with the same load of that
// build, one after the other: on a shared, busy machine only such pairs mean something.
//
//   npx tsx bench/browser/first-use.ts [--dist dist] [--baseline DIR] [--runs 3] [--port 5432]
//        [--locales en-US,ko-KR] [--actions details,validate,export,import]
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { median } from "../stats.ts";
import { INIT_SCRIPT } from "./instrument.ts";
import { CHROMIUM_PATH, optionReader, QUIET_CHROMIUM_ARGS } from "./options.ts";
import { startPreview } from "./page-actions.ts";

const argv = process.argv.slice(2);
const value = optionReader(argv);
const ROOT = resolve(import.meta.dirname, "../..");
const dist = resolve(ROOT, value("--dist", "dist"));
const baseline = argv.some((a) => a.startsWith("--baseline")) ? resolve(value("--baseline", "")) : undefined;
const runs = Math.max(1, Number(value("--runs", "3")));
const port = Number(value("--port", "5432"));
const locales = value("--locales", "en-US,ko-KR").split(",").filter(Boolean);
const ACTIONS = ["details", "validate", "export", "import"] as const;
type Action = (typeof ACTIONS)[number] | "open";
const actions = value("--actions", ACTIONS.join(",")).split(",") as Action[];

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.1.0/24
      AvailabilityZone: ap-northeast-2a
  Web:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0123456789abcdef0
      SubnetId: !Ref Subnet
  Bucket:
    Type: AWS::S3::Bucket
`;

/** In the page: the time of the next user event of `type`, and the frame painted once `selector` shows. */
const ARM = `(([type, selector]) => {
  window.__use = {};
  document.addEventListener(type, () => { window.__use.start ??= performance.now(); }, { capture: true, once: true });
  const seen = () => {
    if (window.__use.start === undefined || window.__use.seen) return;
    const el = document.querySelector(selector);
    if (!el || el.getBoundingClientRect().width === 0) return;
    window.__use.seen = true;
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { window.__use.end = performance.now(); }; c.port2.postMessage(0); });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})`;

interface Sample {
  firstBox: number;
  ms: number;
  cpu: number;
}

/** The page's main-thread task time so far (s), read through one DevTools session per page. */
async function taskClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  return async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "TaskDuration")?.value ?? Number.NaN;
  };
}

async function measure(browser: Browser, origin: string, action: Action, locale: string): Promise<Sample> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale,
    acceptDownloads: true,
  });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const taskSeconds = await taskClock(page);
  try {
    const example = action === "validate" ? "showcase" : "seed";
    await page.goto(`${origin}/index.html?example=${example}`);
    await page.waitForFunction(() => window.__bench.firstPicture !== null, null, {
      timeout: 120_000,
      polling: 10,
    });
    const firstBox = await page.evaluate(() => window.__bench.firstPicture ?? Number.NaN);
    if (action === "open") return { firstBox, ms: firstBox, cpu: (await taskSeconds()) * 1000 };
    const [type, selector] =
      action === "details"
        ? ["click", '[role="complementary"][aria-label="Details"] h2']
        : action === "validate"
          ? ["click", "section.diagnostics li.diagnostic"]
          : action === "export"
            ? ["click", "body"] // the download ends it (below)
            : ["change", 'dialog[aria-label="Import report"]'];
    await page.evaluate(`${ARM}(${JSON.stringify([type, selector])})`);
    const cpuBefore = await taskSeconds();
    const t0 = Date.now();
    if (action === "details")
      await page.getByRole("button", { name: "EC2 instance web-1", exact: true }).click();
    else if (action === "validate") await page.getByRole("button", { name: /^(Diagnostics|진단): / }).click();
    else if (action === "export") {
      await page.getByRole("button", { name: "Export", exact: true }).click();
      const download = page.waitForEvent("download", { timeout: 120_000 });
      await page.getByRole("button", { name: "Topology (JSON)", exact: true }).click();
      await download;
      const ms = Date.now() - t0;
      const cpu = (await taskSeconds()) - cpuBefore;
      return { firstBox, ms, cpu: cpu * 1000 };
    } else {
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open…", exact: true }).click();
      await (await chooser).setFiles({
        name: "shop.yaml",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(TEMPLATE),
      });
    }
    const handle = await page.waitForFunction(
      () => {
        const u = (window as unknown as { __use: { start?: number; end?: number } }).__use;
        return u.end !== undefined && u.start !== undefined ? u.end - u.start : null;
      },
      null,
      { timeout: 120_000, polling: 10 },
    );
    const ms = (await handle.jsonValue()) as number;
    const cpu = (await taskSeconds()) - cpuBefore;
    return { firstBox, ms, cpu: cpu * 1000 };
  } finally {
    await context.close();
  }
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");

async function main(): Promise<void> {
  const stops = [await startPreview(dist, port, { cwd: ROOT, probePath: "/index.html" })];
  if (baseline) stops.push(await startPreview(baseline, port + 1, { cwd: ROOT, probePath: "/index.html" }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: QUIET_CHROMIUM_ARGS,
  });
  const builds = baseline
    ? [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`]
    : [`http://127.0.0.1:${port}`];
  try {
    // Warm-up: the servers' and the disk's caches.
    for (const origin of builds) await measure(browser, origin, "details", "en-US");
    console.log(
      `first use after the first picture (${dist}${baseline ? ` vs ${baseline}` : ""}), median of ${runs}; ms = wall in the page, cpu = main-thread task ms`,
    );
    console.log(
      ["action", "locale", "ms", "cpu", "first box", ...(baseline ? ["base ms", "base cpu", "base box"] : [])]
        .map((h, i) => (i < 2 ? h.padEnd(9) : h.padStart(9)))
        .join(""),
    );
    for (const action of actions)
      for (const locale of locales) {
        const got: Sample[][] = builds.map(() => []);
        // Each run swaps which build goes first: the second inherits the first's wake on the machine.
        for (let r = 0; r < runs; r++)
          for (const i of r % 2 === 0 ? [...builds.keys()] : [...builds.keys()].reverse())
            got[i]?.push(await measure(browser, builds[i] as string, action, locale));
        const cells = got.flatMap((samples) => [
          median(samples.map((s) => s.ms)),
          median(samples.map((s) => s.cpu)),
          median(samples.map((s) => s.firstBox)),
        ]);
        console.log(`${action.padEnd(9)}${locale.padEnd(9)}${cells.map((c) => fmt(c).padStart(9)).join("")}`);
        if (argv.includes("--raw"))
          console.log(
            `  raw ${JSON.stringify(got.map((s) => s.map((x) => [Math.round(x.ms), Math.round(x.cpu)])))}`,
          );
      }
  } finally {
    await browser.close();
    for (const stop of stops) stop();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
