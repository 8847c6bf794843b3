// Export: PNG, SVG, topology files and share links, checked from the downloaded bytes.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { pngSize, readTopologyFromPng } from "../src/io/png-metadata.ts";
import { toYamlText } from "../src/io/serialize.ts";
import { readTopologyFromSvg } from "../src/io/svg-metadata.ts";
import { topology } from "../src/model/schema.ts";
import { diagramNode, openDiagram, openFile, toolbarButton } from "./fixtures/app.ts";

const seed = topology.parse(
  JSON.parse(readFileSync(new URL("../examples/seed-article.json", import.meta.url), "utf8")),
);

function exportPanel(page: Page) {
  return page.getByRole("dialog", { name: "Export" });
}

/** Opens the Export panel, picks scale and background, runs `item`, and returns the download. */
async function exportAs(
  page: Page,
  item: string,
  options: { scale?: "1×" | "2×" | "3×"; background?: "White" | "Dark" | "Transparent" } = {},
) {
  await toolbarButton(page, "Export").click();
  const panel = exportPanel(page);
  await expect(panel).toBeVisible();
  if (options.scale) await panel.getByLabel(options.scale, { exact: true }).check();
  if (options.background) await panel.getByLabel(options.background, { exact: true }).check();
  const download = page.waitForEvent("download", { timeout: 90_000 });
  await panel.getByRole("button", { name: item, exact: true }).click();
  const file = await download;
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes };
}

interface Pixels {
  width: number;
  height: number;
  /** How many pixels are within a small distance of each wanted colour. */
  counts: Record<string, number>;
  /** RGBA at the requested points. */
  at: number[][];
}

/** Decodes a PNG in the page and measures colours (the browser is the PNG decoder we trust). */
async function inspectPng(
  page: Page,
  png: Buffer,
  colors: string[],
  points: { x: number; y: number }[] = [],
) {
  return page.evaluate(
    async ({ base64, colors, points }): Promise<Pixels> => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const wanted = colors.map((c) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)));
      const counts: Record<string, number> = Object.fromEntries(colors.map((c) => [c, 0]));
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] as number) < 250) continue;
        wanted.forEach((w, k) => {
          const d =
            Math.abs((data[i] as number) - (w[0] as number)) +
            Math.abs((data[i + 1] as number) - (w[1] as number)) +
            Math.abs((data[i + 2] as number) - (w[2] as number));
          if (d <= 12) counts[colors[k] as string] = (counts[colors[k] as string] ?? 0) + 1;
        });
      }
      const at = points.map((p) => [...ctx.getImageData(p.x, p.y, 1, 1).data]);
      return { width: canvas.width, height: canvas.height, counts, at };
    },
    { base64: png.toString("base64"), colors, points },
  );
}

const COLORS = {
  route: "#8c4fff",
  region: "#00a4a6",
  publicSubnetFill: "#f2f6e8",
  publicSubnetBorder: "#7aa116",
  instance: "#ed7100",
  internetBorder: "#232f3e",
};

/**
 * The toolbar's Export slot (src/app/use-file-actions.ts) is still a placeholder button: set this
 * to true once it renders src/diagram/export/ExportMenu.tsx. Every test below passed against the
 * app with that wiring in place (checked with a local stand-in for the slot).
 */
const EXPORT_MENU_IN_APP = true;
/** The app does not read "#t=" links at start-up yet (see src/io/share-link.ts decodeShareFragment). */
const APP_OPENS_SHARE_LINKS = true;

test.describe("export", () => {
  test.fixme(!EXPORT_MENU_IN_APP, "the toolbar's Export slot does not render the Export menu yet");
  test("PNG holds the whole diagram at the chosen scale, with edges, every container colour and the topology", async ({
    page,
  }) => {
    await openDiagram(page, "?example=seed");
    // Zoom far in: the export must not care about the view.
    const pane = page.locator(".react-flow__pane");
    await pane.hover();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);

    const svg = await exportAs(page, "SVG image", { scale: "1×" });
    const svgText = svg.bytes.toString("utf8");
    const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svgText);
    expect(viewBox).not.toBeNull();
    const [vx, vy, vw, vh] = (viewBox as RegExpExecArray).slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];

    const png = await exportAs(page, "PNG image", { scale: "2×", background: "White" });
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png.bytes)).toEqual({ width: vw * 2, height: vh * 2 });
    await expect(page.getByRole("status").filter({ hasText: `${vw * 2} × ${vh * 2} px` })).toBeVisible();

    // A point halfway down the first route (Internet -> gateway), in PNG pixels.
    const route =
      /<g class="ec2viz-edge ec2viz-edge--internet"><path d="M([\d.]+) ([\d.]+) L([\d.]+) ([\d.]+)/.exec(
        svgText,
      );
    expect(route).not.toBeNull();
    const [x1, y1, x2, y2] = (route as RegExpExecArray).slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const mid = { x: Math.round(((x1 + x2) / 2 - vx) * 2), y: Math.round(((y1 + y2) / 2 - vy) * 2) };
    const pixels = await inspectPng(page, png.bytes, Object.values(COLORS), [mid, { x: 1, y: 1 }]);
    for (const [what, color] of Object.entries(COLORS))
      expect(pixels.counts[color], `${what} ${color}`).toBeGreaterThan(50);
    const [r, g, b] = pixels.at[0] as number[];
    expect(
      Math.abs((r as number) - 0x8c) + Math.abs((g as number) - 0x4f) + Math.abs((b as number) - 0xff),
    ).toBeLessThan(40);
    expect(pixels.at[1]).toEqual([255, 255, 255, 255]);

    const embedded = readTopologyFromPng(png.bytes);
    expect(embedded.ok && topology.parse(JSON.parse(embedded.text))).toEqual(seed);
  });

  test("SVG parses, keeps every label as text, links to nothing and carries the topology", async ({
    page,
  }) => {
    await openDiagram(page, "?example=showcase");
    const svg = await exportAs(page, "SVG image", { scale: "1×", background: "Dark" });
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString("utf8");
    expect(text).not.toMatch(/href\s*=|url\(|<image\b|<foreignObject\b|@import|<script\b|file:/i);
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
        titles: [...doc.querySelectorAll("g > title")].map((t) => t.textContent ?? ""),
      };
    }, text);
    expect(parsed.error).toBeNull();
    // Every node on the canvas is in the picture, by its accessible name, and shows its name as text.
    // Each box's own button carries its name (badges and fold toggles are separate buttons).
    const names = await page
      .locator(".react-flow__node .ec2viz-node-button[aria-label]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(parsed.titles).toContain(name);
    const all = parsed.texts.join("\n");
    for (const label of ["web-a-1", "orders-db-replica", "db-a-data", "igw-shop", "shop-vpc", "Internet"])
      expect(all).toContain(label);
    const embedded = readTopologyFromSvg(text);
    expect(embedded.ok).toBe(true);
  });

  test("transparent and dark backgrounds", async ({ page }) => {
    await openDiagram(page, "?example=seed");
    const clear = await exportAs(page, "PNG image", { scale: "1×", background: "Transparent" });
    const dark = await exportAs(page, "PNG image", { scale: "1×", background: "Dark" });
    const corner = [{ x: 2, y: 2 }];
    expect((await inspectPng(page, clear.bytes, [], corner)).at[0]?.[3]).toBe(0);
    expect((await inspectPng(page, dark.bytes, [], corner)).at[0]).toEqual([0x16, 0x19, 0x1f, 255]);
  });

  test("topology files download as JSON and YAML", async ({ page }) => {
    await openDiagram(page, "?example=seed");
    const json = await exportAs(page, "Topology (JSON)");
    expect(json.name).toMatch(/\.json$/);
    expect(topology.parse(JSON.parse(json.bytes.toString("utf8")))).toEqual(seed);
    // YAML is written in a worker, never on the page (#15: 50,000 instances held it for 1.6 s).
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    const yaml = await exportAs(page, "Topology (YAML)");
    expect(workers.some((url) => /export-text/.test(url))).toBe(true);
    expect(yaml.name).toMatch(/\.yaml$/);
    expect(yaml.bytes.toString("utf8")).toBe(toYamlText(seed));
  });

  test("an exported PNG opens again as the same editable diagram", async ({ page }) => {
    // A valid document: files with rule errors are refused on opening (the showcase has some on purpose).
    await openDiagram(page, "?example=large-12");
    const png = await exportAs(page, "PNG image", { scale: "1×" });
    await openDiagram(page, "?example=seed");
    await openFile(page, "diagram.png", png.bytes, "image/png");
    await expect(diagramNode(page, "EC2 instance app-12")).toBeVisible({ timeout: 30_000 });
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveCount(0);
  });

  test("the showcase exported to PNG (drawn in a worker) looks like the browser's own SVG drawing and opens again as the same document", async ({
    page,
  }) => {
    await openDiagram(page, "?example=showcase");
    const svg = await exportAs(page, "SVG image", { scale: "2×", background: "White" });
    const png = await exportAs(page, "PNG image", { scale: "2×", background: "White" });
    const embedded = readTopologyFromPng(png.bytes);
    expect(embedded.ok).toBe(true);
    // The worker replays our SVG on an OffscreenCanvas; Chromium drawing that SVG must look the same.
    const diff = await page.evaluate(
      async ({ svgText, pngBase64 }) => {
        const load = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return img;
        };
        const ours = await load(`data:image/png;base64,${pngBase64}`);
        const theirs = await load(URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" })));
        const pixels = (img: HTMLImageElement) => {
          const c = document.createElement("canvas");
          c.width = ours.naturalWidth;
          c.height = ours.naturalHeight;
          const ctx = c.getContext("2d") as CanvasRenderingContext2D;
          ctx.drawImage(img, 0, 0, c.width, c.height);
          return ctx.getImageData(0, 0, c.width, c.height).data;
        };
        const a = pixels(ours);
        const b = pixels(theirs);
        let far = 0;
        let ink = 0;
        for (let i = 0; i < a.length; i += 4) {
          const d =
            Math.abs((a[i] as number) - (b[i] as number)) +
            Math.abs((a[i + 1] as number) - (b[i + 1] as number)) +
            Math.abs((a[i + 2] as number) - (b[i + 2] as number));
          if (d > 96) far++;
          if ((b[i] as number) + (b[i + 1] as number) + (b[i + 2] as number) < 600) ink++;
        }
        return { far, ink, total: a.length / 4, width: ours.naturalWidth, height: theirs.naturalHeight };
      },
      { svgText: svg.bytes.toString("utf8"), pngBase64: png.bytes.toString("base64") },
    );
    expect(diff.ink / diff.total).toBeGreaterThan(0.02);
    // Text anti-aliasing may differ at glyph edges (504 of 6.8 million pixels when this was written);
    // shapes, colours and words must be where they are.
    expect(diff.far / diff.total).toBeLessThan(0.01);

    await openDiagram(page, "?example=seed");
    await openFile(page, "showcase.png", png.bytes, "image/png");
    // The showcase breaks a rule on purpose: opened on request, like the same JSON file.
    const refusal = page.getByRole("alert").filter({ hasText: "showcase.png" });
    await expect(refusal).toContainText("unknown-reference", { timeout: 30_000 });
    await refusal.getByRole("button", { name: "Open anyway", exact: true }).click();
    await expect(diagramNode(page, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
    await expect(diagramNode(page, "EC2 instance web-a-1")).toBeVisible();
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveCount(0);
    // The same document: exporting it again gives the same topology.
    const again = await exportAs(page, "Topology (JSON)");
    expect(JSON.parse(again.bytes.toString("utf8"))).toEqual(
      JSON.parse(embedded.ok ? embedded.text : "null"),
    );
  });

  test("a PNG painted in strips (how pictures past the canvas limits are made) has the pixels of one painted whole", async ({
    page,
  }) => {
    // The image worker itself, on the seed at 2×, in pieces of 250,000 pixels: seams in both directions.
    const worker = readdirSync(new URL("../dist/assets", import.meta.url)).find((f) =>
      /^image\.worker-.*\.js$/.test(f),
    );
    expect(worker).toBeDefined();
    await openDiagram(page, "?example=seed");
    const result = await page.evaluate(
      async ({ url, doc }) => {
        const ask = (extra: Record<string, unknown>) =>
          new Promise<{ type: string; blob?: Blob; width?: number; height?: number }>((resolve) => {
            const w = new Worker(url, { type: "module" });
            w.onmessage = (e) => {
              if (e.data.type === "progress") return;
              w.terminate();
              resolve(e.data);
            };
            w.postMessage({
              format: "png",
              doc,
              collapsed: [],
              diagnostics: [],
              lang: "en",
              scale: 2,
              background: "white",
              ...extra,
            });
          });
        const whole = await ask({});
        const strips = await ask({ strips: true, stripArea: 250_000 });
        const pixels = async (blob: Blob) => {
          const bitmap = await createImageBitmap(blob);
          const c = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = c.getContext("2d") as OffscreenCanvasRenderingContext2D;
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const a = await pixels(whole.blob as Blob);
        const b = await pixels(strips.blob as Blob);
        let differ = 0;
        for (let i = 0; i < a.length; i += 4) {
          const d =
            Math.abs((a[i] as number) - (b[i] as number)) +
            Math.abs((a[i + 1] as number) - (b[i + 1] as number)) +
            Math.abs((a[i + 2] as number) - (b[i + 2] as number)) +
            Math.abs((a[i + 3] as number) - (b[i + 3] as number));
          if (d > 48) differ++;
        }
        const bytes = new Uint8Array(await (strips.blob as Blob).arrayBuffer());
        let binary = "";
        for (let i = 0; i < bytes.length; i += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return {
          sizes: [whole.width, whole.height, strips.width, strips.height],
          same: a.length === b.length,
          differ,
          total: a.length / 4,
          base64: btoa(binary),
        };
      },
      { url: `/assets/${worker}`, doc: seed },
    );
    const [w, h, sw, sh] = result.sizes as number[];
    expect([sw, sh]).toEqual([w, h]);
    expect((w as number) * (h as number)).toBeGreaterThan(4 * 250_000);
    expect(result.same).toBe(true);
    expect(result.differ / result.total).toBeLessThan(0.001);
    const bytes = Buffer.from(result.base64, "base64");
    expect(pngSize(bytes)).toEqual({ width: w, height: h });
    const embedded = readTopologyFromPng(bytes);
    expect(embedded.ok && topology.parse(JSON.parse(embedded.text))).toEqual(seed);
  });

  test("a share link round-trips, and a damaged one says so", async ({ page, browser }) => {
    test.fixme(!APP_OPENS_SHARE_LINKS, "the app does not open share links at start-up yet");
    await openDiagram(page, "?example=showcase");
    await toolbarButton(page, "Export").click();
    await exportPanel(page).getByRole("button", { name: "Copy share link", exact: true }).click();
    const link = await exportPanel(page).getByRole("textbox", { name: "Share link" }).inputValue();
    expect(link).toMatch(/^[^?#]*#t=[A-Za-z0-9_-]+$/);

    // A fresh browser profile: nothing autosaved, so only the link can bring the showcase.
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(link);
    // The showcase has a deliberate rule error: refused like the same file would be, until asked.
    const refusal = fresh.getByRole("alert");
    await expect(refusal).toContainText(/breaks AWS rules/, { timeout: 30_000 });
    await expect(refusal).toContainText("unknown-reference");
    await expect(diagramNode(fresh, "EC2 instance orders-db-replica")).toHaveCount(0);
    await refusal.getByRole("button", { name: "Open anyway", exact: true }).click();
    await expect(diagramNode(fresh, "EC2 instance orders-db-replica")).toBeVisible({ timeout: 30_000 });
    await expect(fresh.getByRole("status").filter({ hasText: "share link" })).toContainText(/error/);
    // Pasted into the same tab (only the fragment changes): the app reads it without a reload.
    await fresh.goto(`${link.slice(0, -12)}`);
    await expect(fresh.getByRole("alert")).toContainText(/damaged|cut short/i);
    await expect(diagramNode(fresh, "EC2 instance orders-db-replica")).toBeVisible();
    await other.close();
  });

  test("a share link pasted into the address bar of an open tab opens there, as one undoable step", async ({
    page,
    browser,
  }) => {
    await openDiagram(page, "?example=nat");
    await toolbarButton(page, "Export").click();
    await exportPanel(page).getByRole("button", { name: "Copy share link", exact: true }).click();
    const link = await exportPanel(page).getByRole("textbox", { name: "Share link" }).inputValue();

    // Another tab, already open on the seed: pasting the link changes only the address's fragment,
    // so the browser doesn't load the page again; the app must open it by itself.
    const other = await browser.newContext({ baseURL: new URL(link).origin });
    const open = await other.newPage();
    await openDiagram(open, "");
    await expect(diagramNode(open, "NAT gateway nat-a")).toHaveCount(0);
    await open.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await open.goto(link);
    await expect(diagramNode(open, "NAT gateway nat-a")).toBeVisible({ timeout: 30_000 });
    await expect(open.getByRole("status").filter({ hasText: "share link" })).toContainText("Opened");
    expect(await open.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    // The link leaves the address (a reload keeps the work made since), and Undo gives the seed back.
    expect(new URL(open.url()).hash).toBe("");
    await toolbarButton(open, "Undo").click();
    await expect(diagramNode(open, "NAT gateway nat-a")).toHaveCount(0);
    await other.close();
  });

  test("the 1,000-instance topology exports to PNG and SVG; past the canvas limits the largest scale that fits is offered", async ({
    page,
  }) => {
    test.slow();
    await openDiagram(page, "?example=large-1000");
    const svg = await exportAs(page, "SVG image", { scale: "1×" });
    expect(svg.bytes.length).toBeGreaterThan(100_000);
    const png = await exportAs(page, "PNG image", { scale: "1×" });
    const size = pngSize(png.bytes) as { width: number; height: number };
    expect(size.width * size.height).toBeGreaterThan(1_000_000);

    await toolbarButton(page, "Export").click();
    const panel = exportPanel(page);
    await panel.getByLabel("3×", { exact: true }).check();
    await panel.getByRole("button", { name: "PNG image", exact: true }).click();
    // Not a refusal: the size in words, the largest scale that fits, and buttons for both ways on.
    const offer = panel.getByRole("alert");
    await expect(offer).toContainText(/At 3× this diagram is .* px.*more than a browser can draw/, {
      timeout: 60_000,
    });
    const fit = Number(/largest scale that fits is ([\d.]+)×/.exec((await offer.textContent()) ?? "")?.[1]);
    expect(fit).toBeGreaterThan(1);
    expect(fit).toBeLessThan(3);
    await expect(panel.getByRole("button", { name: "PNG at full size, drawn in strips (3×)" })).toBeVisible();
    const download = page.waitForEvent("download", { timeout: 90_000 });
    await panel.getByRole("button", { name: `PNG at the largest scale that fits (${fit}×)` }).click();
    const fitted = await readFile(await (await download).path());
    const fittedSize = pngSize(fitted) as { width: number; height: number };
    expect(Math.abs(fittedSize.width - size.width * fit)).toBeLessThanOrEqual(2);
    expect(Math.abs(fittedSize.height - size.height * fit)).toBeLessThanOrEqual(2);
    const embedded = readTopologyFromPng(fitted);
    expect(embedded.ok).toBe(true);
  });

  test("a long PNG export can be cancelled: the worker stops, the panel says so, nothing is saved, the diagram is as it was", async ({
    page,
  }) => {
    test.slow();
    await openDiagram(page, "?example=large-1000");
    // The document as Save writes it: after the cancelled export it must be the same file. (Counting
    // the canvas's boxes instead compared two moments of a picture still being put on the canvas.)
    const savedText = async () => {
      const saved = page.waitForEvent("download");
      await toolbarButton(page, "Save").click();
      const path = await (await saved).path();
      return readFile(path, "utf8");
    };
    const before = await savedText();
    // What Undo would undo now: after the export it must be the same step.
    const undoBefore = await toolbarButton(page, "Undo").getAttribute("title");
    const imageWorkers: { closed: boolean }[] = [];
    page.on("worker", (worker) => {
      if (!worker.url().includes("image.worker")) return;
      const seen = { closed: false };
      imageWorkers.push(seen);
      worker.on("close", () => {
        seen.closed = true;
      });
    });
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));

    await toolbarButton(page, "Export").click();
    const panel = exportPanel(page);
    await panel.getByLabel("2×", { exact: true }).check();
    await panel.getByRole("button", { name: "PNG image", exact: true }).click();
    // Past the canvas limits at 2×: the full size in strips is the long way (tens of seconds).
    const strips = panel.getByRole("button", { name: "PNG at full size, drawn in strips (2×)" });
    await expect(strips).toBeVisible({ timeout: 60_000 });
    await strips.click();
    // Cancel while it draws, as a person would after watching it for a moment.
    await expect(panel.getByRole("status")).toContainText(/Drawing… \d+%/, { timeout: 60_000 });
    await panel.getByRole("button", { name: "Cancel export", exact: true }).click();

    await expect(panel.getByRole("status")).toHaveText("Export cancelled: nothing was saved.");
    await expect(panel.getByRole("button", { name: "Cancel export", exact: true })).toHaveCount(0);
    await expect.poll(() => imageWorkers.length > 0 && imageWorkers.every((w) => w.closed)).toBe(true);
    // The buttons work again, and the diagram is untouched.
    await expect(panel.getByRole("button", { name: "PNG image", exact: true })).toBeEnabled();
    expect(downloads).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await toolbarButton(page, "Undo").getAttribute("title")).toBe(undoBefore);
    expect(await savedText()).toBe(before);
  });
});
