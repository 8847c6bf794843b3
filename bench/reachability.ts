// Reachability timings for `npm run bench`: the three questions of src/model/reachability.ts asked
// for every instance of a generated topology (the internet → it on every opened port, it → the
// internet on HTTPS) and for as many instance pairs on one port, next to indexTopology of the same
// document (what every answer starts from) as the in-process baseline.
import {
  instanceReachability,
  internetReachability,
  outboundReachability,
} from "../src/model/reachability.ts";
import { indexTopology } from "../src/model/topology-index.ts";
import { generateTopology } from "./generate.ts";
import { median, printTable } from "./stats.ts";

export interface ReachabilityBenchRow {
  instances: number;
  indexMs: number;
  inboundMs: number;
  outboundMs: number;
  pairsMs: number;
  reachable: { inbound: number; outbound: number; pairs: number };
}

export function benchReachability(sizes: readonly number[], runs: number): ReachabilityBenchRow[] {
  return sizes.map((instances) => {
    const doc = generateTopology(instances, 1);
    const ids = doc.instances.map((i) => i.id);
    const pairs = ids.map((id, i) => [id, ids[(i * 7 + 3) % ids.length] ?? id] as const);
    const times = {
      index: [] as number[],
      inbound: [] as number[],
      outbound: [] as number[],
      pairs: [] as number[],
    };
    const reachable = { inbound: 0, outbound: 0, pairs: 0 };
    for (let run = 0; run <= runs; run++) {
      let t = performance.now();
      const index = indexTopology(doc);
      const indexMs = performance.now() - t;
      t = performance.now();
      const inbound = ids.filter((id) => internetReachability(index, id)?.reachable).length;
      const inboundMs = performance.now() - t;
      t = performance.now();
      const outbound = ids.filter((id) => outboundReachability(index, id)?.reachable).length;
      const outboundMs = performance.now() - t;
      t = performance.now();
      const peer = pairs.filter(
        ([a, b]) => instanceReachability(index, a, b, { protocol: "tcp", port: 443 })?.reachable,
      ).length;
      const pairsMs = performance.now() - t;
      if (run === 0) continue; // warm-up
      times.index.push(indexMs);
      times.inbound.push(inboundMs);
      times.outbound.push(outboundMs);
      times.pairs.push(pairsMs);
      Object.assign(reachable, { inbound, outbound, pairs: peer });
    }
    return {
      instances,
      indexMs: median(times.index),
      inboundMs: median(times.inbound),
      outboundMs: median(times.outbound),
      pairsMs: median(times.pairs),
      reachable,
    };
  });
}

export function printReachabilityBench(rows: readonly ReachabilityBenchRow[]): void {
  console.log(
    "\nReachability (every instance asked; as many pairs), median ms, with indexTopology as baseline:",
  );
  const ratio = (ms: number, base: number) => `${(ms / base).toFixed(1)}×`;
  printTable(
    ["instances", "index", "in", "in÷index", "out", "out÷index", "pairs", "pairs÷index", "yes in/out/pairs"],
    rows.map((r) => [
      String(r.instances),
      r.indexMs.toFixed(1),
      r.inboundMs.toFixed(1),
      ratio(r.inboundMs, r.indexMs),
      r.outboundMs.toFixed(1),
      ratio(r.outboundMs, r.indexMs),
      r.pairsMs.toFixed(1),
      ratio(r.pairsMs, r.indexMs),
      `${r.reachable.inbound}/${r.reachable.outbound}/${r.reachable.pairs}`,
    ]),
    11,
  );
}

// `tsx bench/reachability.ts` prints this table alone.
if (import.meta.url === `file://${process.argv[1]}`)
  printReachabilityBench(benchReachability([1000, 5000], 5));
