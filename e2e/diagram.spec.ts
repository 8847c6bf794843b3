import { expect, test } from "@playwright/test";
import { diagramNode, inside, openDiagram, overlaps, rectOf } from "./fixtures/diagram.ts";

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
    await page.screenshot({ path: "docs/screenshots/large-1000-overview.png" });
    const pane = page.locator(".react-flow__pane");
    const box = await rectOf(pane);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 120, { steps: 5 });
    await page.mouse.up();
    await page.mouse.wheel(0, -600);
    await page.mouse.wheel(0, -600);
    await expect(page.locator(".react-flow__node-instance").first()).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/large-1000-zoomed.png" });
  });
});
