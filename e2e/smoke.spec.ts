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
  ["en-US", "No built-in example is called showcse: ?example= takes seed, showcase, nat, large-<n>"],
  [
    "ko-KR",
    "이름이 showcse인 예제는 없습니다. ?example=에 쓸 수 있는 이름은 seed, showcase, nat, large-<n>입니다",
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
