// `ec2viz render` timings for `npm run bench`: the whole headless render (layout, scene, SVG, and
// for PNG the resvg raster plus the embedded topology) on generated topologies, against the layout
// alone in the same process. Run alone: `npx tsx bench/render.ts [--runs=N]`.
import { pathToFileURL } from "node:url";
import { renderImage } from "../src/cli/render-image.ts";
import { layoutTopologySync } from "../src/layout/layout.ts";
import { generateTopology } from "./generate.ts";
import { median, printTable } from "./stats.ts";

export interface RenderBenchRow {
  instances: number;
  layoutMs: number;
  svgMs: number;
  pngMs: number;
  svgBytes: number;
  pngBytes: number;
  pngSize: string;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export async function benchRender(
  sizes: readonly number[] = [1000, 5000],
  runs = 3,
): Promise<RenderBenchRow[]> {
  const rows: RenderBenchRow[] = [];
  for (const size of sizes) {
    const doc = generateTopology(size, 1);
    const request = { scale: 1, background: "white", lang: "en" } as const;
    // Warm-up: JIT, the WebAssembly module and the fonts (read once per process).
    await renderImage(doc, { ...request, format: "png" });
    const layout: number[] = [];
    const svg: number[] = [];
    const png: number[] = [];
    let svgBytes = 0;
    let pngBytes = 0;
    let pngSize = "";
    for (let i = 0; i < runs; i++) {
      layout.push((await timed(() => layoutTopologySync(doc))).ms);
      // The SVG's parts are made as they are taken: take them all inside the timing.
      const s = await timed(async () => {
        const image = await renderImage(doc, { ...request, format: "svg" });
        return image.ok && !(image.data instanceof Uint8Array) ? { ...image, data: [...image.data] } : image;
      });
      svg.push(s.ms);
      if (s.value.ok) svgBytes = byteLength(s.value.data);
      const p = await timed(() => renderImage(doc, { ...request, format: "png" }));
      png.push(p.ms);
      if (p.value.ok) {
        pngBytes = byteLength(p.value.data);
        pngSize = `${p.value.width}×${p.value.height}`;
      } else {
        pngSize = "refused";
      }
    }
    rows.push({
      instances: size,
      layoutMs: median(layout),
      svgMs: median(svg),
      pngMs: median(png),
      svgBytes,
      pngBytes,
      pngSize,
    });
  }
  return rows;
}

export function printRenderBench(rows: readonly RenderBenchRow[]): void {
  console.log(
    "\nec2viz render (headless, scale 1, English), median ms, with the layout alone as the baseline:",
  );
  printTable(
    ["instances", "layout ms", "svg ms", "svg÷layout", "png ms", "png÷layout", "svg KB", "png KB", "png px"],
    rows.map((r) => [
      String(r.instances),
      r.layoutMs.toFixed(0),
      r.svgMs.toFixed(0),
      `${(r.svgMs / r.layoutMs).toFixed(1)}×`,
      r.pngMs.toFixed(0),
      `${(r.pngMs / r.layoutMs).toFixed(1)}×`,
      (r.svgBytes / 1024).toFixed(0),
      (r.pngBytes / 1024).toFixed(0),
      r.pngSize,
    ]),
    11,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const runsArg = process.argv.find((a) => a.startsWith("--runs="));
  printRenderBench(await benchRender([1000, 5000], runsArg ? Math.max(1, Number(runsArg.slice(7))) : 3));
}

/** Bytes of an image: PNG bytes, or an SVG's parts as UTF-8. */
function byteLength(data: Uint8Array | Iterable<string>): number {
  if (data instanceof Uint8Array) return data.length;
  let total = 0;
  for (const part of data) total += Buffer.byteLength(part);
  return total;
}
