import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLLECTIONS, type Topology } from "../schema.ts";
import { validTopology } from "../testing/arbitrary.ts";
import { applyEdit, editArbitrary } from "../testing/edits.ts";
import { addInstance } from "./add-compute.ts";
import { nextId } from "./ids.ts";

const PREFIXES = ["vpc", "igw", "subnet", "sg", "i", "vol", "rtb", "nat", "eipalloc", "acl"] as const;

/** The rule, the slow way: every id of the document read again for each new id. */
function reference(doc: Topology, prefix: string): string {
  const taken = new Set<string>();
  for (const collection of COLLECTIONS) for (const item of doc[collection]) taken.add(item.id);
  const pattern = new RegExp(`^${prefix}-(\\d{1,9})$`);
  let highest = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let n = highest + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

const oddId = fc.oneof(
  fc.constantFrom("i-0007", "i-1234567890", "vol-3", "i-2", "i-", "sg-9x", "subnet-12", "nat-999999999"),
  fc.tuple(fc.constantFrom(...PREFIXES), fc.nat({ max: 40 })).map(([p, n]) => `${p}-${n}`),
);

describe("nextId", () => {
  it("gives what a search of every id gives, along any edits and with any ids", () => {
    fc.assert(
      fc.property(
        validTopology(),
        fc.array(oddId, { maxLength: 6 }),
        fc.array(editArbitrary, { maxLength: 6 }),
        (start, odd, edits) => {
          // Ids of any shape, in another list than their prefix says (ids are unique across lists).
          let doc: Topology = {
            ...start,
            instances: start.instances.map((inst, i) =>
              i < odd.length ? { ...inst, id: odd[i] as string } : inst,
            ),
          };
          for (const edit of [null, ...edits]) {
            if (edit) doc = applyEdit(doc, [], edit, []).doc;
            for (const prefix of PREFIXES) expect(nextId(doc, prefix)).toBe(reference(doc, prefix));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("numbers on from the highest id, also for the lists an edit changed", () => {
    fc.assert(
      fc.property(validTopology(), (start) => {
        let doc = start;
        const subnet = doc.subnets[0];
        if (!subnet) return;
        for (let k = 0; k < 3; k++) {
          const added = addInstance(doc, { subnetId: subnet.id });
          if (!added.ok) return;
          expect(added.doc.instances.at(-1)?.id).toBe(reference(doc, "i"));
          doc = added.doc;
          expect(nextId(doc, "i")).toBe(reference(doc, "i"));
          expect(nextId(doc, "vol")).toBe(reference(doc, "vol"));
        }
      }),
      { numRuns: 30 },
    );
  });
});
