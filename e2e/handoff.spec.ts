// The command line and the app agree: `ec2viz render` writes the same SVG the app's Export writes
// for the same file, Export > draw.io hands over the diagrams.net file `ec2viz export --to drawio`
// writes, and Export > CloudFormation the template `ec2viz export --to cloudformation` writes.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { checkXml } from "../src/io/testing/xml-check.ts";
import { diagramNode, openDiagram, openFile, toolbarButton } from "./fixtures/app.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLE = join(ROOT, "examples/web-two-az.json");

function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [join(ROOT, "bin/ec2viz.mjs"), ...args],
      { cwd: ROOT },
      (error, _out, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr }),
    ),
  );
}

async function openExample(page: Page) {
  await openDiagram(page);
  await openFile(page, "web-two-az.json", readFileSync(EXAMPLE));
  await expect(page.getByRole("button", { name: "EC2 instance web-a" })).toBeVisible({ timeout: 30_000 });
}

async function exportItem(page: Page, item: string, scale?: "1×" | "2×" | "3×") {
  await toolbarButton(page, "Export").click();
  const panel = page.getByRole("dialog", { name: "Export" });
  if (scale) await panel.getByLabel(scale, { exact: true }).check();
  const download = page.waitForEvent("download", { timeout: 60_000 });
  await panel.getByRole("button", { name: item, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test.describe("hand-offs", () => {
  test("ec2viz render writes the SVG the app's Export writes for the same file", async ({ page }) => {
    test.setTimeout(120_000);
    await openExample(page);
    const app = await exportItem(page, "SVG image", "2×");
    const out = join(mkdtempSync(join(tmpdir(), "ec2viz-e2e-")), "cli.svg");
    const run = await cli("render", EXAMPLE, "-o", out, "--scale", "2");
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(app.text);
  });

  test("a big document's SVG, handed to the export by the layout worker, is the one ec2viz render writes, after an edit too", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // 1,000 instances are laid out in the layout worker, which hands the document and its layout to
    // the image worker itself: the file must be the command line's for what Save writes.
    await openDiagram(page, "?example=large-1000");
    const dir = mkdtempSync(join(tmpdir(), "ec2viz-e2e-"));
    const sameAsCli = async (name: string) => {
      const saved = page.waitForEvent("download");
      await toolbarButton(page, "Save").click();
      const file = join(dir, `${name}.json`);
      await (await saved).saveAs(file);
      const app = await exportItem(page, "SVG image", "1×");
      await page.keyboard.press("Escape");
      const out = join(dir, `${name}.svg`);
      const run = await cli("render", file, "-o", out);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(app.text);
      return app.text;
    };
    expect(await sameAsCli("opened")).toContain(">app-7<");
    // An edit: the layout worker now holds the document rebuilt from what changed, not as sent whole.
    page.on("dialog", (dialog) => void dialog.accept());
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("app-7");
    await search.press("Enter");
    await expect(diagramNode(page, "EC2 instance app-7")).toBeVisible();
    await toolbarButton(page, "Delete").click();
    await expect(diagramNode(page, "EC2 instance app-7")).toHaveCount(0);
    expect(await sameAsCli("edited")).not.toContain(">app-7<");
  });

  test("Export > draw.io downloads the plain mxfile ec2viz export --to drawio writes", async ({ page }) => {
    test.setTimeout(120_000);
    await openExample(page);
    const file = await exportItem(page, "draw.io");
    expect(file.name).toMatch(/\.drawio$/);
    expect(checkXml(file.text).ok).toBe(true);
    expect(file.text).toContain("<mxfile");
    expect(file.text).toContain("grIcon=mxgraph.aws4.group_vpc2;");
    expect(file.text).toContain("resIcon=mxgraph.aws4.ec2;");
    expect(file.text).toContain('parent="ec2viz-subnet-public-a"');
    // Made in the image worker from the canvas's layout, it is the command line's file.
    const out = join(mkdtempSync(join(tmpdir(), "ec2viz-e2e-")), "cli.drawio");
    const run = await cli("export", "--to", "drawio", EXAMPLE, "-o", out);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(file.text);
  });

  test("Export > CloudFormation downloads the template ec2viz export --to cloudformation writes", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openExample(page);
    // Written in a worker, never on the page (#15: 50,000 instances held the page for 11 s).
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    const file = await exportItem(page, "CloudFormation");
    expect(workers.some((url) => /export-text/.test(url))).toBe(true);
    expect(file.name).toMatch(/\.cfn\.yaml$/);
    expect(file.text).toMatch(/^AWSTemplateFormatVersion: "2010-09-09"$/m);
    expect(file.text).toContain("Type: AWS::EC2::VPCGatewayAttachment");
    const out = join(mkdtempSync(join(tmpdir(), "ec2viz-e2e-")), "stack.yaml");
    const run = await cli("export", "--to", "cloudformation", EXAMPLE, "-o", out);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(file.text);
    // The notice names the file and says what the template can't carry.
    await expect(page.getByText(`Exported ${file.name}.`, { exact: false })).toBeVisible();
  });
});
