// Huge documents (issue 15): what each step costs at 20,000 and 100,000 instances, as a ratio to
// JSON.parse of the same text in the same process (the machine is shared and noisy; ratios travel).
// Not part of `npm run bench` (minutes and gigabytes):
//   npx tsx bench/huge.ts [--sizes=20000,100000] [--runs=3] [--steps=read,rules,layout,svg,json,yaml,link]
// (Node's default heap may be too small at 100,000: NODE_OPTIONS=--max-old-space-size=8192.)
import { loadavg } from "node:os";
import { sceneFromLayout } from "../src/io/export-scene.ts";
import { parseTopologyText } from "../src/io/parse.ts";
import { toJsonText, toYamlText } from "../src/io/serialize.ts";
import { encodeShareFragment } from "../src/io/share-link.ts";
import { renderSvg } from "../src/io/svg-render.ts";
import { layoutTopologySync } from "../src/layout/layout.ts";
import { parseBigDocumentsFast } from "../src/model/fast-schema.ts";
import { checkRules } from "../src/model/validate.ts";
import { generateTopology } from "./generate.ts";
import { medianTime, printTable } from "./stats.ts";

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SIZES = (option("sizes") ?? "20000,100000").split(",").map(Number);
const RUNS = Math.max(1, Number(option("runs") ?? 3));
const STEPS = ["read", "rules", "layout", "svg", "json", "yaml", "link"] as const;
const chosen = new Set((option("steps") ?? STEPS.join(",")).split(","));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
// As the CLI does (src/cli/main.ts): big documents are read with zod's generated parser.
parseBigDocumentsFast();

console.log(
  `ec2viz huge-document benchmark — Node ${process.version}, median of ${RUNS} runs after a warm-up`,
);
console.log("ms, and × JSON.parse of the same text (the in-process baseline):");
console.log(`load average at start: ${load()}\n`);
const rows: string[][] = [];
for (const size of SIZES) {
  const doc = generateTopology(size, 1);
  const text = JSON.stringify(doc);
  // Each step is printed as it ends (a 100,000-instance run takes minutes), then the table.
  const step = (name: string, fn: () => unknown) => {
    const ms = medianTime(RUNS, fn);
    const ratio = name === "JSON.parse" ? "" : ` (${(ms / parse).toFixed(1)}× JSON.parse)`;
    console.error(`  ${size} instances, ${name}: ${ms.toFixed(0)} ms${ratio}, load ${load()}`);
    return ms;
  };
  let parse = 1;
  parse = step("JSON.parse", () => JSON.parse(text));
  const skip = Number.NaN;
  const run = (name: (typeof STEPS)[number], label: string, fn: () => unknown) =>
    chosen.has(name) ? step(label, fn) : skip;
  const read = run("read", "read file", () => parseTopologyText(text, "json")); // checks, migrations, schema
  // What `ec2viz validate` does after reading: the index and the rules. (validate(doc) would check
  // the shape again, which "read file" has timed: at 100,000 instances 5 s of zod's runtime parser.)
  const rules = run("rules", "rules", () => checkRules(doc));
  const layout = run("layout", "layout", () => layoutTopologySync(doc));
  const laid = chosen.has("svg") ? layoutTopologySync(doc) : undefined;
  const svg = run("svg", "SVG", () =>
    renderSvg(sceneFromLayout(laid as ReturnType<typeof layoutTopologySync>, doc, "en"), {
      topologyJson: text,
    }),
  );
  const json = run("json", "JSON text", () => toJsonText(doc));
  const yaml = run("yaml", "YAML", () => toYamlText(doc));
  const link = run("link", "share link", () => encodeShareFragment(doc));
  const times = [read, rules, layout, svg, json, yaml, link];
  rows.push([
    String(size),
    mb(text.length),
    parse.toFixed(0),
    ...times.map((ms) => (Number.isNaN(ms) ? "–" : `${ms.toFixed(0)} (${(ms / parse).toFixed(1)}×)`)),
    mb(process.memoryUsage().heapUsed),
  ]);
}
console.log(`load average at end: ${load()}`);
printTable(
  [
    "instances",
    "JSON MB",
    "JSON.parse",
    "read file",
    "rules",
    "layout",
    "SVG",
    "JSON text",
    "YAML",
    "share link",
    "heap MB",
  ],
  rows,
  14,
);
