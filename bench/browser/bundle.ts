// `npm run bench:bundle`: the JavaScript a page fetches before its first picture is painted,
// per file and in total (bytes and gzip -9 bytes), against the 200 KB gzip goal. A size, not a
// time: the same on a busy machine as on a quiet one.
//
//   npm run bench:bundle -- [--no-build] [--dist dist] [--examples seed,large-1000] [--port 4229]
//        [--locale en-US|ko-KR]
//
// Each example is opened in a fresh headless Chromium (Debian's) with an empty profile; every
// script response (the page's modules and its workers') is counted until the first box is on
// screen (the same detector as bench:browser). Files fetched later are listed separately.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { INIT_SCRIPT } from "./instrument.ts";
import { CHROMIUM_PATH, optionReader } from "./options.ts";
import { startPreview } from "./page-actions.ts";

/** The issue's goal for what the first picture loads, gzip -9 bytes. */
export const INITIAL_JS_BUDGET = 200 * 1024;

const argv = process.argv.slice(2);
const value = optionReader(argv);

if (argv.includes("--help") || argv.includes("-h")) {
  console.log(
    "npm run bench:bundle -- [--no-build] [--dist dist] [--examples seed,large-1000] [--port 4229] [--locale ko-KR]\n" +
      "Prints the JavaScript fetched before the first picture (gzip -9 bytes) for each example.",
  );
  process.exit(0);
}

const ROOT = resolve(import.meta.dirname, "../..");
const dist = resolve(ROOT, value("--dist", "dist"));
const examples = value("--examples", "seed,large-1000").split(",").filter(Boolean);
const port = Number(value("--port", process.env.BENCH_PORT ?? "4229"));
/** The browser's language, which the UI starts in (each UI language's strings are a chunk of their own). */
const locale = value("--locale", "en-US");

interface Fetched {
  file: string;
  raw: number;
  gzip: number;
  beforeFirst: boolean;
}

async function main(): Promise<void> {
  if (!argv.includes("--no-build"))
    execFileSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", dist], {
      cwd: ROOT,
      stdio: "inherit",
    });
  if (!existsSync(resolve(dist, "index.html"))) throw new Error(`no built app in ${dist}`);
  const stop = await startPreview(dist, port, { cwd: ROOT, probePath: "/index.html" });
  let over = false;
  try {
    for (const example of examples) {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      });
      try {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
        await context.addInitScript(INIT_SCRIPT);
        const page = await context.newPage();
        const pending: Promise<(Fetched & { asked: number }) | null>[] = [];
        const onResponse = (response: import("@playwright/test").Response) => {
          const url = new URL(response.url());
          if (!url.pathname.endsWith(".js")) return;
          // When the request was sent (ms since the epoch), to compare with the first paint.
          const asked = response.request().timing().startTime;
          pending.push(
            response.body().then(
              (body) => ({
                file: url.pathname.split("/").pop() ?? url.pathname,
                raw: body.length,
                gzip: gzipSync(body, { level: 9 }).length,
                beforeFirst: false,
                asked,
              }),
              () => null,
            ),
          );
        };
        // Worker scripts are fetched by the worker, not the page: listen on the context.
        context.on("response", onResponse);
        await page.goto(`http://127.0.0.1:${port}/index.html?example=${example}`);
        await page.waitForFunction(() => window.__bench.firstPicture !== null, null, {
          timeout: 180_000,
          polling: 50,
        });
        const paintedAt = await page.evaluate(
          () => performance.timeOrigin + (window.__bench.firstPicture ?? 0),
        );
        await page.waitForTimeout(1500);
        const got = (await Promise.all(pending))
          .filter((f) => f !== null)
          .map((f) => ({ ...f, beforeFirst: f.asked < paintedAt }));
        const first = got.filter((f) => f.beforeFirst);
        const later = got.filter((f) => !f.beforeFirst);
        const sum = (fs: Fetched[], k: "raw" | "gzip") => fs.reduce((s, f) => s + f[k], 0);
        const total = sum(first, "gzip");
        if (total > INITIAL_JS_BUDGET) over = true;
        console.log(`\n?example=${example} (${locale} UI): before the first picture`);
        for (const f of first.sort((a, b) => b.gzip - a.gzip))
          console.log(`  ${String(f.gzip).padStart(8)}  ${String(f.raw).padStart(8)}  ${f.file}`);
        console.log(
          `  initial JS: ${sum(first, "raw")} bytes, ${total} bytes gzip -9 ` +
            `(${total <= INITIAL_JS_BUDGET ? "within" : "OVER"} the ${INITIAL_JS_BUDGET}-byte goal)`,
        );
        if (later.length > 0)
          console.log(
            `  later: ${later.map((f) => `${f.file} ${f.gzip}`).join(", ")} (${sum(later, "gzip")} bytes gzip -9)`,
          );
        await context.close();
      } finally {
        await browser.close();
      }
    }
  } finally {
    stop();
  }
  if (argv.includes("--check") && over) process.exit(1);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
