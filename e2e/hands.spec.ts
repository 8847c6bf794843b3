// Issue #12, "works in a person's hands": the keyboard path through the panel, examples that never
// overwrite work silently, the empty canvas that says what to do, the first Region's place.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import {
  details,
  diagramNode,
  dragNode,
  dropOn,
  handMove,
  openDiagram,
  openFile,
  paletteItem,
  saveAndRead,
  selectBox,
  settled,
  startEmpty,
  toolbarButton,
} from "./fixtures/app.ts";
import { emptyPoint, inside, nodeButton, overlaps, rectOf } from "./fixtures/diagram.ts";

/** Imports a template whose instance's subnet comes from another stack (a placeholder subnet). */
async function importSharedSubnet(page: Page): Promise<void> {
  const template = [
    "Resources:",
    "  Web:",
    "    Type: AWS::EC2::Instance",
    "    Properties:",
    "      InstanceType: t3.micro",
    "      SubnetId: !ImportValue shared-Subnet1",
  ].join("\n");
  await openFile(page, "web.yaml", template);
  await page.getByRole("dialog", { name: "Import report" }).getByRole("button", { name: "Import" }).click();
}

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
    // Read the order once the panel shows its answer (allTextContents doesn't wait for it).
    await expect(
      details(page).getByRole("heading", { level: 3, name: /Can the internet reach it\?/ }),
    ).toBeVisible();
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

  test("a mistyped example name is said, the work stays, and the address drops it", async ({ page }) => {
    await openDiagram(page, "?example=showcas");
    await expect(page.getByRole("alert")).toContainText("There is no example “showcas”");
    await expect(page.getByRole("alert")).toContainText("showcase");
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
    await expect(page).not.toHaveURL(/example=/);
  });

  test("the page has a favicon and loads without a failed request", async ({ page }) => {
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(r.url());
    });
    await openDiagram(page);
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect(icon).toBeTruthy();
    expect((await page.request.get(new URL(icon as string, page.url()).href)).ok()).toBe(true);
    expect(failed).toEqual([]);
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

  test("a template whose VPC and subnet come from another stack is drawn without the empty canvas's hint", async ({
    page,
  }) => {
    // No Region in the document, yet its subnet and instance are drawn: the hint covered them and
    // took their clicks.
    await openDiagram(page);
    await importSharedSubnet(page);
    await expect(diagramNode(page, "EC2 instance Web")).toBeVisible();
    await expect(page.getByText("Start with a Region")).toHaveCount(0);
    await diagramNode(page, "Subnet shared-Subnet1").click({ position: { x: 60, y: 14 } });
    await expect(details(page)).toContainText("shared-Subnet1");
    // Nothing can be built in it (its zone and addresses are unknown), and the refusal says why.
    await paletteItem(page, "EC2 instance").click();
    await expect(page.getByRole("alert").filter({ hasText: "is outside the document" })).toContainText(
      "Subnet shared-Subnet1 is outside the document",
    );
  });
});

for (const [locale, first, then] of [
  ["en-US", "en", "ko"],
  ["ko-KR", "ko", "en"],
] as const)
  test(`(${locale}) notices say what they say again in the language switched to`, async ({ browser }) => {
    const words = {
      en: {
        refused: "Could not open bad.json",
        line: 'The id "sg-web"',
        anyway: "Open anyway",
        opened: "Opened bad.json with 1 error",
      },
      ko: {
        refused: "bad.json 파일을 열 수 없습니다",
        line: "이미 $.securityGroups[0].id에서",
        anyway: "그래도 열기",
        opened: "bad.json을 열었습니다. 오류 1개가",
      },
    } as const;
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openDiagram(page);
    const bad = await readFile("examples/invalid/duplicate-id.json", "utf8");
    await openFile(page, "bad.json", bad);
    // A refusal: its sentence, its rule error (worded in the reader worker) and its button.
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(words[first].refused);
    await expect(alert.getByRole("listitem")).toContainText(words[first].line);
    await page.getByRole("button", { name: first === "en" ? "한국어" : "English", exact: true }).click();
    await expect(alert).toContainText(words[then].refused);
    await expect(alert.getByRole("listitem")).toContainText(words[then].line);
    await expect(alert).not.toContainText(words[first].refused);
    // Its answer, and the notice it leads to, in the language now shown; and back again.
    await alert.getByRole("button", { name: words[then].anyway }).click();
    const status = page.locator(".notice-area").getByRole("status");
    await expect(status).toContainText(words[then].opened);
    await page.getByRole("button", { name: then === "en" ? "한국어" : "English", exact: true }).click();
    await expect(status).toContainText(words[first].opened);
    await context.close();
  });

test("NAT gateways and Elastic IPs have a one-line summary on hover, like the other boxes", async ({
  page,
}) => {
  await openDiagram(page, "?example=nat");
  const nat = page.getByRole("button", { name: "NAT gateway nat-a", exact: true });
  await nat.hover();
  await expect(nat).toHaveAttribute("title", "NAT gateway nat-a · public · in public-a · 203.0.113.10");
});

for (const [locale, reason] of [
  ["en-US", /Public subnet can't go on Region Seoul\. .*Availability Zone/],
  ["ko-KR", /퍼블릭 서브넷은 리전 Seoul에 놓을 수 없습니다\. .*가용 영역/],
] as const)
  test(`(${locale}) dragging over a place that refuses the item says why before the drop`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openDiagram(page);
    const hint = page.locator(".drop-refusal");
    await expect(hint).toBeHidden();
    await dropOn(page, "Public subnet", "Availability Zone ap-northeast-2a", {
      whileOver: async (at) => {
        // Over the zone the subnet is welcome: no hint.
        await expect(hint).toBeHidden();
        // Over the Region's header it is not, and the hint near the pointer says why. (Aimed where
        // the header is now, as a hand does: the Korean page can still be settling its first view.)
        const region = await rectOf(diagramNode(page, "Region Seoul"));
        const onRegion = { x: region.x + 90, y: region.y + 14 };
        await handMove(page, at, onRegion);
        await expect(hint).toBeVisible();
        await expect(hint).toHaveText(reason);
        const box = await rectOf(hint);
        expect(Math.hypot(box.x - onRegion.x, box.y - onRegion.y)).toBeLessThan(400);
        await handMove(page, onRegion, at);
        await expect(hint).toBeHidden();
      },
    });
    await expect(hint).toBeHidden();
    await expect(diagramNode(page, "Public subnet subnet-1")).toBeVisible();
    await context.close();
  });

for (const [locale, reason] of [
  ["en-US", /Subnet shared-Subnet1 is outside the document: /],
  ["ko-KR", /서브넷 shared-Subnet1은 문서 밖에 정의되어 있습니다\./],
] as const)
  test(`(${locale}) a palette item over a placeholder doesn't light it up as a target: the hint says why`, async ({
    browser,
  }) => {
    // The subnet comes from another stack: it nests an instance, yet nothing can be built in it.
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openDiagram(page);
    await importSharedSubnet(page);
    const placeholder = diagramNode(page, "Subnet shared-Subnet1");
    await expect(placeholder).toBeVisible();
    const hint = page.locator(".drop-refusal");
    await dropOn(page, "EC2 instance", "Subnet shared-Subnet1", {
      whileOver: async () => {
        await expect(hint).toBeVisible();
        await expect(hint).toHaveText(reason);
        await expect(page.locator(".react-flow .is-highlighted")).toHaveCount(0);
      },
    });
    await expect(page.getByRole("alert")).toContainText(reason);
    await expect(diagramNode(page, "EC2 instance i-1")).toHaveCount(0);
    await context.close();
  });

for (const [locale, zoneReason, vpcReason] of [
  ["en-US", /web-a-1 can't move from .* EBS volumes/, /EC2 instance can't go on VPC shop-vpc\./],
  ["ko-KR", /web-a-1.*옮길 수 없습니다\. EBS 볼륨/, /EC2 인스턴스는 VPC shop-vpc에 놓을 수 없습니다\./],
] as const)
  test(`(${locale}) dragging an instance over a place the move refuses says why; a good subnet lights up`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openDiagram(page, "?example=showcase");
    const hint = page.locator(".drop-refusal");
    const dbA = diagramNode(page, "Private subnet db-a");
    await dragNode(page, "EC2 instance web-a-1", "Private subnet db-a", {
      whileOver: async (at) => {
        // Same zone, same VPC: the subnet stands out and nothing is said.
        await expect(dbA.locator(".is-highlighted")).not.toHaveCount(0);
        await expect(hint).toBeHidden();
        // Another zone: the root volume can't follow, and the hint near the pointer says so. Each
        // place is looked up where it is now, as a hand aims (the view may have moved since the start).
        const webC = await rectOf(diagramNode(page, "Public subnet web-c"));
        const onWebC = { x: webC.x + 60, y: webC.y + 14 };
        await handMove(page, at, onWebC);
        await expect(hint).toBeVisible();
        await expect(hint).toHaveText(zoneReason);
        await expect(page.locator(".react-flow .is-highlighted")).toHaveCount(0);
        const box = await rectOf(hint);
        expect(Math.hypot(box.x - onWebC.x, box.y - onWebC.y)).toBeLessThan(400);
        // The VPC's own header: an instance goes in a subnet.
        const vpc = await rectOf(diagramNode(page, "VPC shop-vpc"));
        const onVpc = { x: vpc.x + 120, y: vpc.y + 14 };
        await handMove(page, onWebC, onVpc);
        await expect(hint).toHaveText(vpcReason);
        await handMove(page, onVpc, at);
        await expect(hint).toBeHidden();
      },
    });
    await expect(hint).toBeHidden();
    const saved = (await saveAndRead(page)).json as { instances: { id: string; subnet: string }[] };
    expect(saved.instances.find((i) => i.id === "i-web-a")?.subnet).toBe("subnet-db-a");
    await context.close();
  });

test("a pan by hand carries the picture with the pointer, and a drop after it lands where the hand lets go", async ({
  page,
}) => {
  await openDiagram(page);
  // The seed is seen whole: a pan of it only moves the picture's layer (held-wheel.ts) until the
  // button is let go, and React Flow's view must then be where the picture is drawn.
  const subnet = diagramNode(page, "Public subnet public-a");
  await settled(subnet);
  const before = await rectOf(subnet);
  const from = await emptyPoint(page);
  const to = { x: from.x - 160, y: from.y - 90 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await handMove(page, from, to);
  const during = await rectOf(subnet);
  expect(Math.abs(during.x - (before.x - 160))).toBeLessThan(2);
  expect(Math.abs(during.y - (before.y - 90))).toBeLessThan(2);
  await page.mouse.up();
  await expect(async () => {
    const after = await rectOf(subnet);
    expect(Math.abs(after.x - during.x)).toBeLessThan(1);
    expect(Math.abs(after.y - during.y)).toBeLessThan(1);
  }).toPass();
  // The drop finds its subnet from React Flow's view (no DOM hit test): a view left behind would
  // miss it by the pan.
  await dropOn(page, "EC2 instance", "Public subnet public-a", { targetPosition: { x: 40, y: 14 } });
  const added = diagramNode(page, "EC2 instance i-1");
  await settled(added);
  expect(inside(await rectOf(added), await rectOf(subnet))).toBe(true);
});

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
  [800, 600],
] as const)
  test(`${width}×${height}: a clicked box stays in view, clear of the mini map and the buttons, as the panel opens`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await openDiagram(page, "?example=showcase");
    for (const name of [
      "EBS volume backup-spare",
      "EC2 instance orders-db-replica",
      "EC2 instance lost-instance",
    ]) {
      const node = diagramNode(page, name);
      await settled(node);
      await nodeButton(page, name).click({ position: { x: 24, y: 10 } });
      await expect(details(page)).toBeVisible();
      await expect(async () => {
        const box = await rectOf(node);
        const canvas = await rectOf(page.locator(".react-flow"));
        expect(inside(box, canvas)).toBe(true);
        for (const panel of await page.locator(".react-flow__panel:visible").all())
          expect(overlaps(box, await rectOf(panel))).toBe(false);
      }).toPass();
      await page.keyboard.press("Escape");
      await expect(details(page)).toHaveCount(0);
    }
    await context.close();
  });

test("the mini map gives way while the side panel narrows the canvas, and comes back when it closes", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  await openDiagram(page);
  // As diagram.spec finds it: its name is a UI string (translated), not one of the public names.
  const miniMap = page.locator(".react-flow__minimap");
  await expect(miniMap).toBeVisible();
  await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
  await expect(details(page)).toBeVisible();
  expect((await rectOf(page.locator(".react-flow"))).width).toBeLessThanOrEqual(760);
  await expect(miniMap).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(details(page)).toHaveCount(0);
  await expect(miniMap).toBeVisible();
  await context.close();
});

test.describe("keeping the work in view", () => {
  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    test(`at ${width}×${height} the first fit shows every box, clear of the mini map and zoom buttons`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openDiagram(page, "?example=showcase");
      const canvas = await rectOf(page.locator(".workbench__canvas"));
      const panels = await page.locator(".ec2viz-canvas .react-flow__panel").evaluateAll((els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
      );
      expect(panels.length).toBeGreaterThanOrEqual(1);
      // Every box of the showcase, the lone instance outside the Region included.
      for (const name of [
        "EC2 instance lost-instance",
        "Region Seoul",
        "Internet",
        "EBS volume backup-spare",
      ]) {
        const box = await rectOf(diagramNode(page, name));
        expect(inside(box, canvas), `${name} inside the canvas`).toBe(true);
        for (const panel of panels) expect(overlaps(box, panel), `${name} clear of a panel`).toBe(false);
      }
    });
  }

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

  for (const locale of ["en-US", "ko-KR"])
    test(`a folded container (${locale}) is a compact box with its whole name and what it holds`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await openDiagram(page, "?example=showcase");
      const zone = diagramNode(page, "Availability Zone ap-northeast-2a");
      const open = await rectOf(zone);
      await page.getByRole("button", { name: "Collapse Availability Zone ap-northeast-2a" }).click();
      await expect(async () => {
        const folded = await rectOf(zone);
        // Not the open zone's height: one header line and one line of counts.
        expect(folded.height).toBeLessThan(open.height / 3);
        expect(folded.width).toBeLessThan(open.width);
      }).toPass();
      const name = zone.locator(".ec2viz-group__name");
      await expect(name).toHaveText("ap-northeast-2a");
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const held = zone.locator(".ec2viz-group__folded");
      await expect(held).toHaveText(
        locale === "ko-KR" ? /인스턴스 2개 · 볼륨 3개 · 서브넷 2개/ : /2 instances · 3 volumes · 2 subnets/,
      );
      expect(await held.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      // Its neighbour is not squeezed: the other zone keeps its whole height.
      const other = await rectOf(diagramNode(page, "Availability Zone ap-northeast-2c"));
      expect(other.height).toBeGreaterThan(open.height / 2);
      await context.close();
    });

  for (const locale of ["en-US", "ko-KR"])
    test(`a folded container (${locale}) lists every kind it holds in its tooltip and description`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await openDiagram(page, "?example=nat");
      await page.getByRole("button", { name: "Collapse VPC main-vpc" }).click();
      const vpc = diagramNode(page, "VPC main-vpc");
      const held = vpc.locator(".ec2viz-group__folded");
      const ko = locale === "ko-KR";
      // The line shows the first three kinds; the tooltip holds all of them, cut or not.
      await expect(held).toHaveText(
        ko ? "인스턴스 3개 · 볼륨 3개 · 서브넷 4개" : "3 instances · 3 volumes · 4 subnets",
      );
      const all = ko
        ? "인스턴스 3개 · 볼륨 3개 · 서브넷 4개 · NAT 게이트웨이 2개 · 인터넷 게이트웨이 1개 · 가용 영역 2개"
        : "3 instances · 3 volumes · 4 subnets · 2 NAT gateways · 1 internet gateway · 2 Availability Zones";
      await expect(held).toHaveAttribute("title", all);
      await expect(nodeButton(page, "VPC main-vpc")).toHaveAccessibleDescription(new RegExp(`^${all}`));
      await context.close();
    });

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

for (const [width, height] of [
  [800, 600],
  [1024, 700],
  [2560, 1440],
] as const) {
  for (const locale of ["en-US", "ko-KR"]) {
    test.describe(`${width}×${height}, ${locale}`, () => {
      test.use({ viewport: { width, height }, locale });

      test("the toolbar stays one line and every command is reachable", async ({ page }) => {
        await openDiagram(page);
        const toolbar = page.locator("header.toolbar");
        expect((await rectOf(toolbar)).height).toBeLessThanOrEqual(48);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // No toolbar control overlaps another (the logo and "New" used to at 800 px).
        const boxes = await toolbar
          .locator("button:visible, .toolbar__app, input:visible")
          .evaluateAll((els) =>
            els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, w: r.width })),
          );
        const sorted = boxes.sort((a, b) => a.x - b.x);
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1] as { x: number; w: number };
          expect((sorted[i] as { x: number }).x).toBeGreaterThanOrEqual(prev.x + prev.w - 1);
        }
        // The search box's hint is read whole: "Search name, id or tag" cut to "Search name, i" at
        // 1024 px told a newcomer less than the box can do.
        const search = page.getByRole("combobox", { name: locale === "ko-KR" ? "검색" : "Search" });
        const hint = await search.evaluate((el) => {
          const input = el as HTMLInputElement;
          const style = getComputedStyle(input);
          const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
          ctx.font = `${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { text: input.placeholder, needs: ctx.measureText(input.placeholder).width, room };
        });
        expect(hint.needs, `"${hint.text}" fits the search box`).toBeLessThanOrEqual(hint.room);
        if (width < 900) await page.getByRole("button", { name: "More" }).click();
        await expect(toolbarButton(page, "Save")).toBeVisible();
        for (const name of ["Export", "Undo", "Delete"])
          await expect(toolbarButton(page, name)).toBeVisible();
      });

      test("the palette folds to icons and back, keeping its items' names", async ({ page }) => {
        await openDiagram(page);
        const toggle = page.getByRole("button", { name: "Component names" });
        const wasOpen = (await toggle.getAttribute("aria-expanded")) === "true";
        expect(wasOpen).toBe(width > 1000);
        await toggle.click();
        await expect(toggle).toHaveAttribute("aria-expanded", wasOpen ? "false" : "true");
        await expect(paletteItem(page, "EC2 instance")).toBeVisible();
      });
    });
  }
}

// The document's title takes the room the toolbar's commands leave, and never runs under them.
for (const [width, locale, whole] of [
  [1440, "en-US", true],
  [1600, "ko-KR", true],
  [1200, "ko-KR", false],
] as const) {
  test.describe(`the title at ${width} px, ${locale}`, () => {
    test.use({ viewport: { width, height: 800 }, locale });

    test(`shows the NAT example's title ${whole ? "whole" : "up to the commands"}`, async ({ page }) => {
      await openDiagram(page, "?example=nat");
      const title = page.locator(".toolbar__title");
      await expect(title).toHaveText("Private subnets reaching the internet through NAT gateways (Seoul)");
      const room = await title.evaluate((el) => {
        const commands = document.querySelector(".toolbar__group")?.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return {
          right: r.right,
          commands: commands?.left ?? 0,
          cut: el.scrollWidth > el.clientWidth + 1,
          width: r.width,
        };
      });
      expect(room.right).toBeLessThanOrEqual(room.commands);
      expect(room.width).toBeGreaterThan(100);
      if (whole) expect(room.cut).toBe(false);
    });
  });
}

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("the properties form speaks Korean: the state and a detached gateway in Korean words only", async ({
    page,
  }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await page.getByRole("tab", { name: "속성" }).click();
    const state = page.getByRole("combobox", { name: "상태" });
    await expect(state).toHaveValue("running");
    await expect(state.locator("option:checked")).toHaveText("실행 중");
    const words = await state.locator("option").allTextContents();
    for (const word of words) expect(word).not.toMatch(/[a-z]/);
    await diagramNode(page, "Internet gateway igw-main").click({ position: { x: 30, y: 12 } });
    await page.getByRole("tab", { name: "속성" }).click();
    const vpc = page.getByRole("combobox", { name: "연결된 VPC" });
    await expect(vpc.locator("option").first()).toHaveText("— (분리됨)");
  });

  test("the first Region follows the browser's language", async ({ page }) => {
    await openDiagram(page);
    await startEmpty(page);
    await paletteItem(page, "Region").focus();
    await page.keyboard.press("Enter");
    await expect(diagramNode(page, "Region Seoul")).toBeVisible();
    // It was a guess, so the app asks, in Korean.
    await expect(page.locator(".notice")).toContainText("다이어그램을 서울(ap-northeast-2)에서 시작합니다.");
    await expect(page.getByRole("combobox", { name: "리전" })).toHaveValue("ap-northeast-2");
  });

  test("the first-Region picker offers every commercial Region; one without known zone letters still takes zones", async ({
    page,
  }) => {
    await openDiagram(page);
    await startEmpty(page);
    await paletteItem(page, "Region").focus();
    await page.keyboard.press("Enter");
    const picker = page.getByRole("combobox", { name: "리전" });
    await expect(picker).toHaveValue("ap-northeast-2");
    const values = await picker
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    for (const code of ["ap-east-2", "ap-southeast-6", "ap-southeast-7", "mx-central-1", "il-central-1"])
      expect(values).toContain(code);
    expect(values.some((v) => /^(cn|us-gov|us-iso)/.test(v))).toBe(false);
    await expect(picker.locator("option[value='mx-central-1']")).toHaveText("멕시코(중부)(mx-central-1)");
    await picker.selectOption("ap-east-2");
    await expect(page.locator(".notice")).toContainText("타이베이(ap-east-2)");
    const region = diagramNode(page, "Region Taipei");
    await expect(region).toBeVisible();
    // Zones a, b and c, which every Region has; a fourth is refused with the reason.
    await selectBox(page, "Region Taipei");
    await paletteItem(page, "VPC").focus();
    await page.keyboard.press("Enter");
    await selectBox(page, "VPC vpc-1");
    for (const zone of ["ap-east-2a", "ap-east-2b", "ap-east-2c"]) {
      await paletteItem(page, "Availability Zone").focus();
      await page.keyboard.press("Enter");
      await expect(diagramNode(page, `Availability Zone ${zone}`)).toBeVisible();
      await selectBox(page, "VPC vpc-1");
    }
    await paletteItem(page, "Availability Zone").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".notice")).toContainText("ap-east-2d");
    const saved = (await saveAndRead(page)).json as {
      regions: { id: string; availabilityZones: string[] }[];
    };
    expect(saved.regions).toEqual([
      expect.objectContaining({
        id: "ap-east-2",
        availabilityZones: ["ap-east-2a", "ap-east-2b", "ap-east-2c"],
      }),
    ]);
  });
});

test("the first Region asks: a picker in the notice switches it, and Undo brings the guess back", async ({
  page,
}) => {
  await openDiagram(page);
  await startEmpty(page);
  await dropOn(page, "Region");
  await expect(diagramNode(page, "Region N. Virginia")).toBeVisible();
  const notice = page.getByRole("status").filter({ hasText: "Is that the Region you work in?" });
  await expect(notice).toContainText("The diagram starts in N. Virginia (us-east-1).");
  const picker = notice.getByRole("combobox", { name: "Region" });
  await picker.selectOption("ap-northeast-1");
  await expect(diagramNode(page, "Region Tokyo")).toBeVisible();
  await expect(diagramNode(page, "Region N. Virginia")).toHaveCount(0);
  await expect(
    page.getByRole("status").filter({ hasText: "The diagram is now in Tokyo (ap-northeast-1)." }),
  ).toBeVisible();
  // The document says so too, and what is added next goes into Tokyo.
  await selectBox(page, "Region Tokyo");
  await paletteItem(page, "VPC").focus();
  await page.keyboard.press("Enter");
  await expect(diagramNode(page, "VPC vpc-1")).toBeVisible();
  const saved = (await saveAndRead(page)).json as { regions: { id: string }[]; vpcs: { region: string }[] };
  expect(saved.regions.map((r) => r.id)).toEqual(["ap-northeast-1"]);
  expect(saved.vpcs.map((v) => v.region)).toEqual(["ap-northeast-1"]);
  await toolbarButton(page, "Undo").click();
  await toolbarButton(page, "Undo").click();
  await expect(diagramNode(page, "Region N. Virginia")).toBeVisible();
});
