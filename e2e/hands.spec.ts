// Issue #12, "works in a person's hands": the keyboard path through the panel, examples that never
// overwrite work silently, the empty canvas that says what to do, the first Region's place.
import { expect, test } from "@playwright/test";
import { details, diagramNode, openDiagram, paletteItem, startEmpty, toolbarButton } from "./fixtures/app.ts";
import { rectOf } from "./fixtures/diagram.ts";

test.describe("in a person's hands", () => {
  test("Enter on a box moves focus into the panel, Escape brings it back to the box", async ({ page }) => {
    await openDiagram(page);
    const button = page.getByRole("button", { name: "EC2 instance web-1", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(details(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test("a skip link jumps past the palette to the diagram", async ({ page }) => {
    await openDiagram(page);
    const skip = page.getByRole("link", { name: "Skip to the diagram" });
    await skip.focus();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest(".react-flow") !== null);
    expect(focused).toBe(true);
  });

  test("the panel answers first: reachability before the facts, the essay last; a jump starts at the top", async ({
    page,
  }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    const headings = await details(page).getByRole("heading", { level: 3 }).allTextContents();
    const at = (title: string) => headings.findIndex((h) => h.includes(title));
    expect(at("Can the internet reach it?")).toBeGreaterThanOrEqual(0);
    expect(at("Can the internet reach it?")).toBeLessThan(at("This resource"));
    expect(at("This resource")).toBeLessThan(at("What is it?"));
    // Scrolled to the bottom, a jump to the security group opens it at its top.
    const panel = details(page);
    await panel.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await panel.getByRole("link", { name: "Security group web" }).last().click();
    await expect(panel.getByRole("heading", { level: 2 }).first()).toHaveText("Security group");
    expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  });

  test("an example opens once: a reload keeps the work made since", async ({ page }) => {
    await openDiagram(page, "?example=seed");
    await expect(page).not.toHaveURL(/example=/);
    await diagramNode(page, "Public subnet public-a").click({ position: { x: 60, y: 14 } });
    await paletteItem(page, "EC2 instance").focus();
    await page.keyboard.press("Enter");
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
    await page.waitForTimeout(800); // autosave is debounced
    await page.reload();
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
    // Opening an example over that work says how to get it back.
    await page.goto("/?example=showcase");
    await expect(page.getByRole("status").filter({ hasText: "Undo" })).toContainText("showcase");
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
  });

  test("after New the empty canvas says what to drag first", async ({ page }) => {
    await openDiagram(page);
    await startEmpty(page);
    await expect(page.getByText("Start with a Region")).toBeVisible();
    await paletteItem(page, "Region").focus();
    await page.keyboard.press("Enter");
    await expect(diagramNode(page, "Region N. Virginia")).toBeVisible();
    await expect(page.getByText("Start with a Region")).toHaveCount(0);
  });
});

test.describe("keeping the work in view", () => {
  for (const name of ["EBS volume web-c-root", "EBS volume db-c-root"]) {
    test(`${name}, near the right edge, stays in view when the panel opens`, async ({ page }) => {
      await openDiagram(page, "?example=showcase");
      const canvas = page.locator(".workbench__canvas");
      const node = diagramNode(page, name);
      await node.click({ position: { x: 30, y: 12 } });
      await expect(details(page)).toBeVisible();
      await expect(async () => {
        const box = await rectOf(node);
        const view = await rectOf(canvas);
        expect(box.x).toBeGreaterThanOrEqual(view.x);
        expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
        expect(box.y).toBeGreaterThanOrEqual(view.y);
        expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
      }).toPass();
    });
  }

  test("folding a big container fits the small picture again, never past 100%", async ({ page }) => {
    await openDiagram(page, "?example=large-300");
    const vpc = page.locator(".react-flow__node-vpc").first();
    await vpc.locator("button[aria-label^='Collapse']").first().click();
    await expect(async () => {
      const box = await rectOf(vpc);
      const view = await rectOf(page.locator(".workbench__canvas"));
      // Not a speck in a corner: the folded box is in view and a readable size.
      expect(box.x).toBeGreaterThanOrEqual(view.x);
      expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
      expect(box.width).toBeGreaterThan(120);
      const zoom = await page.evaluate(() => {
        const t = document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "";
        return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? "0");
      });
      expect(zoom).toBeLessThanOrEqual(1);
    }).toPass();
  });
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("the first Region follows the browser's language", async ({ page }) => {
    await openDiagram(page);
    await startEmpty(page);
    await paletteItem(page, "Region").focus();
    await page.keyboard.press("Enter");
    await expect(diagramNode(page, "Region Seoul")).toBeVisible();
  });
});
