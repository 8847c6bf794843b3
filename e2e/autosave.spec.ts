// Autosave never loses work in silence (issue #15): an unreadable save is kept and named at once,
// and two tabs on the same work notice each other instead of overwriting.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { diagramNode, openDiagram, startEmpty, toolbarButton } from "./fixtures/app.ts";

test.describe("autosave", () => {
  test("an unreadable (newer) save is kept aside and the user is told at once", async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem("planted")) return;
      sessionStorage.setItem("planted", "1");
      localStorage.setItem("ec2viz.topology.v1", '{"version":99}');
    });
    await openDiagram(page);
    const alert = page.getByRole("alert").filter({ hasText: "couldn't be read" });
    await expect(alert).toContainText("format version 99");
    await expect(alert.getByRole("button", { name: "Download the saved copy" })).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("ec2viz.topology.v1.unreadable"))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version":99}']);
  });

  test("a save with keys a newer ec2viz wrote can be opened without them; the full copy stays", async ({
    page,
  }) => {
    const doc = JSON.parse(readFileSync("examples/web-two-az.json", "utf8"));
    const raw = JSON.stringify({ ...doc, ownerTeam: "web", vpcs: [{ ...doc.vpcs[0], flowLogs: true }] });
    await page.addInitScript((text) => {
      if (sessionStorage.getItem("planted")) return;
      sessionStorage.setItem("planted", "1");
      localStorage.setItem("ec2viz.topology.v1", text);
    }, raw);
    await openDiagram(page);
    const alert = page.getByRole("alert").filter({ hasText: "couldn't be read" });
    await expect(alert).toContainText("$.ownerTeam");
    await expect(alert).toContainText("$.vpcs[0].flowLogs");
    await expect(diagramNode(page, "EC2 instance web-a")).toHaveCount(0);
    await alert.getByRole("button", { name: "Open without unknown keys" }).click();
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "opened without" })).toContainText("$.ownerTeam");
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("ec2viz.topology.v1.unreadable"))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([raw]);
    // Undo brings back what was on the canvas before.
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-a")).toHaveCount(0);
  });

  test("two tabs on the same work notice each other and never overwrite without asking", async ({
    page,
    context,
  }) => {
    await openDiagram(page);
    const other = await context.newPage();
    await openDiagram(other);
    await startEmpty(page); // this tab's edit is autosaved
    const alert = other.getByRole("alert").filter({ hasText: "changed in another tab" });
    await expect(alert).toBeVisible({ timeout: 10_000 });
    const saved = await other.evaluate(() => localStorage.getItem("ec2viz.topology.v1"));
    expect(JSON.parse(saved ?? "{}").regions).toEqual([]);
    await alert.getByRole("button", { name: "Load the other tab's version" }).click();
    await expect(other.locator(".react-flow__node")).toHaveCount(0);
    await expect(alert).toHaveCount(0);
  });

  test("a big save comes back after a reload, read by the reader worker as a file is (#15)", async ({
    page,
  }) => {
    test.slow(); // 8,000 instances drawn twice
    // 8,000 generated instances: about 2.4 MB of JSON, past LARGE_OPEN_BYTES (2 MB), and past
    // LOCAL_TEXT_MAX: kept in IndexedDB, as the record in localStorage says.
    await openDiagram(page, "?example=large-8000");
    await expect
      .poll(
        () => page.evaluate(() => JSON.parse(localStorage.getItem("ec2viz.topology.v1.meta") ?? "{}").where),
        { timeout: 60_000 },
      )
      .toBe("large");
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.goto("/");
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".ec2viz-miniature")].reduce(
          (n, m) => n + Number(m.dataset.count ?? 0),
          0,
        ),
      );
    await expect.poll(shown, { timeout: 90_000 }).toBeGreaterThan(1000);
    expect(workers.some((url) => /read-files/.test(url))).toBe(true);
    // Read, not refused: no "couldn't be read", nothing said at all.
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  });

  test("a browser that blocks storage (private mode, privacy settings) is named at once, with Save", async ({
    page,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, "localStorage", {
        get: () => {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      }),
    );
    await openDiagram(page);
    const alert = page.getByRole("alert").filter({ hasText: "isn't keeping your work" });
    await expect(alert).toBeVisible();
    const download = page.waitForEvent("download");
    await alert.getByRole("button", { name: "Save a copy" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
  });
});
