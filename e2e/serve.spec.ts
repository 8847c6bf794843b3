// `ec2viz serve`: the app follows a file edited on disk. Each test starts its own server (an OS-chosen
// port) on a temporary copy of an example, and writes the file the way editors save: a new file
// renamed over the old one. Everything waits on what the page shows, never on a fixed delay.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { diagramNode, handMove, toolbarButton } from "./fixtures/app.ts";
import { emptyPoint } from "./fixtures/diagram.ts";

interface Served {
  url: string;
  file: string;
  process: ChildProcess;
  dir: string;
}

/** Starts `ec2viz serve` on a copy of `example` (or on `text` written under that name). */
async function serve(example: string, text?: string): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), "ec2viz-e2e-serve-"));
  const file = join(dir, example.split("/").pop() as string);
  if (text === undefined) await copyFile(example, file);
  else await writeFile(file, text);
  const child = spawn(process.execPath, ["bin/ec2viz.mjs", "serve", file, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) resolve(found[0]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`ec2viz serve exited (${code}): ${output}`)));
  });
  return { url, file, process: child, dir };
}

async function stop(served: Served | undefined): Promise<void> {
  if (!served) return;
  const exited = new Promise((resolve) => served.process.once("exit", resolve));
  served.process.kill("SIGTERM");
  await exited;
  await rm(served.dir, { recursive: true, force: true });
}

/** Saves `text` as an editor does: write a new file beside it, then rename it over the old one. */
async function editorSave(file: string, text: string): Promise<void> {
  const temp = `${file}.swp`;
  await writeFile(temp, text);
  await rename(temp, file);
}

const viewport = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "");

/** The view's transform once it has stopped moving (zoom buttons animate). */
async function steadyViewport(page: Page): Promise<string> {
  let steady = "";
  await expect(async () => {
    const first = await viewport(page);
    await page.waitForTimeout(150);
    steady = await viewport(page);
    expect(steady).toBe(first);
    expect(steady).toMatch(/scale\(/);
  }).toPass({ timeout: 10_000 });
  return steady;
}

let served: Served | undefined;
test.afterEach(async () => {
  await stop(served);
  served = undefined;
});

test.describe("ec2viz serve (live preview)", () => {
  test("redraws when the file changes on disk, keeping zoom, pan and folds", async ({ page }) => {
    served = await serve("examples/web-two-az.json");
    // Each version is read in the reader worker, as Open… reads a file, never on the page (#15).
    const readers: string[] = [];
    page.on("worker", (worker) => {
      if (/read-files/.test(worker.url())) readers.push(worker.url());
    });
    await page.goto(served.url);
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("Live: web-two-az.json")).toBeVisible();
    expect(readers).toHaveLength(1);

    // Fold a subnet, zoom out a step and pan by hand.
    await page.getByRole("button", { name: "Collapse Private subnet private-c" }).click();
    await expect(page.getByRole("button", { name: "Expand Private subnet private-c" })).toBeVisible();
    await page.getByRole("button", { name: "Zoom Out" }).click();
    const zoomed = await steadyViewport(page);
    const from = await emptyPoint(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await handMove(page, from, { x: from.x + 90, y: from.y + 50 });
    await page.mouse.up();
    const before = await steadyViewport(page);
    expect(before).not.toBe(zoomed);

    const doc = JSON.parse(await readFile(served.file, "utf8"));
    doc.instances[0].name = "web-a-renamed";
    await editorSave(served.file, JSON.stringify(doc, null, 2));
    await expect(diagramNode(page, "EC2 instance web-a-renamed")).toBeVisible();
    await expect(diagramNode(page, "EC2 instance web-a")).toHaveCount(0);
    expect(readers).toHaveLength(2);
    expect(await steadyViewport(page)).toBe(before);
    await expect(page.getByRole("button", { name: "Expand Private subnet private-c" })).toBeVisible();
    // The redraw is one undo step: the version before comes back.
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible();
  });

  test("an invalid save shows its problems over the last good diagram, and clears when fixed", async ({
    page,
  }) => {
    served = await serve("examples/web-two-az.json");
    const good = await readFile(served.file, "utf8");
    await page.goto(served.url);
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible({ timeout: 30_000 });
    const problems = page.getByRole("alert", { name: "File problems" });

    // A syntax error: the place is named, the old diagram stays.
    await editorSave(served.file, good.replace('"instances": [', '"instances": [,'));
    await expect(problems).toContainText("web-two-az.json has problems");
    await expect(problems).toContainText(/line \d+/i);
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible();

    // A rule error: the rule and the path are named.
    const doc = JSON.parse(good);
    doc.subnets[0].cidrBlock = "192.168.0.0/24";
    doc.instances[0].name = "never-drawn";
    await editorSave(served.file, JSON.stringify(doc, null, 2));
    await expect(problems).toContainText("subnet-outside-vpc");
    await expect(problems).toContainText("$.subnets[0].cidrBlock");
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible();
    await expect(diagramNode(page, "EC2 instance never-drawn")).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath("invalid-save.png") });

    // Fixed: the problems go and the new version is drawn.
    doc.subnets[0].cidrBlock = JSON.parse(good).subnets[0].cidrBlock;
    doc.instances[0].name = "fixed";
    await editorSave(served.file, JSON.stringify(doc, null, 2));
    await expect(problems).toHaveCount(0);
    await expect(diagramNode(page, "EC2 instance fixed")).toBeVisible();
  });

  test("Save writes the diagram back to the file, a YAML file as YAML", async ({ page }) => {
    served = await serve("examples/web-two-az.yaml");
    await page.goto(served.url);
    await expect(diagramNode(page, "EC2 instance app-c")).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "EC2 instance app-c", exact: true }).click();
    await page.keyboard.press("Delete");
    await expect(diagramNode(page, "EC2 instance app-c")).toHaveCount(0);
    await toolbarButton(page, "Save").click();
    await expect(page.getByRole("status").filter({ hasText: "Saved to web-two-az.yaml" })).toBeVisible();
    const written = await readFile(served.file, "utf8");
    expect(written).not.toContain("app-c");
    expect(written).toContain("app-a");
    expect(written.trimStart().startsWith("{")).toBe(false);
    expect(written).toMatch(/^version: 2$/m);
    // The server's echo of our own write redraws nothing: Undo still brings the instance back.
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance app-c")).toBeVisible();
  });

  test("a refused save says why in the language shown, and again in the other after a switch", async ({
    page,
  }) => {
    served = await serve("examples/web-two-az.json");
    await page.goto(served.url);
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible({ timeout: 30_000 });
    // Where the file was, a folder: the server can't write there (the diagram stays as drawn).
    await rm(served.file);
    await mkdir(served.file);
    await expect(page.getByRole("alert", { name: "File problems" })).toBeVisible();
    await toolbarButton(page, "Save").click();
    const refusal = page.getByRole("alert").filter({ hasText: "Not saved to web-two-az.json" });
    await expect(refusal).toContainText("can't write the file (EISDIR)");
    await page.getByRole("button", { name: "한국어" }).click();
    const ko = page.getByRole("alert").filter({ hasText: "web-two-az.json에 저장하지 않았습니다" });
    await expect(ko).toContainText("파일을 쓸 수 없습니다 (EISDIR)");
    await expect(ko).not.toContainText("can't write");
    await page.screenshot({ path: test.info().outputPath("save-refused-ko.png") });
  });

  test("a CloudFormation template is followed too, read-only: Save is off and says why", async ({ page }) => {
    const template = (name: string) =>
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        "Resources:",
        "  Vpc:",
        "    Type: AWS::EC2::VPC",
        "    Properties: { CidrBlock: 10.50.0.0/16 }",
        "  Subnet:",
        "    Type: AWS::EC2::Subnet",
        "    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.50.1.0/24, AvailabilityZone: !Select [0, !GetAZs ''] }",
        "  Web:",
        "    Type: AWS::EC2::Instance",
        "    Properties:",
        "      InstanceType: t3.micro",
        "      SubnetId: !Ref Subnet",
        `      Tags: [{ Key: Name, Value: ${name} }]`,
        "",
      ].join("\n");
    served = await serve("stack.yaml", template("shop-web"));
    await page.goto(served.url);
    await expect(diagramNode(page, "EC2 instance shop-web")).toBeVisible({ timeout: 30_000 });
    const save = toolbarButton(page, "Save");
    await expect(save).toBeDisabled();
    await expect(save).toHaveAttribute("title", /importer/);
    await expect(page.getByText(/Save is off: stack\.yaml/)).toBeVisible();
    await editorSave(served.file, template("shop-web-2"));
    await expect(diagramNode(page, "EC2 instance shop-web-2")).toBeVisible();
  });

  test("a file broken from the start: its problems over an empty diagram, in Korean too, then drawn once fixed", async ({
    page,
  }) => {
    const good = await readFile("examples/web-two-az.json", "utf8");
    served = await serve("web.json", good.replace('"version": 2', '"version": 2,,'));
    await page.goto(served.url);
    const problems = page.getByRole("alert", { name: "File problems" });
    await expect(problems).toContainText("web.json has problems, so it is not drawn yet");
    await expect(page.locator(".react-flow__node")).toHaveCount(0);
    await page.getByRole("button", { name: "한국어" }).click();
    await expect(problems).toContainText("web.json에 문제가 있어 아직 그리지 않았습니다");
    await expect(page.getByText("실시간: web.json")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("broken-at-start-ko.png") });
    await editorSave(served.file, good);
    await expect(problems).toHaveCount(0);
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible();
    // The server stops: the page says so and keeps the diagram.
    await stop(served);
    served = undefined;
    await expect(page.getByText("ec2viz serve와 연결이 끊겼습니다")).toBeVisible();
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible();
  });

  test("a change on disk over unsaved edits says so, and Undo brings the edits back", async ({ page }) => {
    served = await serve("examples/web-two-az.json");
    await page.goto(served.url);
    await expect(diagramNode(page, "EC2 instance web-c")).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "EC2 instance web-c", exact: true }).click();
    await page.keyboard.press("Delete");
    await expect(diagramNode(page, "EC2 instance web-c")).toHaveCount(0);
    const doc = JSON.parse(await readFile(served.file, "utf8"));
    doc.instances[2].name = "app-a-renamed";
    await editorSave(served.file, JSON.stringify(doc, null, 2));
    await expect(diagramNode(page, "EC2 instance app-a-renamed")).toBeVisible();
    await expect(diagramNode(page, "EC2 instance web-c")).toBeVisible();
    await expect(page.getByText("changed on disk and was redrawn over your unsaved edits")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("redrawn-over-edits.png") });
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-c")).toHaveCount(0);
    await expect(diagramNode(page, "EC2 instance app-a")).toBeVisible();
  });
});

test.describe("ec2viz serve in a Korean browser", () => {
  test.use({ locale: "ko-KR" });

  test("draws the file with the page in Korean from the start", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    served = await serve("examples/web-two-az.json");
    await page.goto(served.url);
    // The live frame's first render came before the workbench marked <html lang="ko">, and asked
    // for English strings a Korean page doesn't load until after its first picture: a blank page.
    await expect(diagramNode(page, "EC2 instance web-a")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("실시간: web-two-az.json")).toBeVisible();
    await expect(toolbarButton(page, "Save")).toHaveText("저장");
    expect(errors).toEqual([]);
  });
});
