// Export timings for `npm run bench`: the pure part of image export (scene + SVG string, and
// the topology embedded in it) on generated topologies. Call `benchExport()` from bench/run.ts,
// or run this file alone: `npx tsx bench/export.ts`. PNG rasterising needs a browser; its time
// is measured by e2e/export.spec.ts's 1,000-instance test instead.
import { pathToFileURL } from "node:url";
import { sceneFromLayout } from "../src/io/export-scene.ts";
import { encodeShareFragment } from "../src/io/share-link.ts";
import { renderSvg } from "../src/io/svg-render.ts";
import { layoutTopology } from "../src/layout/layout.ts";
import { generateTopology } from "./generate.ts";
import { median } from "./stats.ts";

export interface ExportBenchRow {
  instances: number;
  boxes: number;
  /** Median milliseconds: layout result -> scene -> SVG string with embedded topology. */
  svgMs: number;
  svgBytes: number;
  /** Baseline in the same process: median milliseconds of JSON.stringify(doc, null, 2). */
  jsonMs: number;
  /** Median milliseconds to build the share link fragment. */
  shareMs: number;
  shareChars: number;
  width: number;
  height: number;
}

export async function benchExport(
  sizes: readonly number[] = [100, 1000],
  runs = 5,
): Promise<ExportBenchRow[]> {
  const rows: ExportBenchRow[] = [];
  for (const size of sizes) {
    const doc = generateTopology(size, 1);
    const layout = await layoutTopology(doc);
    const json = JSON.stringify(doc);
    const render = () =>
      renderSvg(sceneFromLayout(layout, doc, "en"), { topologyJson: json, title: doc.name });
    let svg = render(); // warm-up
    const svgTimes: number[] = [];
    const shareTimes: number[] = [];
    const jsonTimes: number[] = [];
    let share = "";
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      JSON.stringify(doc, null, 2);
      jsonTimes.push(performance.now() - t);
      t = performance.now();
      svg = render();
      svgTimes.push(performance.now() - t);
      t = performance.now();
      share = encodeShareFragment(doc);
      shareTimes.push(performance.now() - t);
    }
    const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
    rows.push({
      instances: size,
      boxes: layout.nodes.length,
      svgMs: median(svgTimes),
      svgBytes: svg.length,
      jsonMs: median(jsonTimes),
      shareMs: median(shareTimes),
      shareChars: share.length,
      width: Number(box?.[1] ?? 0),
      height: Number(box?.[2] ?? 0),
    });
  }
  return rows;
}

export function printExportBench(rows: readonly ExportBenchRow[]): void {
  console.log("\nExport (pure part: scene + SVG with embedded topology; share link), median ms,");
  console.log("with JSON.stringify of the same document as the in-process baseline:");
  console.log(
    ["instances", "boxes", "svg ms", "json ms", "svg÷json", "svg KB", "picture px", "share ms", "link chars"]
      .map((h) => h.padStart(10))
      .join("  "),
  );
  for (const r of rows)
    console.log(
      [
        String(r.instances),
        String(r.boxes),
        r.svgMs.toFixed(0),
        r.jsonMs.toFixed(1),
        `${(r.svgMs / r.jsonMs).toFixed(1)}×`,
        (r.svgBytes / 1024).toFixed(0),
        `${r.width}×${r.height}`,
        r.shareMs.toFixed(1),
        String(r.shareChars),
      ]
        .map((c) => c.padStart(10))
        .join("  "),
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printExportBench(await benchExport());
}
