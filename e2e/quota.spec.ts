// The browser's real storage quota (issue #15, B3), in Chromium: past localStorage's limit the work
// goes to IndexedDB and comes back on reload; where nothing can keep it, the user is told at once.
// A localStorage so full that not even the small "where is it" record fits: IndexedDB keeps the
// record too, so the work is kept and found without an alarm.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { diagramNode, openDiagram } from "./fixtures/app.ts";

/** Fills localStorage to the last byte with other data (halving the chunk at each refusal). */
async function fillLocalStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    let n = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler-${n}`, chunk);
        n++;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    return n;
  });
}

test.describe("storage quota", () => {
  test("a full localStorage: the work is kept in IndexedDB and comes back on reload", async ({ page }) => {
    await openDiagram(page);
    const filled = await fillLocalStorage(page);
    // Room for the small record saying where the work is, not for the work itself.
    await page.evaluate((n) => {
      let freed = 0;
      for (let i = n - 1; i >= 0 && freed < 2048; i--) {
        freed += localStorage.getItem(`filler-${i}`)?.length ?? 0;
        localStorage.removeItem(`filler-${i}`);
      }
    }, filled);
    // A bigger document than the seed: it can't replace the seed's save in the full localStorage.
    await page.goto("/?example=showcase");
    await expect(diagramNode(page, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(() =>
        page.evaluate(() => JSON.parse(localStorage.getItem("ec2viz.topology.v1.meta") ?? "{}").where),
      )
      .toBe("large");
    await expect(page.getByRole("alert").filter({ hasText: "can't keep" })).toHaveCount(0);
    await page.goto("/");
    await expect(diagramNode(page, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
  });

  test("a localStorage too full for even the small record: IndexedDB keeps that too, no alarm, back on reload", async ({
    page,
  }) => {
    await openDiagram(page);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("ec2viz")) localStorage.removeItem(key);
    });
    await fillLocalStorage(page);
    await page.goto("/?example=showcase");
    await expect(diagramNode(page, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
    const recordInIndexedDb = () =>
      page.evaluate(
        () =>
          new Promise<string | undefined>((resolve) => {
            const open = indexedDB.open("ec2viz", 1);
            open.onerror = () => resolve(undefined);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains("autosave")) return resolve(undefined);
              const get = db.transaction("autosave").objectStore("autosave").get("ec2viz.topology.v1.meta");
              get.onsuccess = () => resolve(JSON.parse(String(get.result ?? "{}")).where);
              get.onerror = () => resolve(undefined);
            };
          }),
      );
    await expect.poll(recordInIndexedDb).toBe("large");
    expect(await page.evaluate(() => localStorage.getItem("ec2viz.topology.v1.meta"))).toBeNull();
    await expect(page.getByRole("alert").filter({ hasText: "can't keep" })).toHaveCount(0);
    await page.goto("/");
    await expect(diagramNode(page, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("alert").filter({ hasText: "can't keep" })).toHaveCount(0);
  });

  test("nowhere to keep it (full localStorage, no IndexedDB): said at once, with Save", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
    await openDiagram(page);
    await fillLocalStorage(page);
    await page.goto("/?example=showcase");
    await expect(diagramNode(page, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
    const alert = page.getByRole("alert").filter({ hasText: "can't keep a document this large" });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert.getByRole("button", { name: "Save a copy" })).toBeVisible();
  });

  test("IndexedDB over its quota too: said at once, with Save, which keeps the work; the older save stays", async ({
    page,
    context,
  }) => {
    // A document smaller than the showcase saved first (an example opens as an edit, which is kept).
    await openDiagram(page, "?example=large-3");
    const saved = () => page.evaluate(() => localStorage.getItem("ec2viz.topology.v1"));
    await expect.poll(saved).toContain('"version"');
    const older = await saved();
    // The origin's quota (IndexedDB's) made tiny, as a nearly full disk would: Chromium's DevTools protocol.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1024 });
    await fillLocalStorage(page);
    await page.goto("/?example=showcase");
    await expect(diagramNode(page, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
    const alert = page.getByRole("alert").filter({ hasText: "can't keep a document this large" });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    // Nothing written over: the older save is still there, whole.
    expect(await page.evaluate(() => localStorage.getItem("ec2viz.topology.v1"))).toBe(older);
    // Save keeps the work the browser can't: the whole document, as a file.
    const download = page.waitForEvent("download");
    await alert.getByRole("button", { name: "Save a copy" }).click();
    const path = await (await download).path();
    const file = JSON.parse(await readFile(path, "utf8"));
    expect(file.instances.map((i: { name?: string }) => i.name)).toContain("orders-db-replica");
  });
});
