import { expect, test } from "@playwright/test";
import { diagramNode, inside, layoutStatus, openDiagram, overlaps, rectOf } from "./fixtures/diagram.ts";

test.describe("diagram", () => {
  test("the seed example puts every kind of box inside the right container", async ({ page }) => {
    await openDiagram(page);
    const region = await rectOf(diagramNode(page, "Region Seoul"));
    const vpc = await rectOf(diagramNode(page, "VPC main-vpc"));
    const zone = await rectOf(diagramNode(page, "Availability Zone ap-northeast-2a"));
    const subnet = await rectOf(diagramNode(page, "Public subnet public-a"));
    const instance = await rectOf(diagramNode(page, "EC2 instance web-1"));
    const volume = await rectOf(diagramNode(page, "EBS volume web-1-root"));
    const gateway = await rectOf(diagramNode(page, "Internet gateway igw-main"));
    const internet = await rectOf(diagramNode(page, "Internet"));

    expect(inside(vpc, region)).toBe(true);
    expect(inside(zone, vpc)).toBe(true);
    expect(inside(subnet, zone)).toBe(true);
    expect(inside(instance, subnet)).toBe(true);
    expect(inside(volume, subnet)).toBe(true);
    expect(inside(gateway, vpc)).toBe(true);
    expect(overlaps(gateway, zone)).toBe(false);
    expect(overlaps(internet, region)).toBe(false);
    expect(internet.y + internet.height).toBeLessThanOrEqual(region.y);
    // The volume sits beside its instance.
    expect(volume.x).toBeGreaterThanOrEqual(instance.x + instance.width);
    expect(overlaps(volume, { ...instance, width: volume.x + 1 - instance.x })).toBe(true);
    // Security groups are badges on the instance, not boxes of their own.
    const badge = diagramNode(page, "EC2 instance web-1").getByRole("button", { name: "Security group web" });
    expect(inside(await rectOf(badge), instance)).toBe(true);

    await expect(page.locator(".react-flow__edge")).toHaveCount(3);
    await page.screenshot({ path: "docs/screenshots/seed-example.png" });
  });

  test("a 1,000-instance topology renders and can be panned", async ({ page }) => {
    await openDiagram(page, "?example=large-1000");
    await expect(page.locator(".react-flow__minimap")).toBeVisible();
    // Zoomed out, subnets draw miniatures instead of 2,000 separate boxes.
    await expect(page.locator(".ec2viz-miniature").first()).toBeVisible();
    expect(await page.locator(".react-flow__node").count()).toBeLessThan(200);
    await page.screenshot({ path: "docs/screenshots/large-1000-overview.png" });
    const pane = page.locator(".react-flow__pane");
    const box = await rectOf(pane);
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.25);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await expect(page.locator(".react-flow__node-instance").first()).toBeVisible();
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator(".react-flow__node-instance").first()).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/large-1000-zoomed.png" });
  });

  test("containers fold to one box and unfold again", async ({ page }) => {
    await openDiagram(page);
    await page.getByRole("button", { name: "Collapse Availability Zone ap-northeast-2a" }).click();
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveCount(0);
    await expect(diagramNode(page, "Availability Zone ap-northeast-2a")).toContainText("items folded");
    const zone = await rectOf(diagramNode(page, "Availability Zone ap-northeast-2a"));
    expect(inside(zone, await rectOf(diagramNode(page, "VPC main-vpc")))).toBe(true);
    await page.getByRole("button", { name: "Expand Availability Zone ap-northeast-2a" }).click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("every box can be reached and selected with the keyboard", async ({ page }) => {
    await openDiagram(page);
    const names: string[] = [];
    for (let i = 0; i < 120 && names.length < 8; i++) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains("react-flow__node") ? el.getAttribute("aria-label") : null;
      });
      if (name && !names.includes(name)) names.push(name);
    }
    expect(names.sort()).toEqual(
      [
        "Availability Zone ap-northeast-2a",
        "EBS volume web-1-root",
        "EC2 instance web-1",
        "Internet",
        "Internet gateway igw-main",
        "Public subnet public-a",
        "Region Seoul",
        "VPC main-vpc",
      ].sort(),
    );
    const instance = diagramNode(page, "EC2 instance web-1");
    await instance.focus();
    await page.keyboard.press("Enter");
    await expect(instance).toHaveClass(/selected/);
  });

  test("screenshots of a generated mid-size topology", async ({ page }) => {
    await openDiagram(page, "?example=large-40");
    await page.screenshot({ path: "docs/screenshots/generated-40.png" });
    for (const name of ["private-4", "private-2"]) {
      await page.getByRole("button", { name: `Collapse Private subnet ${name}` }).click();
      await expect(page.getByRole("button", { name: `Expand Private subnet ${name}` })).toBeVisible();
    }
    await expect(layoutStatus(page)).toHaveText("");
    await page.screenshot({ path: "docs/screenshots/generated-40-folded.png" });
  });

  test("the showcase: detached gateway, loose volume, lost instance, long names", async ({ page }) => {
    await openDiagram(page, "?example=showcase");
    const region = await rectOf(diagramNode(page, "Region Seoul"));
    const vpc = await rectOf(diagramNode(page, "VPC shop-vpc"));
    const spare = await rectOf(diagramNode(page, "Internet gateway igw-spare"));
    expect(inside(spare, region)).toBe(true);
    expect(overlaps(spare, vpc)).toBe(false);
    const zoneC = await rectOf(diagramNode(page, "Availability Zone ap-northeast-2c"));
    expect(inside(await rectOf(diagramNode(page, "EBS volume backup-spare")), zoneC)).toBe(true);
    expect(inside(await rectOf(diagramNode(page, "Private subnet db-c")), zoneC)).toBe(true);
    // An instance whose subnet doesn't exist is still drawn, outside every Region.
    const lost = await rectOf(diagramNode(page, "EC2 instance lost-instance"));
    expect(overlaps(lost, region)).toBe(false);
    // Both volumes of the database sit beside it, inside its subnet.
    const dbSubnet = await rectOf(diagramNode(page, "Private subnet db-a"));
    for (const name of ["EBS volume db-a-root", "EBS volume db-a-data"])
      expect(inside(await rectOf(diagramNode(page, name)), dbSubnet)).toBe(true);
    // Long text is cut with an ellipsis inside its box, and the whole text is in the tooltip.
    const longName = diagramNode(page, "EC2 instance orders-database-primary-with-a-very-long-name").locator(
      ".ec2viz-card__name",
    );
    await expect(longName).toHaveAttribute("title", "orders-database-primary-with-a-very-long-name");
    const fits = await longName.evaluate((el) => {
      const card = el.closest(".react-flow__node")?.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return card !== undefined && r.right <= card.right && el.scrollWidth > el.clientWidth;
    });
    expect(fits).toBe(true);
    // Three security groups next to the public IP flag: one badge and "+2".
    const web = diagramNode(page, "EC2 instance web-a-1");
    await expect(web.getByRole("button", { name: /^Security group / })).toHaveCount(1);
    await expect(web.getByRole("button", { name: "Security group web" })).toBeVisible();
    await expect(web).toContainText("+2");
    await page.screenshot({ path: "docs/screenshots/showcase.png" });
  });
});
