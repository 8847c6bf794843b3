// Issue #14's size budget: the JavaScript a first visit fetches before its first picture is painted
// (index.html's scripts and preloads, and whatever they ask for before the paint) stays within
// 200 KB gzip. A size, not a time: the same on a busy machine. `npm run bench:bundle` prints the
// per-file list.
import { gzipSync } from "node:zlib";
import { expect, type Response, test } from "@playwright/test";
import { FIRST_PICTURE_MARK } from "../src/diagram/first-picture.ts";

const BUDGET = 200 * 1024;

test("a first visit fetches at most 200 KB of JavaScript (gzip) before the first picture", async ({
  page,
  context,
}) => {
  const scripts: { file: string; asked: number; body: Promise<Buffer | null> }[] = [];
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js")) return;
    scripts.push({
      file: url.pathname.split("/").pop() ?? url.pathname,
      asked: response.request().timing().startTime,
      body: response.body().catch(() => null),
    });
  };
  context.on("response", onResponse);
  await page.goto("/?example=seed");
  await expect(page.getByRole("button", { name: "EC2 instance web-1", exact: true })).toBeVisible();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_PICTURE_MARK);
  const paintedAt = await page.evaluate(
    (mark) => performance.timeOrigin + (performance.getEntriesByName(mark)[0]?.startTime ?? 0),
    FIRST_PICTURE_MARK,
  );
  // Code asked for after the picture (panels, rules, export) arrives too: the app keeps working.
  await expect(page.getByRole("button", { name: "Export", exact: true })).toBeEnabled();
  context.off("response", onResponse);

  const before = scripts.filter((s) => s.asked < paintedAt);
  const sizes = await Promise.all(
    before.map(async (s) => {
      const body = await s.body;
      expect(body, `${s.file} was read`).not.toBeNull();
      return { file: s.file, gzip: gzipSync(body as Buffer, { level: 9 }).length };
    }),
  );
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  expect(before.length).toBeGreaterThan(0);
  // Something was left for later: the deferred chunks are not in the first picture's set.
  expect(scripts.length).toBeGreaterThan(before.length);
  expect(total, sizes.map((s) => `${s.file} ${s.gzip}`).join(", ")).toBeLessThanOrEqual(BUDGET);
});
