// Autosave never loses work in silence (issue #15): an unreadable save is kept and named at once,
// and two tabs on the same work notice each other instead of overwriting.
import { expect, test } from "@playwright/test";
import { openDiagram, startEmpty } from "./fixtures/app.ts";

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
});
