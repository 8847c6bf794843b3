import { expect, test } from "@playwright/test";

test("the app opens on the seed article's example", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("EC2 basics (Seoul)")).toBeVisible();
  await expect(page.getByRole("button", { name: "EC2 instance web-1", exact: true })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Components" })).toBeVisible();
});

// A mistyped ?example= used to open the seed without a word: the person saw the wrong diagram and
// no reason. Now the app still opens (the seed, or the saved work) and names the names it takes.
for (const [locale, says] of [
  [
    "en-US",
    "There is no example “showcse”, so the diagram stays as it was. The examples are seed, showcase, nat, large-<count>",
  ],
  [
    "ko-KR",
    "“showcse” 예제는 없어서 다이어그램을 그대로 두었습니다. 열 수 있는 예제는 seed, showcase, nat, large-<count>입니다",
  ],
] as const)
  test.describe(locale, () => {
    test.use({ locale });
    test("an address naming no example opens the seed and says which names there are", async ({ page }) => {
      await page.goto("/?example=showcse");
      await expect(page.getByRole("button", { name: "EC2 instance web-1", exact: true })).toBeVisible();
      await expect(page.getByRole("alert")).toContainText(says);
    });
  });
