// What one edit costs off the screen's way, in CPU time (holds up on a busy machine; wall time
// doesn't): the layout worker's incremental layout, the page's incremental rules and the autosave's
// text, per palette drop, rename and delete, on generated topologies. With --base DIR (another
// checkout, e.g. the starting commit's), its layout and rules run the same edits in the same
// process, paired.
//
//   npx tsx bench/edit-costs.ts [--sizes 10000,50000] [--edits 5] [--base /work/base-s15]
import { createItemTexts, docTextInSlices } from "../src/io/doc-text.ts";
import { createLayoutCache, type LayoutCache, layoutTopologySync } from "../src/layout/layout.ts";
import { addInstance } from "../src/model/commands/add-compute.ts";
import { deleteResource } from "../src/model/commands/delete.ts";
import type { CommandResult } from "../src/model/commands/types.ts";
import { updateResource } from "../src/model/commands/update.ts";
import "../src/model/index-edit.ts";
import "../src/layout/graph-edit.ts";
import { generateTopology } from "../src/model/examples/generate.ts";
import { checkRulesIncremental, createRuleCache, type RuleCache } from "../src/model/rules/incremental.ts";
import type { Topology } from "../src/model/schema.ts";
import { sharedIndex } from "../src/model/topology-index.ts";
import { optionReader } from "./browser/options.ts";
import { median } from "./stats.ts";

const value = optionReader(process.argv.slice(2));
const sizes = value("--sizes", "10000,50000").split(",").map(Number);
const edits = Number(value("--edits", "5"));
const baseDir = value("--base", "");

/** CPU milliseconds of this process (user + system). */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cpuOf = (fn: () => void) => {
  const t = cpu();
  fn();
  return cpu() - t;
};
const cpuOfAsync = async (fn: () => Promise<unknown>) => {
  const t = cpu();
  await fn();
  return cpu() - t;
};

type Layout = (doc: Topology, cache: unknown) => void;
const ours: Layout = (doc, cache) => {
  layoutTopologySync(doc, { index: sharedIndex(doc) }, cache as LayoutCache);
};
/** The page's check after an edit (app/diagnose.ts), all at once instead of in slices. */
const ourRules: Layout = (doc, cache) => {
  checkRulesIncremental(doc, "en", cache as RuleCache, sharedIndex);
};
/** The same worker-side and page calls, made with the modules of another checkout. */
async function baseCalls(
  dir: string,
): Promise<{ layout: Layout; cache: () => unknown; rules: Layout; ruleCache: () => unknown }> {
  const layout = await import(`${dir}/src/layout/layout.ts`);
  const index = await import(`${dir}/src/model/topology-index.ts`);
  const rules = await import(`${dir}/src/model/rules/incremental.ts`);
  await import(`${dir}/src/model/index-edit.ts`);
  // The incremental graph too, as its layout worker has it once it edits (and as ours is here).
  await import(`${dir}/src/layout/graph-edit.ts`).catch(() => undefined);
  return {
    layout: (doc, cache) => layout.layoutTopologySync(doc, { index: index.sharedIndex(doc) }, cache),
    cache: () => layout.createLayoutCache(),
    rules: (doc, cache) => rules.checkRulesIncremental(doc, "en", cache, index.sharedIndex),
    ruleCache: () => rules.createRuleCache(),
  };
}

const done = (r: CommandResult): Topology => {
  if (!r.ok) throw new Error(`edit refused: ${r.reason.code}`);
  return r.doc;
};
const EDITS: Record<string, (doc: Topology, i: number) => Topology> = {
  drop: (doc, i) =>
    done(addInstance(doc, { subnetId: (doc.subnets[(i * 7) % doc.subnets.length] as { id: string }).id })),
  rename: (doc, i) =>
    done(updateResource(doc, "instance", doc.instances[i * 13]?.id ?? "", { name: `renamed-${i}` })),
  delete: (doc, i) => done(deleteResource(doc, "instance", doc.instances[i * 17]?.id ?? "")),
};
const nop = async () => {};
const f = (ms: number) => ms.toFixed(0).padStart(7);

const base = baseDir ? await baseCalls(baseDir) : undefined;
console.log(`CPU ms per edit, median of ${edits} edits${base ? `; base: ${baseDir}` : ""}`);
console.log(
  "instances  edit     layout  base layout    rules  base rules   save text (whole)  save text (item texts)",
);
for (const size of sizes) {
  const start = generateTopology(size, 1);
  for (const [name, edit] of Object.entries(EDITS)) {
    const cache = createLayoutCache();
    const baseCache = base?.cache();
    const ruleCache = createRuleCache();
    const baseRuleCache = base?.ruleCache();
    const texts = createItemTexts();
    ours(start, cache);
    ourRules(start, ruleCache);
    if (base) {
      base.layout(start, baseCache);
      base.rules(start, baseRuleCache);
    }
    await docTextInSlices(start, nop, 1000, texts);
    const rows: number[][] = [];
    let doc = start;
    for (let i = 0; i < edits; i++) {
      doc = edit(doc, i);
      const edited = doc;
      rows.push([
        cpuOf(() => ours(edited, cache)),
        base ? cpuOf(() => base.layout(edited, baseCache)) : Number.NaN,
        cpuOf(() => ourRules(edited, ruleCache)),
        base ? cpuOf(() => base.rules(edited, baseRuleCache)) : Number.NaN,
        await cpuOfAsync(() => docTextInSlices(edited, nop)),
        await cpuOfAsync(() => docTextInSlices(edited, nop, 1000, texts)),
      ]);
    }
    const col = (k: number) => median(rows.map((r) => r[k] as number));
    console.log(
      `${String(size).padStart(9)}  ${name.padEnd(7)}${f(col(0))}  ${f(col(1))}    ${f(col(2))}  ${f(col(3))}      ${f(col(4))}             ${f(col(5))}`,
    );
  }
}
