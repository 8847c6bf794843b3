import { expect, test } from "@playwright/test";
import { validate } from "../src/model/validate.ts";
import {
  diagramNode,
  dropOn,
  openDiagram,
  paletteItem,
  saveAndRead,
  settled,
  startEmpty,
  toolbarButton,
} from "./fixtures/app.ts";

test.describe("building a topology with the palette", () => {
  test("builds the seed article's picture from an empty canvas and saves a valid file", async ({ page }) => {
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
      internetGateways: { vpc: string | null }[];
      subnets: { vpc: string; availabilityZone: string; cidrBlock: string; public: boolean }[];
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
        public: true,
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
    const s = await subnet.boundingBox();
    const r = await region.boundingBox();
    if (!s || !r) throw new Error("boxes not visible");
    // Browsers repeat dragover while the pointer rests; headless Chromium only on moves, so wiggle.
    const hover = async (x: number, y: number, check: () => Promise<void>) =>
      expect(async () => {
        await page.mouse.move(x + Math.random() * 4, y);
        await check();
      }).toPass({ timeout: 10_000 });
    await paletteItem(page, "EC2 instance").hover();
    await page.mouse.down();
    await hover(s.x + 60, s.y + 14, async () =>
      expect(await subnet.locator(".is-highlighted").count()).toBeGreaterThan(0),
    );
    // An instance can't land on a Region: nothing stands out there.
    await hover(r.x + 60, r.y + 14, async () =>
      expect(await page.locator(".is-highlighted").count()).toBe(0),
    );
    await page.mouse.move(s.x + 60, s.y + 14, { steps: 3 });
    await page.mouse.up();
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
    await toolbarButton(page, "Undo").click();
    await expect(added).toHaveCount(0);
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

  test("dragging an instance into another subnet moves it; another AZ is refused while it has volumes", async ({
    page,
  }) => {
    await openDiagram(page);
    await dropOn(page, "Private subnet", "Availability Zone ap-northeast-2a");
    const privateSubnet = diagramNode(page, "Private subnet subnet-1");
    await expect(privateSubnet).toBeVisible();
    const instance = diagramNode(page, "EC2 instance web-1");
    await settled(privateSubnet);
    await instance.dragTo(privateSubnet, {
      sourcePosition: { x: 30, y: 12 },
      targetPosition: { x: 60, y: 14 },
    });
    await expect(async () => {
      const box = await privateSubnet.boundingBox();
      const moved = await diagramNode(page, "EC2 instance web-1").boundingBox();
      if (!box || !moved) throw new Error("not visible");
      expect(moved.y).toBeGreaterThan(box.y);
      expect(moved.y + moved.height).toBeLessThanOrEqual(box.y + box.height + 1);
    }).toPass();
    await toolbarButton(page, "Undo").click();
    await expect(toolbarButton(page, "Redo")).toBeEnabled();

    // A subnet in another zone: the root volume can't follow, so the move is refused.
    await dropOn(page, "Availability Zone", "VPC main-vpc");
    await dropOn(page, "Public subnet", "Availability Zone ap-northeast-2b");
    const otherZone = diagramNode(page, "Public subnet subnet-2");
    await expect(otherZone).toBeVisible();
    await settled(otherZone);
    await diagramNode(page, "EC2 instance web-1").dragTo(otherZone, {
      sourcePosition: { x: 30, y: 12 },
      targetPosition: { x: 60, y: 14 },
    });
    await expect(page.getByRole("alert")).toContainText(/volume/i);
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
});
