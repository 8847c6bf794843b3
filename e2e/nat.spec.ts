import { expect, test } from "@playwright/test";
import { details, diagramNode, dropOn, openDiagram, startEmpty } from "./fixtures/app.ts";

test.describe("a private subnet reaching the internet through a NAT gateway", () => {
  test("is built from the palette and answers whether the instance can reach the internet, in both languages", async ({
    page,
  }) => {
    await openDiagram(page);
    await startEmpty(page);

    await dropOn(page, "Region");
    await dropOn(page, "VPC", "Region N. Virginia");
    await dropOn(page, "Availability Zone", "VPC vpc-1");
    await dropOn(page, "Internet gateway", "VPC vpc-1");
    await dropOn(page, "Public subnet", "Availability Zone us-east-1a");
    await expect(diagramNode(page, "Public subnet subnet-1")).toBeVisible();
    await dropOn(page, "Private subnet", "Availability Zone us-east-1a");
    await expect(diagramNode(page, "Private subnet subnet-2")).toBeVisible();
    await dropOn(page, "NAT gateway", "Public subnet subnet-1");
    const nat = diagramNode(page, "NAT gateway nat-1");
    await expect(nat).toBeVisible();
    // A public NAT gateway comes with its Elastic IP, drawn on it.
    await expect(nat.getByRole("button", { name: "Elastic IP eipalloc-1" })).toBeVisible();
    // The private subnet's way out: its (main) route table now sends 0.0.0.0/0 to the NAT gateway.
    await expect(page.locator('[data-edge^="nat:"]')).toHaveCount(1);
    await dropOn(page, "EC2 instance", "Private subnet subnet-2");
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
    // A new security group keeps AWS's default outbound rule (all traffic out).
    await dropOn(page, "Security group", "EC2 instance i-1");

    // The route table is a mark on the subnet; selecting it shows its routes.
    await diagramNode(page, "Private subnet subnet-2")
      .getByRole("button", { name: /^Route table / })
      .click();
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("Route table");
    await expect(details(page)).toContainText("0.0.0.0/0 → NAT gateway nat-1");

    await diagramNode(page, "EC2 instance i-1").click({ position: { x: 30, y: 12 } });
    const outbound = details(page).getByRole("region", { name: "Can this instance reach the internet?" });
    await expect(outbound).toContainText("NAT gateway nat-1");
    await expect(outbound.getByText("Can reach the internet", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "한국어" }).click();
    const outboundKo = details(page).getByRole("region", {
      name: "이 인스턴스에서 인터넷으로 나갈 수 있나요?",
    });
    await expect(outboundKo).toContainText("NAT 게이트웨이 nat-1");
    await expect(outboundKo.getByText("인터넷으로 나갈 수 있음", { exact: true })).toBeVisible();
  });
});
