// Validation timings for `npm run bench`: validate() (schema + every AWS rule) on generated
// topologies, next to JSON.parse of the same document's text as the in-process baseline.
import type { Topology } from "../src/model/schema.ts";
import { validate } from "../src/model/validate.ts";
import { generateTopology } from "./generate.ts";
import { median, printTable } from "./stats.ts";

export interface ValidateBenchRow {
  instances: number;
  validateMs: number;
  parseMs: number;
  diagnostics: number;
  /** Format-2 resources in the document: route tables, NAT gateways, Elastic IPs, network ACLs. */
  routing: { routeTables: number; natGateways: number; elasticIps: number; networkAcls: number };
}

type RoutingCounts = ValidateBenchRow["routing"];

/** How many format-2 resources a generated document has (both bench tables print them). */
export function routingCounts(doc: Topology): RoutingCounts {
  return {
    routeTables: doc.routeTables.length,
    natGateways: doc.natGateways.length,
    elasticIps: doc.elasticIps.length,
    networkAcls: doc.networkAcls.length,
  };
}

export const formatRouting = (c: RoutingCounts) =>
  `${c.routeTables}/${c.natGateways}/${c.elasticIps}/${c.networkAcls}`;

export function benchValidate(sizes: readonly number[], runs: number): ValidateBenchRow[] {
  return sizes.map((instances) => {
    const doc = generateTopology(instances, 1);
    const text = JSON.stringify(doc);
    let diagnostics = validate(JSON.parse(text)).length; // warm-up
    const validateTimes: number[] = [];
    const parseTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const data = JSON.parse(text);
      parseTimes.push(performance.now() - t);
      t = performance.now();
      diagnostics = validate(data).length;
      validateTimes.push(performance.now() - t);
    }
    const routing = routingCounts(doc);
    return {
      instances,
      validateMs: median(validateTimes),
      parseMs: median(parseTimes),
      diagnostics,
      routing,
    };
  });
}

export function printValidateBench(rows: readonly ValidateBenchRow[]): void {
  console.log("\nValidation (schema + rules), median ms, with JSON.parse of the same text as baseline:");
  printTable(
    ["instances", "validate", "JSON.parse", "ratio", "diagnostics", "rtb/nat/eip/acl"],
    rows.map((r) => [
      String(r.instances),
      r.validateMs.toFixed(1),
      r.parseMs.toFixed(1),
      `${(r.validateMs / r.parseMs).toFixed(1)}×`,
      String(r.diagnostics),
      formatRouting(r.routing),
    ]),
    11,
  );
}
