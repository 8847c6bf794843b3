import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { addInstance } from "./commands/add-compute.ts";
// Installs the derivation of an edited document's index, as the edit commands and the layout
// worker load it after the first picture: without it every sharedIndex is built whole.
import "./index-edit.ts";
import { generateTopology } from "./examples/generate.ts";
import { type Collection, type Topology, topology } from "./schema.ts";
import {
  INDEX_STEP_ITEMS,
  indexSteps,
  indexTopology,
  KIND_OF_COLLECTION,
  kindOfId,
  sharedIndex,
  sharedIndexInSteps,
  type TopologyIndex,
} from "./topology-index.ts";

describe("topology index", () => {
  const doc = topology.parse(seed);

  it("agrees with the one-look-up scan on every id", () => {
    const index = indexTopology(doc);
    for (const [id, kind] of index.kindById) expect(kindOfId(doc, id)).toBe(kind);
    expect(kindOfId(doc, "missing")).toBeUndefined();
  });

  it("groups resources under their parents", () => {
    const index = indexTopology(doc);
    expect(index.subnetsByVpc.get("vpc-main")?.map((s) => s.id)).toEqual(["subnet-public-a"]);
    expect(index.volumesByInstance.get("i-web-1")).toEqual([
      expect.objectContaining({
        device: "/dev/xvda",
        volume: expect.objectContaining({ id: "vol-web-1-root" }),
      }),
    ]);
    expect(index.regionByAz.get("ap-northeast-2a")?.id).toBe("ap-northeast-2");
  });

  it("is built in steps of a bounded number of items, the same index, then shared (issue #15, B9)", async () => {
    const big = generateTopology(10_000, 1);
    const items = Object.values(big).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
    const steps = indexSteps(big);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // Every resource is counted once in the kinds and once more in its own collection's map.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((2 * items) / INDEX_STEP_ITEMS));
    expect(step.value).toEqual(indexTopology(big));
    let waited = 0;
    const index = await sharedIndexInSteps(big, async () => void waited++, 0);
    expect(waited).toBe(pauses);
    expect(index).toEqual(step.value);
    expect(sharedIndex(big)).toBe(index);
  });

  it("gives back the index someone asked for while it was being built in steps", async () => {
    const big = generateTopology(5_000, 2);
    let asked: ReturnType<typeof sharedIndex> | undefined;
    const index = await sharedIndexInSteps(
      big,
      async () => {
        asked ??= sharedIndex(big);
      },
      0,
    );
    expect(asked).toBeDefined();
    expect(index).toBe(asked);
  });
});

/** Everything an index answers, as plain data: maps by id in their order, the others by key. */
function answers(index: TopologyIndex, ids: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(index)) {
    if (value instanceof Set) out[field] = [...value].sort();
    else {
      const map = value as ReadonlyMap<string, unknown>;
      const entries = [...map.entries()];
      expect(map.size, field).toBe(entries.length);
      const ordered = (Object.keys(KIND_OF_COLLECTION) as string[]).includes(field);
      out[field] = {
        entries: ordered ? entries : entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        got: ids.map((id) => [map.has(id), map.get(id)]),
      };
    }
  }
  return out;
}

const idsOf = (doc: Topology) =>
  (Object.keys(KIND_OF_COLLECTION) as Collection[]).flatMap((c) => doc[c].map((item) => item.id));

type Item = { id: string } & Record<string, unknown>;
/** Fields whose value says which list of the index an item is in (or which id it is). */
const LINKS = [
  "id",
  "subnet",
  "vpc",
  "region",
  "instance",
  "natGateway",
  "attachments",
  "subnets",
  "external",
];

/** A random change of one list: what commands do (replace, append, remove) and what they don't. */
const listChange = fc.record({
  collection: fc.constantFrom(...(Object.keys(KIND_OF_COLLECTION) as Collection[])),
  op: fc.constantFrom("replace", "append", "remove", "removeRun", "insert", "swap", "same"),
  at: fc.nat(),
  other: fc.nat(),
  field: fc.constantFrom(...LINKS),
  fresh: fc.boolean(),
});
type ListChange = typeof listChange extends fc.Arbitrary<infer T> ? T : never;

let freshIds = 0;
/** `item` with one linking field taken from `donor` (or a new id / the external mark flipped). */
function tweaked(item: Item, donor: Item, field: string, fresh: boolean): Item {
  if (field === "id") return { ...item, id: fresh ? `new-${++freshIds}` : donor.id };
  if (field === "external") return { ...item, external: item.external !== true };
  return field in donor ? { ...item, [field]: donor[field] } : { ...item };
}

function applyChange(doc: Topology, c: ListChange): Topology {
  const list = doc[c.collection] as unknown as Item[];
  const pool = (Object.values(doc).filter(Array.isArray) as Item[][]).flat();
  if (list.length === 0 || pool.length === 0) return { ...doc };
  const k = c.at % list.length;
  const item = list[k] as Item;
  const donor = (c.fresh ? list[c.other % list.length] : pool[c.other % pool.length]) as Item;
  const next = [...list];
  if (c.op === "replace") next[k] = tweaked(item, donor, c.field, c.fresh);
  else if (c.op === "append") next.push(tweaked(item, donor, c.field === "id" ? "id" : c.field, true));
  else if (c.op === "remove") next.splice(k, 1);
  else if (c.op === "removeRun") next.splice(k, 1 + (c.other % 5));
  else if (c.op === "insert") next.splice(k, 0, { ...item, id: `new-${++freshIds}` });
  else if (c.op === "swap")
    [next[k], next[c.other % list.length]] = [next[c.other % list.length] as Item, item];
  else return { ...doc };
  return { ...doc, [c.collection]: next };
}

describe("sharedIndex of an edited document (index-edit.ts)", () => {
  it("answers as indexTopology after any run of random edits, and for the documents before them", () => {
    const start = [generateTopology(30, 3), generateTopology(12, 4), topology.parse(seed)];
    fc.assert(
      fc.property(
        fc.nat(start.length - 1),
        fc.array(fc.array(listChange, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (which, edits, backs) => {
          let doc = { ...(start[which] as Topology) };
          const docs = [doc];
          sharedIndex(doc);
          for (const edit of edits) {
            const before = doc;
            for (const change of edit) doc = applyChange(doc, change);
            docs.push(doc);
            const ids = [...new Set([...idsOf(before), ...idsOf(doc), "missing"])];
            expect(answers(sharedIndex(doc), ids)).toEqual(answers(indexTopology(doc), ids));
          }
          // Undo: an earlier document again (its own index), or a copy of it (made from the newest).
          for (const back of backs) {
            const old = docs[back % docs.length] as Topology;
            const copy = { ...old };
            const ids = [...new Set([...idsOf(old), ...idsOf(doc)])];
            expect(answers(sharedIndex(old), ids)).toEqual(answers(indexTopology(old), ids));
            expect(answers(sharedIndex(copy), ids)).toEqual(answers(indexTopology(copy), ids));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is made from the previous one, not built again, for a palette add at 10,000 instances", () => {
    const big = generateTopology(10_000, 5);
    const before = sharedIndex(big);
    const added = addInstance(big, { subnetId: (big.subnets[7] as { id: string }).id });
    if (!added.ok) throw new Error("refused");
    const after = sharedIndex(added.doc);
    // Lists the add didn't touch are the very same; those it touched answer for the new instance.
    expect(after.subnets).toBe(before.subnets);
    expect(after.securityGroupsByVpc).toBe(before.securityGroupsByVpc);
    const id = added.doc.instances.at(-1)?.id as string;
    expect(after.instances.get(id)).toBe(added.doc.instances.at(-1));
    expect(before.instances.has(id)).toBe(false);
    expect(after.kindById.get(id)).toBe("instance");
  });
});
