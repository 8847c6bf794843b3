import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { settled } from "./fixtures/app.ts";
import {
  diagramNode,
  inside,
  layoutStatus,
  nodeButton,
  openDiagram,
  overlaps,
  rectOf,
} from "./fixtures/diagram.ts";
import { humanDrag } from "./fixtures/human-drag.ts";
import { pixelsApart } from "./fixtures/pixels.ts";
import { DOCS_SCREENSHOT, docsScreenshot } from "./fixtures/screenshots.ts";

const SEED_NAMES = [
  "Availability Zone ap-northeast-2a",
  "EBS volume web-1-root",
  "EC2 instance web-1",
  "Internet",
  "Internet gateway igw-main",
  "Public subnet public-a",
  "Region Seoul",
  "VPC main-vpc",
];

test.describe("diagram", () => {
  test("the seed example puts every kind of box inside the right container", {
    tag: DOCS_SCREENSHOT,
  }, async ({ page }) => {
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
    // The gateway is the VPC's door: it sits on the VPC's top border, half in and half out,
    // inside the Region and clear of the zone and of the VPC's header text.
    expect(inside(gateway, region)).toBe(true);
    expect(gateway.x).toBeGreaterThanOrEqual(vpc.x);
    expect(gateway.x + gateway.width).toBeLessThanOrEqual(vpc.x + vpc.width);
    expect(Math.abs(gateway.y + gateway.height / 2 - vpc.y)).toBeLessThanOrEqual(2);
    expect(overlaps(gateway, zone)).toBe(false);
    const vpcText = await rectOf(diagramNode(page, "VPC main-vpc").locator(".ec2viz-group__detail"));
    expect(gateway.x).toBeGreaterThanOrEqual(vpcText.x + vpcText.width);
    expect(overlaps(internet, region)).toBe(false);
    expect(internet.y + internet.height).toBeLessThanOrEqual(region.y);
    // The volume sits beside its instance.
    expect(volume.x).toBeGreaterThanOrEqual(instance.x + instance.width);
    expect(overlaps(volume, { ...instance, width: volume.x + 1 - instance.x })).toBe(true);
    // Security groups are badges on the instance, not boxes of their own.
    const badge = diagramNode(page, "EC2 instance web-1").getByRole("button", { name: "Security group web" });
    expect(inside(await rectOf(badge), instance)).toBe(true);

    await expect(page.locator(".react-flow__edge")).toHaveCount(3);
    await docsScreenshot(page, "seed-example.png");
  });

  test("a 1,000-instance topology renders and can be panned", { tag: DOCS_SCREENSHOT }, async ({ page }) => {
    await openDiagram(page, "?example=large-1000");
    await expect(page.locator(".react-flow__minimap")).toBeVisible();
    // Zoomed out, subnets draw miniatures instead of 2,000 separate boxes.
    await expect(page.locator(".ec2viz-miniature").first()).toBeVisible();
    expect(await page.locator(".react-flow__node").count()).toBeLessThan(200);
    // So far out, the glyphs inside boxes are not drawn (each costs a paint chunk on every pan frame);
    // their coloured squares are.
    await expect(page.locator(".ec2viz-canvas.is-far")).toHaveCount(1);
    await expect(page.locator(".react-flow__node .ec2viz-group__icon").first()).toBeVisible();
    expect(
      await page
        .locator(".react-flow__node svg:not(.ec2viz-miniature)")
        .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 0).length),
    ).toBe(0);
    await docsScreenshot(page, "large-1000-overview.png");
    const pane = page.locator(".react-flow__pane");
    const box = await rectOf(pane);
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.25);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await expect(page.locator(".react-flow__node-instance").first()).toBeVisible();
    await expect(page.locator(".react-flow__node-instance svg").first()).toBeVisible();
    // Pan by dragging the empty canvas, at a hand's pace.
    await humanDrag(
      page,
      pane,
      { x: box.x + box.width * 0.4, y: box.y + box.height * 0.4 },
      {
        sourcePosition: { x: box.width * 0.2, y: box.height * 0.25 },
      },
    );
    await expect(page.locator(".react-flow__node-instance").first()).toBeVisible();
    await docsScreenshot(page, "large-1000-zoomed.png");
  });

  test("Fit View gives the same fit as the first one: the whole picture, clear of the panels, at most 100%", async ({
    page,
  }) => {
    await openDiagram(page);
    const viewport = page.locator(".react-flow__viewport");
    const transform = () => viewport.evaluate((el) => (el as HTMLElement).style.transform);
    const first = await transform();
    const controls = page.locator(".react-flow__controls");
    for (let i = 0; i < 3; i++) await controls.getByRole("button", { name: "Zoom In" }).click();
    await expect.poll(transform).not.toBe(first);
    await controls.getByRole("button", { name: "Fit View" }).click();
    await expect.poll(transform).toBe(first);
    const zoom = Number(/scale\(([\d.e+-]+)\)/.exec(first)?.[1]);
    expect(zoom).toBeLessThanOrEqual(1);
    const region = await rectOf(diagramNode(page, "Region Seoul"));
    for (const panel of [controls, page.locator(".react-flow__minimap")])
      expect(overlaps(region, await rectOf(panel))).toBe(false);
  });

  test("a wheel zoom ends with the boxes of the view it stops at, in and out again", async ({ page }) => {
    await openDiagram(page);
    const nodes = page.locator(".react-flow__node");
    // Detail boxes come onto the canvas a few per frame: count them once they have stopped coming
    // (read too early, the count missed some and the end's full count looked like too many).
    let all = -1;
    await expect
      .poll(
        async () => {
          const before = all;
          all = await nodes.count();
          return all === before;
        },
        { intervals: [300] },
      )
      .toBe(true);
    const zoom = () =>
      page
        .locator(".react-flow__viewport")
        .evaluate((el) => Number(/scale\(([\d.e+-]+)\)/.exec((el as HTMLElement).style.transform)?.[1]));
    const fitted = await zoom();
    const box = await rectOf(page.locator(".react-flow__pane"));
    // Into a corner, at a hand's pace: most boxes leave the view.
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.1);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(40);
    }
    expect(await zoom()).toBeGreaterThan(fitted * 2);
    // Once the wheel stops, the canvas holds only the boxes in view.
    await expect.poll(() => nodes.count()).toBeLessThan(all);
    // And out again: every box is back.
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(40);
    }
    await expect.poll(() => nodes.count()).toBe(all);
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("zooming in, the boxes out of view go before a band changes the boxes' look", async ({ page }) => {
    await openDiagram(page, "?example=large-1000");
    await expect(page.locator(".ec2viz-canvas.is-far")).toHaveCount(1);
    // One gesture (d3-zoom ends it 150 ms after its last wheel event): the steps are dispatched, and
    // what each leaves on the canvas read a frame later, in the page itself.
    const steps = await page.locator(".react-flow__pane").evaluate(async (pane) => {
      const r = pane.getBoundingClientRect();
      const canvas = pane.closest(".ec2viz-canvas") as HTMLElement;
      const viewport = canvas.querySelector<HTMLElement>(".react-flow__viewport") as HTMLElement;
      const looks = () => `${canvas.classList.contains("is-tiny")} ${canvas.classList.contains("is-far")}`;
      const out: { zoom: number; restyled: boolean; containers: number; outOfView: number }[] = [];
      for (let i = 0; i < 30; i++) {
        const before = looks();
        pane.dispatchEvent(
          new WheelEvent("wheel", {
            deltaY: -120,
            clientX: r.left + r.width / 2,
            clientY: r.top + r.height / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
        await new Promise((done) => requestAnimationFrame(done));
        const zoom = Number(/scale\(([\d.e+-]+)\)/.exec(viewport.style.transform)?.[1]);
        const containers = [...canvas.querySelectorAll(".react-flow__node-subnet")];
        const outOfView = containers.filter((el) => {
          const b = el.getBoundingClientRect();
          return b.right < r.left - 1 || b.left > r.right + 1 || b.bottom < r.top - 1 || b.top > r.bottom + 1;
        }).length;
        out.push({ zoom, restyled: looks() !== before, containers: containers.length, outOfView });
        if (zoom > 0.3) break;
      }
      return out;
    });
    const restyled = steps.filter((s) => s.restyled);
    // From the fitted view past the far band: its class goes (and, from the tiny band, that one's).
    expect(restyled.length).toBeGreaterThan(0);
    // Where a class changed, every subnet still on the canvas was in view: no box out of it was
    // restyled, laid out and painted again, only to be unmounted when the wheel stops.
    for (const step of restyled) expect(step, JSON.stringify(steps)).toMatchObject({ outOfView: 0 });
    expect(steps.at(-1)?.containers).toBeGreaterThan(0);
  });

  test("zoomed far out, the wheel turns one drawn picture, and the boxes are all back when it stops", async ({
    page,
  }) => {
    await openDiagram(page, "?example=large-1000");
    await expect(page.locator(".ec2viz-canvas.is-tiny")).toHaveCount(1);
    // The far picture is drawn in idle time, and shows only while the wheel turns.
    const far = page.locator(".ec2viz-far-picture");
    await expect(far).toHaveAttribute("data-ready", "");
    await expect(far).toBeHidden();
    const nodes = page.locator(".react-flow__node");
    const all = await nodes.count();
    const pane = page.locator(".react-flow__pane");
    const box = await rectOf(pane);
    // Half the picture dragged out of view, by hand: the boxes out of view go.
    const from = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.5 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(from.x - box.width * 0.06 * i, from.y - box.height * 0.04 * i);
      await page.waitForTimeout(20);
    }
    await page.mouse.up();
    await expect.poll(() => nodes.count()).toBeLessThan(all);
    await expect(far).toBeHidden();
    const near = await nodes.count();
    // Out again in one gesture (d3-zoom ends it 150 ms after its last event), each step read a frame later.
    const steps = await pane.evaluate(
      async (el, at) => {
        const canvas = el.closest(".ec2viz-canvas") as HTMLElement;
        const picture = canvas.querySelector(".ec2viz-far-picture") as HTMLElement;
        const out: { shown: boolean; boxes: number; named: number }[] = [];
        for (let i = 0; i < 5; i++) {
          el.dispatchEvent(
            new WheelEvent("wheel", {
              deltaY: 120,
              clientX: at.x,
              clientY: at.y,
              bubbles: true,
              cancelable: true,
            }),
          );
          await new Promise((done) => requestAnimationFrame(done));
          out.push({
            shown: getComputedStyle(picture).display !== "none",
            boxes: canvas.querySelectorAll(".react-flow__node").length,
            named: canvas.querySelectorAll(".react-flow__node [aria-label^='VPC ']").length,
          });
        }
        return out;
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    for (const step of steps) {
      // The picture shows the view whole while the boxes wait: none comes on mid-gesture, and the
      // boxes there are stay on the canvas with their names.
      expect(step, JSON.stringify(steps)).toMatchObject({ shown: true, boxes: near });
      expect(step.named).toBeGreaterThan(0);
    }
    // Once the wheel stops (the whole picture in view now), every box comes back, painted again.
    await expect.poll(() => nodes.count()).toBe(all);
    await expect(far).toBeHidden();
    await expect(diagramNode(page, "VPC vpc-1")).toBeVisible();
  });

  test("once the wheel stops, the picture is as sharp as the same view zoomed with the buttons", async ({
    page,
  }) => {
    // While the wheel turns the picture may be scaled pixels (soft); once it settles it must be
    // drawn again at its zoom: what the zoom buttons draw at the same view, give or take a few
    // anti-aliased pixels (kept at the scale the gesture began at, a tenth of them differ).
    await openDiagram(page, "?example=large-1000");
    const pane = page.locator(".react-flow__pane");
    // The pointer lands on whole pixels: a pane of even size has its centre on one.
    const odd = (n: number) => Math.round(n) % 2;
    const first = await rectOf(pane);
    const size = page.viewportSize() ?? { width: 1280, height: 720 };
    await page.setViewportSize({
      width: size.width + odd(first.width),
      height: size.height + odd(first.height),
    });
    const box = await rectOf(pane);
    const view = () =>
      page.locator(".react-flow__viewport").evaluate((el) => {
        const m = /translate\(([^p]+)px, ?([^p]+)px\) scale\(([^)]+)\)/.exec(
          (el as HTMLElement).style.transform,
        );
        return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [];
      });
    const zoomBy = async (name: string) => {
      const before = await view();
      await page.getByRole("button", { name }).click();
      await expect.poll(view).not.toEqual(before);
    };
    // From the overview to three times its zoom: six steps of 1.2.
    for (let i = 0; i < 6; i++) await zoomBy("Zoom In");
    const zoomed = await view();
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    await page.waitForTimeout(500);
    const byButtons = await pane.screenshot();
    for (let i = 0; i < 6; i++) await zoomBy("Zoom Out");
    await page.mouse.move(centre.x, centre.y);
    // d3-zoom's wheel step scales by 2^(-deltaY / 500): this one by the buttons' 1.2, about the
    // pointer, at the pane's centre like the buttons. One gesture of six steps.
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -Math.log2(1.2) * 500);
    await expect
      .poll(async () => (await view()).map((v, i) => Math.abs(v - (zoomed[i] as number)) < 1e-3))
      .toEqual([true, true, true]);
    await expect
      .poll(async () => pixelsApart(page, await pane.screenshot(), byButtons), { timeout: 5000 })
      .toBeLessThan(0.001);
  });

  test("containers fold to one box and unfold again", async ({ page }) => {
    await openDiagram(page);
    await page.getByRole("button", { name: "Collapse Availability Zone ap-northeast-2a" }).click();
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveCount(0);
    await expect(diagramNode(page, "Availability Zone ap-northeast-2a")).toContainText(/\d+ instances? · /);
    const zone = await rectOf(diagramNode(page, "Availability Zone ap-northeast-2a"));
    expect(inside(zone, await rectOf(diagramNode(page, "VPC main-vpc")))).toBe(true);
    await page.getByRole("button", { name: "Expand Availability Zone ap-northeast-2a" }).click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("every box can be reached and selected with the keyboard, one stop per box", async ({ page }) => {
    await openDiagram(page);
    // What each Tab lands on inside the canvas: a box's button (its name) or another control.
    const stops: string[] = [];
    for (let i = 0; i < 60 && stops.filter((s) => SEED_NAMES.includes(s)).length < SEED_NAMES.length; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest(".react-flow__node")) return null;
        if (el.classList.contains("react-flow__node")) return "(wrapper)";
        return el.getAttribute("aria-label") ?? "(unnamed)";
      });
      if (stop !== null) stops.push(stop);
    }
    const boxes = stops.filter((s) => SEED_NAMES.includes(s));
    // Every box once, containers before what they hold; never the wrapper itself.
    expect([...boxes].sort()).toEqual([...SEED_NAMES].sort());
    expect(stops).not.toContain("(wrapper)");
    expect(stops).not.toContain("(unnamed)");
    for (const [outer, inner] of [
      ["Region Seoul", "VPC main-vpc"],
      ["VPC main-vpc", "Availability Zone ap-northeast-2a"],
      ["Availability Zone ap-northeast-2a", "Public subnet public-a"],
      ["Public subnet public-a", "EC2 instance web-1"],
      ["EC2 instance web-1", "Security group web"],
    ] as const)
      expect(stops.indexOf(outer)).toBeLessThan(stops.indexOf(inner));

    // Space selects; Enter selects and opens (the app shows the details).
    const volume = diagramNode(page, "EBS volume web-1-root");
    await nodeButton(page, "EBS volume web-1-root").focus();
    await page.keyboard.press(" ");
    await expect(volume).toHaveClass(/selected/);
    // Focusing the wrapper (as older scripts do) lands on the box's button.
    const instance = diagramNode(page, "EC2 instance web-1");
    await instance.focus();
    await expect(nodeButton(page, "EC2 instance web-1")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(instance).toHaveClass(/selected/);
    await expect(page.getByRole("complementary", { name: "Details" })).toBeVisible();
  });

  test("box buttons hold nothing interactive; badges and fold buttons sit beside them", async ({ page }) => {
    await openDiagram(page);
    for (const name of SEED_NAMES) {
      await expect(nodeButton(page, name)).toHaveCount(1);
      await expect(page.getByLabel(name, { exact: true })).toHaveCount(1);
      const inner = await nodeButton(page, name).evaluate(
        (el) =>
          el.querySelectorAll("button, a[href], input, select, textarea, [tabindex], [role=button]").length,
      );
      expect(inner, name).toBe(0);
      // The button covers the whole box, so its rectangle is the box's.
      const button = await rectOf(nodeButton(page, name));
      const box = await rectOf(diagramNode(page, name));
      expect(Math.abs(button.width - box.width) + Math.abs(button.height - box.height)).toBeLessThan(1);
    }
    // The security-group badge lies on the card, below its type/state line.
    const card = await rectOf(diagramNode(page, "EC2 instance web-1"));
    const meta = await rectOf(diagramNode(page, "EC2 instance web-1").locator(".ec2viz-card__meta"));
    const badge = await rectOf(page.getByRole("button", { name: "Security group web", exact: true }));
    expect(inside(badge, card)).toBe(true);
    expect(badge.y).toBeGreaterThanOrEqual(meta.y + meta.height);
    // The fold button lies in its box's header.
    const zone = await rectOf(diagramNode(page, "Availability Zone ap-northeast-2a"));
    const toggle = await rectOf(
      page.getByRole("button", { name: "Collapse Availability Zone ap-northeast-2a" }),
    );
    expect(inside(toggle, zone)).toBe(true);
    expect(toggle.y + toggle.height).toBeLessThan(zone.y + 40);

    // A click on the box's button still reaches React Flow's node click (it selects the box).
    await nodeButton(page, "Internet gateway igw-main").click();
    await expect(diagramNode(page, "Internet gateway igw-main")).toHaveClass(/selected/);
  });

  test("axe finds no serious problems with an instance selected and its path highlighted", async ({
    page,
  }) => {
    await openDiagram(page);
    await nodeButton(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveClass(/selected/);
    // The app highlights the instance's internet path; the other boxes fade.
    await expect(page.locator(".react-flow .is-highlighted")).not.toHaveCount(0);
    // What a person sees: names off the path turn grey (#5f6b7a), names on it keep their colour.
    const faded = (selector: string) =>
      page.evaluate(
        (sel) =>
          [...document.querySelectorAll(sel)].filter(
            (el) => getComputedStyle(el).color === "rgb(95, 107, 122)",
          ).length,
        selector,
      );
    await expect
      .poll(() => faded(".react-flow .ec2viz-group__name, .react-flow .ec2viz-card__name"))
      .not.toBe(0);
    expect(await faded(".react-flow .is-highlighted .ec2viz-card__name")).toBe(0);
    expect(await page.locator(".react-flow .is-highlighted .ec2viz-card__name").count()).not.toBe(0);
    await page.screenshot({ path: "test-results/diagram-highlighted.png" });
    const result = await new AxeBuilder({ page }).include(".react-flow").analyze();
    const serious = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
  });

  test("screenshots of a generated mid-size topology", { tag: DOCS_SCREENSHOT }, async ({ page }) => {
    await openDiagram(page, "?example=large-40");
    await docsScreenshot(page, "generated-40.png");
    for (const name of ["private-4", "private-2"]) {
      await page.getByRole("button", { name: `Collapse Private subnet ${name}` }).click();
      await expect(page.getByRole("button", { name: `Expand Private subnet ${name}` })).toBeVisible();
    }
    await expect(layoutStatus(page)).toHaveText("");
    await docsScreenshot(page, "generated-40-folded.png");
  });

  test("the showcase: detached gateway, loose volume, lost instance, long names", {
    tag: DOCS_SCREENSHOT,
  }, async ({ page }) => {
    await openDiagram(page, "?example=showcase");
    // The boxes are compared with one another, measured one after another: only once the view is
    // still (a clean-clone run measured the Region before a last move and the lost instance after).
    await settled(diagramNode(page, "Region Seoul"));
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
    await longName.hover();
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
    await docsScreenshot(page, "showcase.png");
  });
});
