// Huge documents (issue 15): what each step costs at 20,000 and 100,000 instances, as a ratio to
// JSON.parse of the same text in the same process (the machine is shared and noisy; ratios travel).
// Not part of `npm run bench` (minutes and gigabytes): `npx tsx bench/huge.ts [--sizes=20000,100000] [--runs=3]`.
import { sceneFromLayout } from "../src/io/export-scene.ts";
import { parseTopologyText } from "../src/io/parse.ts";
import { toYamlText } from "../src/io/serialize.ts";
import { encodeShareFragment } from "../src/io/share-link.ts";
import { renderSvg } from "../src/io/svg-render.ts";
import { layoutTopologySync } from "../src/layout/layout.ts";
import { validate } from "../src/model/validate.ts";
import { generateTopology } from "./generate.ts";
import { medianTime, printTable } from "./stats.ts";

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SIZES = (option("sizes") ?? "20000,100000").split(",").map(Number);
const RUNS = Math.max(1, Number(option("runs") ?? 3));

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

console.log(
  `ec2viz huge-document benchmark — Node ${process.version}, median of ${RUNS} runs after a warm-up`,
);
console.log("ms, and × JSON.parse of the same text (the in-process baseline):\n");
const rows: string[][] = [];
for (const size of SIZES) {
  const doc = generateTopology(size, 1);
  const text = JSON.stringify(doc);
  // Each step is printed as it ends (a 100,000-instance run takes minutes), then the table.
  const step = (name: string, fn: () => unknown) => {
    const ms = medianTime(RUNS, fn);
    console.error(`  ${size} instances, ${name}: ${ms.toFixed(0)} ms`);
    return ms;
  };
  const parse = step("JSON.parse", () => JSON.parse(text));
  const read = step("read file", () => parseTopologyText(text, "json")); // checks, migrations, schema
  const rules = step("rules", () => validate(doc));
  const layout = step("layout", () => layoutTopologySync(doc));
  const laid = layoutTopologySync(doc);
  const svg = step("SVG", () => renderSvg(sceneFromLayout(laid, doc, "en"), { topologyJson: text }));
  const yaml = step("YAML", () => toYamlText(doc));
  const link = step("share link", () => encodeShareFragment(doc));
  const times = [read, rules, layout, svg, yaml, link];
  rows.push([
    String(size),
    mb(text.length),
    parse.toFixed(0),
    ...times.map((ms) => `${ms.toFixed(0)} (${(ms / parse).toFixed(1)}×)`),
    mb(process.memoryUsage().heapUsed),
  ]);
}
printTable(
  [
    "instances",
    "JSON MB",
    "JSON.parse",
    "read file",
    "rules",
    "layout",
    "SVG",
    "YAML",
    "share link",
    "heap MB",
  ],
  rows,
  14,
);
