import { expect, test } from "@playwright/test";
import { details, diagramNode, dropOn, openDiagram, settled, startEmpty } from "./fixtures/app.ts";
import { nodeButton } from "./fixtures/diagram.ts";

test.describe("a private subnet reaching the internet through a NAT gateway", () => {
  test("is built from the palette and answers whether the instance can reach the internet, in both languages", async ({
    page,
  }) => {
    await openDiagram(page);
    await expect(page.locator(".react-flow__minimap")).toBeVisible();
    await startEmpty(page);
    // An empty canvas has nothing to map: the mini map waits for the first box.
    await expect(page.locator(".react-flow__minimap")).toHaveCount(0);

    await dropOn(page, "Region");
    await expect(page.locator(".react-flow__minimap")).toBeVisible();
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
    // Listing no security group, it is in the VPC's default group (AWS's, for an instance launched
    // without one), whose default outbound rule lets everything out.
    await settled(diagramNode(page, "EC2 instance i-1")); // the add's glide: click once it stops
    await diagramNode(page, "EC2 instance i-1").click({ position: { x: 30, y: 12 } });
    const bare = details(page).getByRole("region", { name: "Can this instance reach the internet?" });
    await expect(bare.getByText("Can reach the internet", { exact: true })).toBeVisible();
    await expect(bare).toContainText(
      "It lists no security group, so it is in the default security group of VPC vpc-1",
    );
    // AWS's page on it is linked (a link to AWS's documentation, not one of our public names).
    await expect(bare.locator('a[href$="/default-security-group.html"]').first()).toBeVisible();
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
    // The chain names what decides each step: the route to the NAT gateway, the NAT gateway being
    // public with its Elastic IP in a public subnet, the group's outbound rule, both subnets' ACLs.
    const steps = outbound.getByRole("listitem").filter({ hasText: /^✓ Met:/ });
    await expect(outbound).toContainText("sends 0.0.0.0/0 to NAT gateway nat-1.");
    await expect(outbound).toContainText(
      "NAT gateway nat-1 is public, has Elastic IP eipalloc-1 and sits in public subnet subnet-1",
    );
    await expect(outbound).toContainText("default network ACL, which allows all traffic both ways");
    await expect(outbound.getByText(/^✗ Not met:/)).toHaveCount(0);
    expect(await steps.count()).toBeGreaterThanOrEqual(6);
    await expect(
      outbound.getByRole("link", { name: "NAT gateway nat-1", exact: true }).first(),
    ).toBeVisible();
    // The internet can't open a connection to it: the route for the internet leads to the NAT gateway.
    const inbound = details(page).getByRole("region", { name: "Can the internet reach it?" });
    await expect(inbound.getByText("Not reachable from the internet", { exact: true })).toBeVisible();

    // "Show path" lights the way out up: instance → subnet → NAT gateway → gateway.
    const showOut = outbound.getByRole("button", { name: "Show path" });
    await expect(showOut).toHaveAttribute("aria-pressed", "false");
    await showOut.click();
    await expect(showOut).toHaveAttribute("aria-pressed", "true");
    await expect(inbound.getByRole("button", { name: "Show path" })).toHaveAttribute("aria-pressed", "false");
    await expect(nodeButton(page, "NAT gateway nat-1")).toHaveClass(/is-highlighted/);
    await expect(nodeButton(page, "Internet gateway igw-1")).toHaveClass(/is-highlighted/);
    await outbound.scrollIntoViewIfNeeded();
    await details(page).screenshot({ path: "test-results/details-outbound-en.png" });

    await page.getByRole("button", { name: "한국어" }).click();
    const outboundKo = details(page).getByRole("region", {
      name: "이 인스턴스에서 인터넷으로 나갈 수 있나요?",
    });
    await expect(outboundKo).toContainText("NAT 게이트웨이 nat-1");
    await expect(outboundKo.getByText("인터넷으로 나갈 수 있음", { exact: true })).toBeVisible();
    await expect(outboundKo).toContainText(
      "NAT 게이트웨이 nat-1은 퍼블릭이고 탄력적 IP eipalloc-1이 있으며 퍼블릭 서브넷 subnet-1에 있어",
    );
    await expect(outboundKo.getByRole("button", { name: "경로 표시" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await outboundKo.scrollIntoViewIfNeeded();
    await details(page).screenshot({ path: "test-results/details-outbound-ko.png" });
  });

  test("draws the path of a 'no' as broken (red, dashed) and the path of a 'yes' as a way through", async ({
    page,
  }) => {
    await openDiagram(page, "?example=nat");
    const canvas = page.locator(".ec2viz-canvas");
    await diagramNode(page, "EC2 instance app-1").click({ position: { x: 30, y: 12 } });
    // The internet can't reach app-1 (private subnet): its path is shown first, and drawn broken.
    const inbound = details(page).getByRole("region", { name: "Can the internet reach it?" });
    await expect(inbound.getByText("Not reachable from the internet", { exact: true })).toBeVisible();
    await expect(inbound.getByRole("button", { name: "Show path" })).toHaveAttribute("aria-pressed", "true");
    await expect(nodeButton(page, "Internet")).toHaveClass(/is-highlighted/);
    await expect(canvas).toHaveClass(/is-path-blocked/);
    await expect(nodeButton(page, "Internet")).toHaveCSS("outline-style", "dashed");
    await page.screenshot({ path: "test-results/path-blocked.png" });

    // app-1 can reach the internet through its NAT gateway: that path glows as a way through.
    const outbound = details(page).getByRole("region", { name: "Can this instance reach the internet?" });
    await expect(outbound.getByText("Can reach the internet", { exact: true })).toBeVisible();
    await outbound.getByRole("button", { name: "Show path" }).click();
    await expect(nodeButton(page, "NAT gateway nat-a")).toHaveClass(/is-highlighted/);
    await expect(canvas).not.toHaveClass(/is-path-blocked/);
    await expect(nodeButton(page, "NAT gateway nat-a")).not.toHaveCSS("outline-style", "dashed");
  });

  test("asks whether one instance can reach another on a port, and shows that path", async ({ page }) => {
    await page.goto("/?example=nat");
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    // The internet's answer comes port by port: SSH is open to one office range only, and says so.
    const inbound = details(page).getByRole("region", { name: "Can the internet reach it?" });
    await expect(inbound.getByRole("button", { name: "Show path" })).toHaveAttribute("aria-pressed", "true");
    const ssh = inbound.getByText("TCP port 22: only from 198.51.100.0/24");
    await ssh.click();
    await expect(inbound).toContainText(
      "Its security groups admit TCP port 22 only from 198.51.100.0/24; the rest of the internet is refused.",
    );
    await expect(inbound).toContainText("In: TCP port 22 from 198.51.100.0/24: allowed by rule 100");
    await inbound.scrollIntoViewIfNeeded();
    await details(page).screenshot({ path: "test-results/details-inbound-en.png" });

    // The way out is asked for HTTPS first; any other port can be asked.
    const outbound = details(page).getByRole("region", { name: "Can this instance reach the internet?" });
    await expect(outbound.getByLabel("Port")).toHaveValue("443");
    await outbound.getByLabel("Protocol").selectOption("udp");
    await outbound.getByLabel("Port").fill("123");
    await outbound.getByRole("button", { name: "Check" }).click();
    await expect(outbound).toContainText("Out: UDP port 123 to the internet: allowed by rule 100");
    await expect(outbound.getByRole("button", { name: "Show path" })).toHaveAttribute("aria-pressed", "true");

    const peer = details(page).getByRole("region", { name: "Can this instance reach another instance?" });
    // A few instances: the browser's own select, every instance listed.
    await peer.getByLabel("Other instance").selectOption({ label: "EC2 instance app-1" });
    await peer.getByLabel("Port").fill("8080");
    await peer.getByRole("button", { name: "Check" }).click();
    await expect(peer.getByText("web-1 can reach app-1 on TCP port 8080", { exact: true })).toBeVisible();
    await expect(peer).toContainText("admit TCP port 8080 from a group web-1 belongs to");
    await expect(peer.getByRole("button", { name: "Show path" })).toHaveAttribute("aria-pressed", "true");
    await expect(nodeButton(page, "EC2 instance app-1")).toHaveClass(/is-highlighted/);

    await peer.getByLabel("Port").fill("5432");
    await peer.getByRole("button", { name: "Check" }).click();
    await expect(peer.getByText("web-1 cannot reach app-1 on TCP port 5432", { exact: true })).toBeVisible();
    await expect(peer.getByText(/^✗ Not met:/)).toHaveCount(1);
    await peer.scrollIntoViewIfNeeded();
    await details(page).screenshot({ path: "test-results/details-peer-en.png" });

    await page.getByRole("button", { name: "한국어" }).click();
    const peerKo = details(page).getByRole("region", {
      name: "이 인스턴스에서 다른 인스턴스에 연결할 수 있나요?",
    });
    await expect(
      peerKo.getByText("web-1에서 app-1의 TCP 포트 5432로 연결할 수 없음", { exact: true }),
    ).toBeVisible();
  });
});
