// `npm run bench`: our bottom-up layout against elkjs `layered` over the whole hierarchy
// (hierarchyHandling INCLUDE_CHILDREN), on generated topologies of growing size.
// Options: --full also runs the baseline at 5,000 instances (minutes); --runs=N.
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { toDiagramGraph, withEdges } from "../src/layout/elk-graph.ts";
import { layoutTopology } from "../src/layout/layout.ts";
import { aspectRatio } from "../src/layout/testing/quality.ts";
import { measureMovement } from "../src/layout/testing/stability.ts";
import type { Topology } from "../src/model/schema.ts";
import { benchCloudFormation, printCloudFormationBench } from "./cloudformation.ts";
import { benchExport, printExportBench } from "./export.ts";
import { generateTopology } from "./generate.ts";
import { benchImport, printImportBench } from "./import.ts";
import { benchReachability, printReachabilityBench } from "./reachability.ts";
import { benchRender, printRenderBench } from "./render.ts";
import { benchServe, printServeBench } from "./serve.ts";
import { median } from "./stats.ts";
import { benchValidate, formatRouting, printValidateBench, routingCounts } from "./validate.ts";

const args = process.argv.slice(2);
const full = args.includes("--full");
const runsArg = args.find((a) => a.startsWith("--runs="));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice(7))) : 5;
const SIZES = [10, 100, 1000, 5000];
/** The baseline at 5,000 takes minutes and gigabytes; only with --full. */
const BASELINE_LIMIT = full ? Number.POSITIVE_INFINITY : 1000;

const elk = new ELK();

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

async function ours(doc: Topology, runs: number) {
  await layoutTopology(doc); // warm-up: JIT
  const times: number[] = [];
  let last = await layoutTopology(doc);
  for (let i = 0; i < runs; i++) {
    const t = await time(() => layoutTopology(doc));
    times.push(t.ms);
    last = t.value;
  }
  return { median: median(times), nodes: last.nodes.length, aspect: aspectRatio(last), layout: last };
}

async function baseline(doc: Topology, runs: number) {
  const graph = (): ElkNode => {
    const g = withEdges(toDiagramGraph(doc));
    g.layoutOptions = {
      "elk.algorithm": "layered",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.direction": "DOWN",
    };
    return g;
  };
  const times: number[] = [];
  let result: ElkNode | undefined;
  for (let i = 0; i < runs; i++) {
    const t = await time(() => elk.layout(graph()));
    times.push(t.ms);
    result = t.value;
  }
  const aspect = result?.width && result.height ? result.width / result.height : Number.NaN;
  return { median: median(times), aspect };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const pad = (s: string, n: number) => s.padStart(n);

console.log(`ec2viz layout benchmark — Node ${process.version}, ${RUNS} timed runs each (median)\n`);
console.log(
  [
    pad("instances", 9),
    pad("nodes", 7),
    pad("ours ms", 9),
    pad("aspect", 7),
    pad("baseline ms", 12),
    pad("aspect", 7),
    pad("speed-up", 9),
    pad("rtb/nat/eip/acl", 15),
  ].join("  "),
);
const layouts = new Map<number, { doc: Topology; layout: Awaited<ReturnType<typeof ours>>["layout"] }>();
for (const size of SIZES) {
  const doc = generateTopology(size, 1);
  const runs = size >= 5000 ? Math.min(RUNS, 3) : RUNS;
  const o = await ours(doc, runs);
  layouts.set(size, { doc, layout: o.layout });
  let base = "skipped (use --full)";
  let baseAspect = "";
  let ratio = "";
  if (size <= BASELINE_LIMIT) {
    const b = await baseline(doc, size >= 1000 ? Math.min(RUNS, 3) : RUNS);
    base = fmt(b.median);
    baseAspect = fmt(b.aspect, 2);
    ratio = `${fmt(b.median / o.median, 1)}×`;
  }
  console.log(
    [
      pad(String(size), 9),
      pad(String(o.nodes), 7),
      pad(fmt(o.median), 9),
      pad(fmt(o.aspect, 2), 7),
      pad(base, 12),
      pad(baseAspect, 7),
      pad(ratio, 9),
      pad(formatRouting(routingCounts(doc)), 15),
    ].join("  "),
  );
}

console.log(
  "\nMovement of unchanged boxes after one small edit (diagram units; an instance card is 216 wide):",
);
console.log(
  [
    pad("instances", 9),
    pad("edit", 8),
    pad("moved", 12),
    pad("median", 7),
    pad("p95", 7),
    pad("max", 7),
    pad("order kept", 11),
  ].join("  "),
);
for (const size of [100, 1000]) {
  const entry = layouts.get(size);
  if (!entry) continue;
  const { doc, layout } = entry;
  const added = structuredClone(doc);
  const target = added.subnets[Math.floor(added.subnets.length / 2)];
  added.instances.push({
    id: "i-bench-new",
    subnet: target?.id ?? "",
    instanceType: "t3.micro",
    state: "running",
  });
  const removed = structuredClone(doc);
  const victim = removed.instances.splice(Math.floor(removed.instances.length / 2), 1)[0];
  removed.volumes = removed.volumes.filter(
    (v) => !(v.attachments ?? []).some((a) => a.instance === victim?.id),
  );
  for (const [edit, changed] of [
    ["add", added],
    ["remove", removed],
  ] as const) {
    const m = measureMovement(layout, await layoutTopology(changed));
    console.log(
      [
        pad(String(size), 9),
        pad(edit, 8),
        pad(`${m.moved}/${m.compared}`, 12),
        pad(fmt(m.medianShift), 7),
        pad(fmt(m.p95Shift), 7),
        pad(fmt(m.maxShift), 7),
        pad(`${fmt(m.orderKept * 100, 1)}%`, 11),
      ].join("  "),
    );
  }
}
console.log("\nTarget: 1,000 instances under 400 ms; 5,000 without failure; aspect between 0.33 and 3.");

printExportBench(await benchExport([100, 1000], RUNS));
printValidateBench(benchValidate(SIZES, RUNS));
printReachabilityBench(benchReachability([1000, 5000], RUNS));
printRenderBench(await benchRender([1000, 5000], Math.min(RUNS, 3)));
printImportBench(benchImport(RUNS));
printCloudFormationBench(benchCloudFormation([1000, 5000], RUNS));
printServeBench(await benchServe([100, 1000], RUNS));
