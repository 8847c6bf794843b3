import { expect, type Page, test } from "@playwright/test";
import { validate } from "../src/model/validate.ts";
import {
  details,
  diagramNode,
  dragNode,
  dropOn,
  handMove,
  openDiagram,
  paletteItem,
  saveAndRead,
  settled,
  startEmpty,
  toolbarButton,
} from "./fixtures/app.ts";
import { rectOf } from "./fixtures/diagram.ts";

test.describe("building a topology with the palette", () => {
  test("builds the seed article's picture from an empty canvas and saves a valid file", async ({ page }) => {
    test.setTimeout(120_000); // seven drops at a hand's pace, each waiting for the boxes to settle
    await openDiagram(page);
    await startEmpty(page);

    await dropOn(page, "Region");
    await expect(diagramNode(page, "Region N. Virginia")).toBeVisible();
    await dropOn(page, "VPC", "Region N. Virginia");
    await expect(diagramNode(page, "VPC vpc-1")).toBeVisible();
    await dropOn(page, "Availability Zone", "VPC vpc-1");
    await expect(diagramNode(page, "Availability Zone us-east-1a")).toBeVisible();
    await dropOn(page, "Internet gateway", "VPC vpc-1");
    await expect(diagramNode(page, "Internet gateway igw-1")).toBeVisible();
    await dropOn(page, "Public subnet", "Availability Zone us-east-1a");
    await expect(diagramNode(page, "Public subnet subnet-1")).toBeVisible();
    await dropOn(page, "EC2 instance", "Public subnet subnet-1");
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
    await dropOn(page, "EBS volume", "EC2 instance i-1");
    await expect(diagramNode(page, "EBS volume vol-2")).toBeVisible();

    const { name, json } = await saveAndRead(page);
    expect(name).toMatch(/\.json$/);
    expect(validate(json).filter((d) => d.severity === "error")).toEqual([]);
    const doc = json as {
      regions: { id: string; availabilityZones: string[] }[];
      vpcs: { id: string; region: string; cidrBlock: string }[];
      internetGateways: { id: string; vpc: string | null }[];
      subnets: { id: string; vpc: string; availabilityZone: string; cidrBlock: string }[];
      routeTables: { vpc: string; subnets?: string[]; routes: { destination: string; target: string }[] }[];
      instances: { id: string; subnet: string; instanceType: string }[];
      volumes: { availabilityZone: string; attachments?: { instance: string; device: string }[] }[];
    };
    expect(doc.regions).toEqual([
      expect.objectContaining({ id: "us-east-1", availabilityZones: ["us-east-1a"] }),
    ]);
    expect(doc.vpcs).toEqual([
      expect.objectContaining({ id: "vpc-1", region: "us-east-1", cidrBlock: "10.0.0.0/16" }),
    ]);
    expect(doc.internetGateways).toEqual([expect.objectContaining({ vpc: "vpc-1" })]);
    expect(doc.subnets).toEqual([
      expect.objectContaining({
        vpc: "vpc-1",
        availabilityZone: "us-east-1a",
        cidrBlock: "10.0.0.0/24",
      }),
    ]);
    // "Public subnet" means associated with a route table that sends 0.0.0.0/0 to the VPC's gateway.
    const gateway = doc.internetGateways[0]?.id;
    expect(doc.routeTables).toEqual([
      expect.objectContaining({
        vpc: "vpc-1",
        subnets: [doc.subnets[0]?.id],
        routes: [{ destination: "0.0.0.0/0", target: gateway }],
      }),
    ]);
    expect(doc.instances).toEqual([expect.objectContaining({ id: "i-1", instanceType: "t3.micro" })]);
    expect(doc.volumes).toHaveLength(2);
    const devices = doc.volumes
      .flatMap((v) => v.attachments ?? [])
      .map((a) => a.device)
      .sort();
    expect(devices).toEqual(["/dev/sdf", "/dev/xvda"]);
    for (const v of doc.volumes) expect(v.availabilityZone).toBe("us-east-1a");
  });

  test("an invalid drop explains itself and changes nothing", async ({ page }) => {
    await openDiagram(page);
    // Counted once the first fit is done (zoomed far out, instances are not drawn at all).
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
    const before = await page.locator(".react-flow__node").count();
    await dropOn(page, "EC2 instance", "Region Seoul");
    await expect(page.getByRole("alert")).toContainText(/subnet/i);
    await dropOn(page, "Internet gateway", "VPC main-vpc");
    await expect(page.getByRole("alert")).toContainText(/one internet gateway/i);
    await expect(page.locator(".react-flow__node")).toHaveCount(before);
    await expect(toolbarButton(page, "Undo")).toBeDisabled();
  });

  test("while dragging, the container the item would land in stands out", async ({ page }) => {
    await openDiagram(page);
    const subnet = diagramNode(page, "Public subnet public-a");
    const region = diagramNode(page, "Region Seoul");
    const r = await region.boundingBox();
    if (!r) throw new Error("region not visible");
    await dropOn(page, "EC2 instance", "Public subnet public-a", {
      targetPosition: { x: 60, y: 14 },
      whileOver: async (at) => {
        await expect(subnet.locator(".is-highlighted")).not.toHaveCount(0);
        // An instance can't land on a Region: nothing stands out there.
        await handMove(page, at, { x: r.x + 60, y: r.y + 14 });
        await expect(page.locator(".is-highlighted")).toHaveCount(0);
        await handMove(page, { x: r.x + 60, y: r.y + 14 }, at);
        await expect(subnet.locator(".is-highlighted")).not.toHaveCount(0);
      },
    });
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
    await expect(page.locator(".is-highlighted")).toHaveCount(0);
  });

  test("the keyboard path adds into the selected container", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "Public subnet public-a").click({ position: { x: 60, y: 14 } });
    await paletteItem(page, "EC2 instance").focus();
    await page.keyboard.press("Enter");
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
  });

  test("undo and redo step through each change, by button and by keyboard", async ({ page }) => {
    await openDiagram(page);
    await dropOn(page, "EC2 instance", "Public subnet public-a");
    const added = diagramNode(page, "EC2 instance i-1");
    await expect(added).toBeVisible();
    // The buttons keep their names; their tooltips say which step they take back or do again.
    await expect(toolbarButton(page, "Undo")).toHaveAttribute("title", "Undo: Add EC2 instance");
    await toolbarButton(page, "Undo").click();
    await expect(added).toHaveCount(0);
    await expect(toolbarButton(page, "Redo")).toHaveAttribute("title", "Redo: Add EC2 instance");
    await toolbarButton(page, "Redo").click();
    await expect(added).toBeVisible();
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await expect(added).toHaveCount(0);
    await page.keyboard.press("Control+Shift+z");
    await expect(added).toBeVisible();
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+y");
    await expect(added).toBeVisible();
  });

  test("work survives a reload, and New can be undone", async ({ page }) => {
    await openDiagram(page);
    await dropOn(page, "EC2 instance", "Public subnet public-a");
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
    await page.waitForTimeout(800); // autosave is debounced
    await page.reload();
    await expect(diagramNode(page, "EC2 instance i-1")).toBeVisible();
    await startEmpty(page);
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("deleting a VPC says what goes with it", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "VPC main-vpc").click({ position: { x: 60, y: 14 } });
    const message = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.message());
        void dialog.accept();
      }),
    );
    await toolbarButton(page, "Delete").click();
    expect(await message).toMatch(/public-a/);
    await expect(diagramNode(page, "VPC main-vpc")).toHaveCount(0);
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveCount(0);
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("deleting the selected box keeps the side column in place, saying nothing is selected", async ({
    page,
  }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await expect(details(page)).toBeVisible();
    const canvas = page.locator("#diagram");
    const width = (await rectOf(canvas)).width;
    await page.keyboard.press("Delete");
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveCount(0);
    // The Details panel names a box's details: it goes; its column stays, so the canvas keeps its size.
    await expect(details(page)).toHaveCount(0);
    await expect(page.getByText("Nothing is selected.")).toBeVisible();
    expect((await rectOf(canvas)).width).toBe(width);
    // Undo brings the box back; selecting it fills the column again.
    await toolbarButton(page, "Undo").click();
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await expect(details(page)).toBeVisible();
    await page.keyboard.press("Delete");
    await expect(page.getByText("Nothing is selected.")).toBeVisible();
    // Escape (or the column's Close button) closes it, and the canvas takes the room back.
    await page.keyboard.press("Escape");
    await expect(page.getByText("Nothing is selected.")).toHaveCount(0);
    await expect.poll(async () => (await rectOf(canvas)).width).toBeGreaterThan(width);
  });

  test("dragging an instance into another subnet moves it; another AZ is refused while it has volumes", async ({
    page,
  }) => {
    await openDiagram(page);
    await dropOn(page, "Private subnet", "Availability Zone ap-northeast-2a");
    const privateSubnet = diagramNode(page, "Private subnet subnet-1");
    await expect(privateSubnet).toBeVisible();
    // While the card is over the subnet, that subnet is the one that stands out.
    await dragNode(page, "EC2 instance web-1", "Private subnet subnet-1", {
      whileOver: async () => {
        await expect(privateSubnet.locator(".is-highlighted")).not.toHaveCount(0);
        await expect(diagramNode(page, "Public subnet public-a").locator(".is-highlighted")).toHaveCount(0);
      },
    });
    await expect(async () => {
      const box = await privateSubnet.boundingBox();
      const moved = await diagramNode(page, "EC2 instance web-1").boundingBox();
      if (!box || !moved) throw new Error("not visible");
      expect(moved.y).toBeGreaterThan(box.y);
      expect(moved.y + moved.height).toBeLessThanOrEqual(box.y + box.height + 1);
    }).toPass();
    await expect(page.locator(".is-highlighted")).toHaveCount(0);
    const saved = (await saveAndRead(page)).json as { instances: { subnet: string }[] };
    expect(saved.instances[0]?.subnet).toBe("subnet-1");
    await toolbarButton(page, "Undo").click();
    await expect(toolbarButton(page, "Redo")).toBeEnabled();

    // A subnet in another zone: the root volume can't follow, so the move is refused.
    await dropOn(page, "Availability Zone", "VPC main-vpc");
    await dropOn(page, "Public subnet", "Availability Zone ap-northeast-2b");
    await expect(diagramNode(page, "Public subnet subnet-2")).toBeVisible();
    await dragNode(page, "EC2 instance web-1", "Public subnet subnet-2", {
      whileOver: async () => expect(page.locator(".is-highlighted")).toHaveCount(0),
    });
    await expect(page.getByRole("alert")).toContainText(/volume/i);
  });

  test("the keyboard moves an instance through the Subnet field, with the move's rules", async ({ page }) => {
    await openDiagram(page);
    await dropOn(page, "Private subnet", "Availability Zone ap-northeast-2a");
    await expect(diagramNode(page, "Private subnet subnet-1")).toBeVisible();
    // As a hand does: the add glides the boxes and pans the view for a moment; click once it stops
    // (a click on a box still moving could miss it: 1 run in ~10 did, before this session too).
    await settled(diagramNode(page, "EC2 instance web-1"));
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await page.getByRole("tab", { name: "Properties" }).click();
    const field = page.getByLabel("Subnet", { exact: true });
    await field.focus();
    await field.selectOption("subnet-1");
    await expect(async () => {
      const box = await diagramNode(page, "Private subnet subnet-1").boundingBox();
      const moved = await diagramNode(page, "EC2 instance web-1").boundingBox();
      if (!box || !moved) throw new Error("not visible");
      expect(moved.y).toBeGreaterThan(box.y);
      expect(moved.y + moved.height).toBeLessThanOrEqual(box.y + box.height + 1);
    }).toPass();
    await toolbarButton(page, "Undo").click();
    await expect(field).toHaveValue("subnet-public-a");
  });

  test("renaming an instance keeps its Name tag in step", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await page.getByRole("tab", { name: "Properties" }).click();
    const name = page.getByLabel("Name", { exact: true });
    await name.fill("api-1");
    await name.press("Enter");
    await expect(page.getByLabel("Value 1", { exact: true })).toHaveValue("api-1");
    const saved = (await saveAndRead(page)).json as { instances: { name: string; tags: object }[] };
    expect(saved.instances[0]).toMatchObject({ name: "api-1", tags: { Name: "api-1" } });
  });

  test("editing several tag cells commits as one undo step", async ({ page }) => {
    await openDiagram(page);
    await diagramNode(page, "EC2 instance web-1").click({ position: { x: 30, y: 12 } });
    await page.getByRole("tab", { name: "Properties" }).click();
    await page.getByRole("button", { name: "Add tag" }).click();
    await page.getByLabel("Key 3", { exact: true }).fill("Owner");
    await page.getByLabel("Value 3", { exact: true }).fill("team-a");
    await page.getByRole("tab", { name: "Properties" }).focus(); // focus leaves the table: commit
    const saved = (await saveAndRead(page)).json as { instances: { tags?: Record<string, string> }[] };
    expect(saved.instances[0]?.tags).toEqual({ Name: "web-1", Project: "django-ml-graphs", Owner: "team-a" });
    await toolbarButton(page, "Undo").click();
    const undone = (await saveAndRead(page)).json as { instances: { tags?: Record<string, string> }[] };
    expect(undone.instances[0]?.tags).toEqual({ Name: "web-1", Project: "django-ml-graphs" });
  });

  test("a press on a box while an add glides it away selects that box, and Details opens", async ({
    browser,
  }) => {
    test.setTimeout(180_000); // four to ten adds at a hand's pace
    // No waiting for the glide (settled): the press comes while the view and the boxes still move,
    // held as long as a quick hand holds a click. The box whose own button the press landed on is
    // the one to select, even when the glide has carried it from under the pointer by the release
    // (it was lost then: the click went to what both had in common, the canvas).
    let rounds = 0;
    let awayAtRelease = 0;
    for (let attempt = 1; rounds < 4; attempt++) {
      expect(attempt, "presses on a box's own button, not on a badge").toBeLessThanOrEqual(10);
      // A fresh browser each time: the same seed, not the work the last round saved.
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const { pressed, releasedOn } = await pressWhileAddGlides(page);
        if (pressed === undefined) continue;
        rounds++;
        if (releasedOn !== pressed) awayAtRelease++;
        await expect(page.locator(`.react-flow__node[data-id="${pressed}"]`)).toHaveClass(/\bselected\b/);
        await expect(details(page).getByRole("heading", { level: 2 })).toBeVisible();
      } finally {
        await context.close();
      }
    }
    const released = { type: "released off the pressed box", description: `${awayAtRelease} of 4` };
    test.info().annotations.push(released);
  });
});

/**
 * Opens the seed, adds a private subnet beside web-1 and, as the add's glide starts moving web-1,
 * presses on it for a quick hand's 100 ms. Gives back the box whose own button the press landed on
 * (undefined when it was a badge, which has a click of its own) and the box under the pointer at the
 * release.
 */
async function pressWhileAddGlides(page: Page): Promise<{ pressed?: string; releasedOn?: string }> {
  await openDiagram(page);
  await page.evaluate(() => {
    const w = window as unknown as { pressed?: string; releasedOn?: string };
    const nodeIdAt = (el: Element | null) => el?.closest<HTMLElement>(".react-flow__node")?.dataset.id;
    document.addEventListener(
      "pointerdown",
      (e) => {
        const own = (e.target as Element).closest('[role="button"], button');
        w.pressed = own?.classList.contains("ec2viz-node-button") ? nodeIdAt(own) : undefined;
      },
      true,
    );
    document.addEventListener(
      "pointerup",
      (e) => (w.releasedOn = nodeIdAt(document.elementFromPoint(e.clientX, e.clientY))),
      true,
    );
  });
  const web = diagramNode(page, "EC2 instance web-1");
  const before = await rectOf(web);
  await dropOn(page, "Private subnet", "Availability Zone ap-northeast-2a");
  await expect
    .poll(async () => JSON.stringify(await web.boundingBox()), { intervals: [10] })
    .not.toBe(JSON.stringify(before));
  const box = await rectOf(web);
  // Low on the card, left of its chips: the view pans the card away, so the release is soon off it.
  await page.mouse.move(box.x + 20, box.y + box.height - 20);
  await page.mouse.down();
  await page.waitForTimeout(100);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { pressed?: string; releasedOn?: string };
    return { pressed: w.pressed, releasedOn: w.releasedOn };
  });
}
