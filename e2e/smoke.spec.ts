import { expect, test } from "@playwright/test";

test("the app opens on the seed article's example", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("EC2 basics (Seoul)")).toBeVisible();
  await expect(page.getByRole("button", { name: "EC2 instance web-1", exact: true })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Components" })).toBeVisible();
});
