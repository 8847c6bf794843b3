import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  details,
  diagramNode,
  handMove,
  openDiagram,
  otherInstance,
  otherInstanceOption,
  pickOtherInstance,
  settled,
  toolbarButton,
} from "./fixtures/app.ts";

const KINDS: [node: string, heading: string][] = [
  ["Region Seoul", "Region"],
  ["VPC main-vpc", "VPC"],
  ["Availability Zone ap-northeast-2a", "Availability Zone"],
  ["Internet gateway igw-main", "Internet gateway"],
  ["Public subnet public-a", "Public subnet"],
  ["EC2 instance web-1", "EC2 instance"],
  ["EBS volume web-1-root", "EBS volume"],
  ["Internet", "Internet"],
];

/**
 * Opens 1,000 instances, picks app-2 with the search box, and returns its Details' third question
 * ("Can this instance reach another instance?") and that question's "Other instance" field.
 */
async function peerQuestionOfApp2(page: Page): Promise<{ peer: Locator; other: Locator }> {
  await openDiagram(page, "?example=large-1000");
  const search = page.getByRole("combobox", { name: "Search" });
  await search.fill("app-2");
  await search.press("Enter");
  const peer = details(page).getByRole("region", { name: "Can this instance reach another instance?" });
  return { peer, other: otherInstance(peer) };
}

test.describe("explaining the diagram", () => {
  test("clicking each kind of node opens the details panel with the right heading", async ({ page }) => {
    await openDiagram(page);
    for (const [node, heading] of KINDS) {
      // The panel opening pans the view to keep the selection in sight: click once it stands still.
      await settled(diagramNode(page, node));
      await diagramNode(page, node).click({ position: { x: 30, y: 12 } });
      await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText(heading);
    }
    await diagramNode(page, "EC2 instance web-1").getByRole("button", { name: "Security group web" }).click();
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("Security group");
  });

  test("selecting a security group lights up the instances it covers and marks its badge on each", async ({
    page,
  }) => {
    await openDiagram(page, "?example=showcase");
    const covered = ["EC2 instance web-a-1", "EC2 instance web-c-1"];
    const others = ["EC2 instance orders-db-replica"];
    const webBadges = page
      .locator(".react-flow__node")
      .getByRole("button", { name: "Security group web", exact: true });
    const expectLit = async () => {
      for (const name of covered)
        await expect(diagramNode(page, name).locator(".is-highlighted")).toHaveCount(1);
      for (const name of others)
        await expect(diagramNode(page, name).locator(".is-highlighted")).toHaveCount(0);
      await expect(webBadges).toHaveCount(2);
      for (const badge of await webBadges.all())
        await expect(badge).toHaveCSS("box-shadow", /rgba\(9, 114, 211/);
      await expect(
        diagramNode(page, "EC2 instance orders-db-replica").getByRole("button", {
          name: "Security group db",
        }),
      ).toHaveCSS("box-shadow", "none");
    };

    // From its badge on a card…
    const webC = diagramNode(page, "EC2 instance web-c-1");
    await settled(webC);
    await webC.getByRole("button", { name: "Security group web", exact: true }).click();
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("Security group");
    await expectLit();

    // …and from an instance's Details, after the instance's own path was shown.
    await settled(diagramNode(page, "EC2 instance orders-db-replica"));
    await diagramNode(page, "EC2 instance orders-db-replica").click({ position: { x: 30, y: 12 } });
    await expect(diagramNode(page, "EC2 instance web-c-1").locator(".is-highlighted")).toHaveCount(0);
    await settled(diagramNode(page, "EC2 instance web-c-1"));
    await diagramNode(page, "EC2 instance web-c-1").click({ position: { x: 30, y: 12 } });
    await details(page).getByRole("link", { name: "Security group web", exact: true }).first().click();
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("Security group");
    await expectLit();
  });

  test("a box defined outside the document explains itself: only its id is known, and who refers to it", async ({
    page,
  }) => {
    await openDiagram(page, "?example=showcase");
    const bastion = diagramNode(page, "EC2 instance bastion (ops stack)");
    await settled(bastion);
    await bastion.click({ position: { x: 30, y: 12 } });
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("EC2 instance");
    await expect(details(page)).toContainText("Outside this document");
    await expect(details(page)).toContainText("This document names it by its id only.");
  });

  test("Enter opens details from the keyboard and Escape closes them", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").focus();
    await page.keyboard.press("Enter");
    await expect(details(page)).toBeVisible();
    await expect(details(page)).toContainText("t3.micro");
    await page.keyboard.press("Escape");
    await expect(details(page)).toHaveCount(0);
  });

  test("the reachability chain flips to no when the gateway is detached", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await expect(details(page)).toContainText("Reachable from the internet");
    // The path Internet → gateway → subnet → instance stands out on the canvas.
    await expect(
      page.locator(".react-flow__node.is-highlighted, .react-flow__node .is-highlighted"),
    ).not.toHaveCount(0);

    await diagramNode(page, "Internet gateway igw-main").click({ position: { x: 30, y: 12 } });
    await page.getByRole("tab", { name: "Properties" }).click();
    await page.getByLabel("Attached VPC").selectOption("");
    // The detached gateway moves out of the VPC: click web-1 where it is once the picture stops moving.
    await settled(diagramNode(page, "EC2 instance web-1"));
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await expect(details(page)).toContainText("Not reachable from the internet");
  });

  test("switching language changes the panel text and is remembered", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("EC2 instance");
    await page.getByRole("button", { name: "한국어" }).click();
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("EC2 인스턴스");
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
    // Public names don't change with the language: scripts keep working in a Korean UI.
    for (const name of ["Save", "Export", "EC2 instance web-1"]) {
      await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
    }
    await expect(
      page.getByRole("complementary", { name: "Components" }).getByRole("button", { name: "VPC" }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  });

  test("the diagnostics list counts problems and focuses their node", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await page.getByRole("tab", { name: "Properties" }).click();
    const type = page.getByLabel("Instance type");
    await type.fill("t3.mirco");
    await type.press("Enter");
    await page.getByRole("button", { name: /^Diagnostics:/ }).click();
    const list = page.getByRole("region", { name: "Diagnostics" });
    await expect(list).toContainText("instance-type-unknown");
    await expect(list).toContainText("t3.micro");
    await list.getByRole("button", { name: /instance-type-unknown/ }).click();
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("EC2 instance");
    // "Each entry focuses its node": keyboard focus is on the box, by pointer and by keyboard.
    const node = page.getByRole("button", { name: "EC2 instance web-1", exact: true });
    await expect(node).toBeFocused();
    await list.getByRole("button", { name: /instance-type-unknown/ }).focus();
    await page.keyboard.press("Enter");
    await expect(node).toBeFocused();
  });

  test("resting the pointer on a node shows a one-line summary", async ({ page }) => {
    await openDiagram(page);
    const instance = page.getByRole("button", { name: "EC2 instance web-1", exact: true });
    await instance.hover();
    await expect(instance).toHaveAttribute(
      "title",
      "EC2 instance web-1 · t3.micro · running · reachable from the internet",
    );
    // Worked out as the pointer arrives: rest it on the subnet's label strip (not on a box inside it).
    const subnet = page.getByRole("button", { name: "Public subnet public-a", exact: true });
    await subnet.hover({ position: { x: 60, y: 14 } });
    await expect(subnet).toHaveAttribute("title", /10\.0\.1\.0\/24 · ap-northeast-2a · 251 usable addresses/);
  });

  test("a box hovered before the summaries have loaded gets its summary once they arrive", async ({
    page,
  }) => {
    // Hold the summaries' chunk back until the pointer rests on the box (a slow network or machine).
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/summary-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openDiagram(page);
    const instance = page.getByRole("button", { name: "EC2 instance web-1", exact: true });
    await instance.hover();
    await expect(instance).not.toHaveAttribute("title", /./);
    release();
    await expect(instance).toHaveAttribute(
      "title",
      "EC2 instance web-1 · t3.micro · running · reachable from the internet",
    );
  });

  test("related resources in the panel jump to their node, and node names stay unique", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "Public subnet public-a").click({ position: { x: 60, y: 14 } });
    await details(page).getByRole("link", { name: "EC2 instance web-1" }).click();
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("EC2 instance");
    // The panel's links don't make the node's button name ambiguous for scripts.
    await expect(page.getByRole("button", { name: "EC2 instance web-1" })).toHaveCount(1);
  });

  test("search selects and opens the match", async ({ page }) => {
    await openDiagram(page);
    await page.getByRole("combobox", { name: "Search" }).fill("django");
    await page.keyboard.press("Enter");
    await expect(details(page)).toContainText("web-1");
  });

  test("search shows a far instance when the view is zoomed in on another", async ({ page }) => {
    await openDiagram(page, "?example=large-1000");
    const search = page.getByRole("combobox", { name: "Search" });
    // The first pick zooms in to 100%; zoomed in, only boxes near the view are on the canvas, and
    // the second one, far away, must still be brought into view.
    for (const name of ["app-1", "app-1000"]) {
      await search.fill(name);
      await search.press("Enter");
      await expect(details(page)).toContainText(name);
      await expect(diagramNode(page, `EC2 instance ${name}`)).toBeInViewport();
    }
  });

  test("'Other instance' finds one of 1,000 instances by typing, with the keyboard alone", async ({
    page,
  }) => {
    const { peer, other } = await peerQuestionOfApp2(page);
    // The first other instance is chosen from the start; no list until it is asked for.
    await expect(other).toHaveValue("EC2 instance app-1");
    await expect(other).toHaveAttribute("aria-expanded", "false");
    await expect(peer.getByRole("listbox")).toHaveCount(0);

    // Focused (as Tab puts it there), the field's name is selected, so typing replaces it.
    await other.focus();
    await other.pressSequentially("app-100", { delay: 80 });
    await expect(other).toHaveAttribute("aria-expanded", "true");
    const options = peer.getByRole("listbox").getByRole("option");
    // The exact name first, then the names that start with it; a bounded list that says so.
    await expect(options.first()).toHaveAccessibleName(/^EC2 instance app-100 /);
    await expect(options.nth(1)).toHaveAccessibleName(/^EC2 instance app-1000 /);
    await expect(options).toHaveCount(2);
    await expect(other).toHaveAttribute(
      "aria-activedescendant",
      (await options.first().getAttribute("id")) ?? "",
    );
    await page.keyboard.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(other).toHaveValue("EC2 instance app-1000");
    await expect(other).toHaveAttribute("aria-expanded", "false");
    await expect(details(page)).toBeVisible();

    // With the list closed, Enter is the form's: Check.
    await page.keyboard.press("Enter");
    await expect(peer).toContainText(/app-2 can(not)? reach app-1000 on TCP port 22/);

    // An arrow opens the list on the chosen instance, among its neighbours; Escape closes only the
    // list, the chosen instance kept; a second Escape closes Details, as everywhere in the panel.
    await page.keyboard.press("ArrowDown");
    await expect(options).toHaveCount(50);
    await expect(options.and(peer.getByRole("option", { selected: true }))).toHaveAccessibleName(
      /^EC2 instance app-1000 /,
    );
    await expect(peer.getByRole("status")).toHaveText("50 of 999 shown: type a name or id to narrow them");
    await page.keyboard.press("Escape");
    await expect(options).toHaveCount(0);
    await expect(other).toHaveValue("EC2 instance app-1000");
    await expect(details(page)).toBeVisible();

    // Text that names no instance gives way to the chosen one when the focus leaves.
    await page.keyboard.press("Control+A");
    await other.pressSequentially("zz", { delay: 80 });
    await expect(peer.getByRole("status")).toHaveText("No other instance matches “zz”.");
    await page.keyboard.press("Enter");
    await expect(other).toHaveValue("zz");
    await page.keyboard.press("Tab");
    await expect(other).toHaveValue("EC2 instance app-1000");
    await expect(peer.getByLabel("Protocol")).toBeFocused();
  });

  test("'Other instance' picks with the pointer from its list, and takes an exact name typed in", async ({
    page,
  }) => {
    const { peer, other } = await peerQuestionOfApp2(page);
    await other.scrollIntoViewIfNeeded();

    // A click opens the list at the chosen instance; a click on another instance picks it.
    const box = await other.boundingBox();
    if (!box) throw new Error("no field");
    await handMove(page, { x: box.x - 80, y: box.y - 60 }, { x: box.x + 40, y: box.y + box.height / 2 });
    await page.mouse.down();
    await page.waitForTimeout(60);
    await page.mouse.up();
    const options = peer.getByRole("listbox").getByRole("option");
    await expect(options).toHaveCount(50);
    await details(page).screenshot({ path: "test-results/details-peer-picker-en.png" });
    // The open list is a proper combobox and listbox to assistive technology.
    const scan = await new AxeBuilder({ page }).include(".instance-picker").analyze();
    expect(
      scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);
    const app5 = otherInstanceOption(peer, "EC2 instance app-5");
    const at = await app5.boundingBox();
    if (!at) throw new Error("no option");
    await handMove(
      page,
      { x: box.x + 40, y: box.y + box.height / 2 },
      { x: at.x + 30, y: at.y + at.height / 2 },
    );
    await page.mouse.down();
    await page.waitForTimeout(60);
    await page.mouse.up();
    await expect(other).toHaveValue("EC2 instance app-5");
    await expect(peer.getByRole("listbox")).toHaveCount(0);
    await peer.getByRole("button", { name: "Check" }).click();
    await expect(peer).toContainText(/app-2 can(not)? reach app-5 on TCP port 22/);

    // Typed, then picked from the matches with a click.
    await pickOtherInstance(peer, "EC2 instance app-999", "app-99");

    // A name typed whole and left with a click elsewhere is taken.
    await other.click();
    await other.pressSequentially("app-777", { delay: 60 });
    await peer.getByLabel("Port").click();
    await expect(other).toHaveValue("EC2 instance app-777");
    await peer.getByRole("button", { name: "Check" }).click();
    await expect(peer).toContainText(/app-2 can(not)? reach app-777 on TCP port 22/);
  });

  test("an axe scan with the panel open finds no serious or critical violation", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await expect(details(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("toolbar buttons keep their names", async ({ page }) => {
    await openDiagram(page);
    for (const name of ["New", "Open…", "Save", "Undo", "Redo", "Delete", "Export"]) {
      await expect(toolbarButton(page, name)).toBeVisible();
    }
  });
});
