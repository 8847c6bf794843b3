// CloudFormation export timings for `npm run bench`: generated topologies of 1,000 and 5,000
// instances (with their routes, NAT gateways, ACLs and groups) written as a template, YAML and JSON,
// next to writing the same topology as its own file (serialize.ts) as the in-process baseline; and
// the round trip back through `ec2viz import`.
import { pathToFileURL } from "node:url";
import { importFiles } from "../src/import/import.ts";
import { generateImportable } from "../src/import/testing/generate.ts";
import { templateText, topologyToTemplate } from "../src/io/cloudformation.ts";
import { toJsonText, toYamlText } from "../src/io/serialize.ts";
import { topology } from "../src/model/schema.ts";
import { medianTime, printTable } from "./stats.ts";

export interface CfnBenchRow {
  instances: number;
  format: "yaml" | "json";
  resources: number;
  bytes: number;
  exportMs: number;
  baselineMs: number;
  importMs: number;
}

export function benchCloudFormation(sizes: readonly number[], runs: number): CfnBenchRow[] {
  const rows: CfnBenchRow[] = [];
  for (const instances of sizes) {
    const doc = topology.parse(generateImportable(instances, 7));
    for (const format of ["yaml", "json"] as const) {
      const write = () => {
        const made = topologyToTemplate(doc);
        if (!made.ok) throw new Error(made.reason.en);
        return {
          text: templateText(made.template, format),
          resources: Object.keys(made.template.Resources).length,
        };
      };
      const { text, resources } = write();
      const bytes = new TextEncoder().encode(text);
      rows.push({
        instances,
        format,
        resources,
        bytes: bytes.length,
        exportMs: medianTime(runs, write),
        baselineMs: medianTime(runs, () => (format === "yaml" ? toYamlText(doc) : toJsonText(doc))),
        importMs: medianTime(Math.min(runs, 3), () => importFiles([{ name: `stack.${format}`, bytes }])),
      });
    }
  }
  return rows;
}

export function printCloudFormationBench(rows: readonly CfnBenchRow[]): void {
  console.log(
    "\nCloudFormation export, median ms, with writing the topology file in the same format as baseline; import = ec2viz import of the template:",
  );
  printTable(
    ["instances", "format", "resources", "MB", "export", "baseline", "ratio", "import"],
    rows.map((r) => [
      String(r.instances),
      r.format,
      String(r.resources),
      (r.bytes / 1e6).toFixed(1),
      r.exportMs.toFixed(1),
      r.baselineMs.toFixed(1),
      `${(r.exportMs / r.baselineMs).toFixed(1)}×`,
      r.importMs.toFixed(1),
    ]),
    10,
  );
}

// `npx tsx bench/cloudformation.ts [--runs=N]` runs it on its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const runsArg = process.argv.find((a) => a.startsWith("--runs="));
  printCloudFormationBench(benchCloudFormation([1000, 5000], runsArg ? Number(runsArg.slice(7)) : 5));
}
