// Issue #14's size budget: the JavaScript a first visit fetches before its first picture is painted
// (index.html's scripts and preloads, and whatever they ask for before the paint) stays within
// 200 KB gzip. A size, not a time: the same on a busy machine. `npm run bench:bundle` prints the
// per-file list.
import { gzipSync } from "node:zlib";
import { expect, type Response, test } from "@playwright/test";
import { FIRST_PICTURE_MARK } from "../src/diagram/first-picture.ts";
import { KO_FIRST as ko } from "../src/i18n/strings-ko.ts";

const BUDGET = 200 * 1024;

// The seed, and a generated 1,000-instance topology (its first picture loads the layout worker
// instead of the page's layout engine).
const PAGES = [
  { example: "seed", firstBox: "EC2 instance web-1" },
  { example: "large-1000", firstBox: null },
] as const;

// Each page with an English UI and with a Korean one (the browser's language): each language's
// strings are a chunk of their own, so a Korean first visit doesn't fetch the English table first.
for (const locale of ["en-US", "ko-KR"] as const)
  test.describe(`UI language ${locale}`, () => {
    test.use({ locale });
    for (const { example, firstBox } of PAGES) budgetTest(example, firstBox, locale);
  });

function budgetTest(example: string, firstBox: string | null, locale: "en-US" | "ko-KR") {
  const ui = locale === "ko-KR" ? " with a Korean UI" : "";
  test(`a first visit to ?example=${example}${ui} fetches at most 200 KB of JavaScript (gzip) before the first picture`, async ({
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
    await page.goto(`/?example=${example}`);
    if (firstBox) await expect(page.getByRole("button", { name: firstBox, exact: true })).toBeVisible();
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_PICTURE_MARK, {
      timeout: 60_000,
    });
    const paintedAt = await page.evaluate(
      (mark) => performance.timeOrigin + (performance.getEntriesByName(mark)[0]?.startTime ?? 0),
      FIRST_PICTURE_MARK,
    );
    // Code asked for after the picture (panels, rules, export) arrives too: the app keeps working.
    await expect(page.getByRole("button", { name: "Export", exact: true })).toBeEnabled({ timeout: 60_000 });
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
    // A large example is laid out in the worker: index.html doesn't ask for the page's engine.
    if (example !== "seed")
      expect(before.map((s) => s.file).filter((file) => /^layout-/.test(file))).toEqual([]);
    const named = (prefix: string) => (s: { file: string }) => s.file.startsWith(prefix);
    const firstWords = (lang: string) => (s: { file: string }) =>
      new RegExp(`^strings-${lang}-[\\w-]{8}\\.js$`).test(s.file);
    // The later words (panels, forms, dialogs) come after the picture, with the code that shows them.
    expect(before.filter(named("strings-en-later"))).toEqual([]);
    expect(before.filter(named("strings-ko-later"))).toEqual([]);
    if (locale === "en-US") {
      // An English page doesn't fetch the Korean strings at all (they come when the user switches).
      expect(scripts.filter(named("strings-ko"))).toEqual([]);
      expect(before.filter(firstWords("en")).length).toBe(1);
      expect(scripts.filter(named("strings-en-later")).length).toBe(1);
    } else {
      // A Korean page fetches its own first words first, and English only after the picture.
      expect(before.filter(firstWords("ko")).length).toBe(1);
      expect(scripts.filter(named("strings-ko-later")).length).toBe(1);
      expect(before.filter(named("strings-en"))).toEqual([]);
      await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    }
    expect(total, sizes.map((s) => `${s.file} ${s.gzip}`).join(", ")).toBeLessThanOrEqual(BUDGET);
  });
}

test("a Korean page fetches the Korean strings before its first picture; an English one when the user switches", async ({
  browser,
}) => {
  const korean = await browser.newContext({ locale: "ko-KR" });
  const koreanDiagnostics = { name: new RegExp(`^${ko["app.diagnostics"]}: `) };
  const koPage = await korean.newPage();
  const koFetched: string[] = [];
  koPage.on("request", (request) => koFetched.push(new URL(request.url()).pathname.split("/").pop() ?? ""));
  await koPage.goto("/?example=seed");
  await expect(koPage.getByRole("button", { name: "EC2 instance web-1", exact: true })).toBeVisible();
  // The Korean UI from its first render: the diagnostics button is named in Korean.
  await expect(koPage.getByRole("button", koreanDiagnostics)).toBeVisible();
  await expect(koPage.locator("html")).toHaveAttribute("lang", "ko");
  expect(koFetched.some((file) => file.startsWith("strings-ko"))).toBe(true);
  await korean.close();

  const english = await browser.newContext({ locale: "en-US" });
  const page = await english.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname.split("/").pop() ?? ""));
  await page.goto("/?example=seed");
  await expect(page.getByRole("button", { name: "EC2 instance web-1", exact: true })).toBeVisible();
  expect(fetched.some((file) => file.startsWith("strings-ko"))).toBe(false);
  await page.getByRole("button", { name: "한국어", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("button", { name: "English", exact: true })).toBeVisible();
  await expect(page.getByRole("button", koreanDiagnostics)).toBeVisible();
  expect(fetched.some((file) => file.startsWith("strings-ko"))).toBe(true);
  await english.close();
});
