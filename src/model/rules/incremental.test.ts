import fc from "fast-check";
import { describe, expect, it } from "vitest";
import nat from "../../../examples/nat-gateway.json";
import { updateResource } from "../commands/update.ts";
import { generateTopology } from "../examples/generate.ts";
import { showcaseTopology } from "../examples/showcase.ts";
import { COLLECTIONS, type Topology, topology } from "../schema.ts";
import { validTopology } from "../testing/arbitrary.ts";
import { applyEdit, editArbitrary } from "../testing/edits.ts";
import { indexTopology } from "../topology-index.ts";
import {
  checkRulesIncremental,
  checkRulesIncrementalSliced,
  createFindingsCache,
  createRuleCache,
  findingsIncremental,
  primeRuleCache,
  recordRules,
  recordRulesSliced,
} from "./incremental.ts";
import { forgetItemLooks } from "./item-rules.ts";
import { forgetReferencesSeen, unknownReferences } from "./references.ts";
import { deviceNames } from "./storage.ts";
import type { Rule } from "./types.ts";
import { checkRules, findingsOf } from "./validate.ts";

/** A rule's findings when it looks at everything (its last look forgotten), then its last look forgotten again. */
const whole = (rule: Rule, forget: () => void, doc: Topology) => {
  forget();
  const out = rule({ doc, index: indexTopology(doc) });
  forget();
  return out;
};

/**
 * What no command does but a hand-edited file can: a resource taken out or given another id, with
 * every reference to it left as it was (so good references turn bad and bad ones good).
 */
const rawArbitrary = fc.record({
  raw: fc.constantFrom("remove" as const, "reid" as const),
  collection: fc.constantFrom(...COLLECTIONS),
  at: fc.nat(),
  id: fc.constantFrom("i-1", "subnet-1", "vpc-1", "sg-1", "x-9"),
});
type RawEdit = typeof rawArbitrary extends fc.Arbitrary<infer R> ? R : never;
const anyEdit = fc.oneof(editArbitrary, rawArbitrary);

function rawEdit(doc: Topology, edit: RawEdit): Topology {
  const list = doc[edit.collection] as readonly { id: string }[];
  if (list.length === 0) return doc;
  const at = edit.at % list.length;
  const next =
    edit.raw === "remove"
      ? list.filter((_, i) => i !== at)
      : list.map((item, i) => (i === at ? { ...item, id: edit.id } : item));
  return { ...doc, [edit.collection]: next };
}

describe("rules that look again only at what an edit changed", () => {
  it("find exactly what a look at everything finds, after any edits, kept or only tried", () => {
    let found = 0;
    const starts = fc.oneof(
      validTopology(),
      fc.constantFrom(generateTopology(120, 4), showcaseTopology(), topology.parse(nat)),
    );
    fc.assert(
      fc.property(starts, fc.array(fc.tuple(anyEdit, fc.boolean()), { maxLength: 12 }), (start, steps) => {
        forgetReferencesSeen();
        forgetItemLooks();
        let doc = start;
        const check = (d: Topology) => {
          const index = indexTopology(d);
          const references = unknownReferences({ doc: d, index });
          const devices = deviceNames({ doc: d, index });
          found += references.length + devices.length;
          // The whole look last: the next check starts from the look at `d` itself.
          expect(devices).toEqual(whole(deviceNames, forgetItemLooks, d));
          expect(references).toEqual(whole(unknownReferences, forgetReferencesSeen, d));
          unknownReferences({ doc: d, index });
          deviceNames({ doc: d, index });
        };
        check(doc);
        for (const [edit, keep] of steps) {
          const next = "raw" in edit ? rawEdit(doc, edit) : applyEdit(doc, [], edit, []).doc;
          check(next);
          if (keep) doc = next;
          else check(doc);
        }
      }),
      { numRuns: 200 },
    );
    // The edits made bad references and device conflicts to find (a property about nothing proves nothing).
    expect(found).toBeGreaterThan(0);
  });
});

describe("incremental rules", () => {
  it("give exactly checkRules's diagnostics after every edit, in either language", () => {
    fc.assert(
      fc.property(
        validTopology(),
        fc.array(fc.tuple(editArbitrary, fc.constantFrom("en" as const, "ko" as const)), { maxLength: 10 }),
        (start, steps) => {
          const cache = createRuleCache();
          let doc = start;
          expect(checkRulesIncremental(doc, "en", cache)).toEqual(checkRules(doc, "en"));
          for (const [edit, lang] of steps) {
            ({ doc } = applyEdit(doc, [], edit, []));
            expect(checkRulesIncremental(doc, lang, cache)).toEqual(checkRules(doc, lang));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("give exactly findingsOf's findings for documents in any order, kept or only tried", () => {
    fc.assert(
      fc.property(
        validTopology(),
        fc.array(fc.tuple(editArbitrary, fc.boolean()), { maxLength: 10 }),
        (start, steps) => {
          const cache = createFindingsCache();
          let doc = start;
          expect(findingsIncremental(doc, cache)).toEqual(findingsOf(doc));
          for (const [edit, keep] of steps) {
            // The properties form checks an edit before it is made, then maybe goes back.
            const next = applyEdit(doc, [], edit, []).doc;
            expect(findingsIncremental(next, cache)).toEqual(findingsOf(next));
            if (keep) doc = next;
            else expect(findingsIncremental(doc, cache)).toEqual(findingsOf(doc));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("runs no rule again when the edit touched nothing a rule reads, and keeps the same list", () => {
    const cache = createRuleCache();
    const doc = generateTopology(200, 2);
    const first = checkRulesIncremental(doc, "en", cache);
    // Only the document's name changes: every rule's lists are the same objects.
    expect(checkRulesIncremental({ ...doc, name: "renamed" }, "en", cache)).toBe(first);
    const renamed = updateResource(doc, "securityGroup", doc.securityGroups[0]?.id ?? "", { name: "web" });
    if (!renamed.ok) throw new Error("refused");
    expect(checkRulesIncremental(renamed.doc, "en", cache)).toEqual(checkRules(renamed.doc));
  });

  it("start warm from records made on a copy (a worker's): the same diagnostics now and after edits", () => {
    fc.assert(
      fc.property(
        validTopology(),
        fc.array(fc.tuple(editArbitrary, fc.constantFrom("en" as const, "ko" as const)), { maxLength: 6 }),
        fc.constantFrom("en" as const, "ko" as const),
        (start, steps, lang) => {
          // What postMessage does to the records and the document: copies with the same keys.
          const records = structuredClone(recordRules(structuredClone(start)));
          const cache = createRuleCache();
          let doc = start;
          expect(primeRuleCache(cache, doc, records, lang)).toEqual(checkRules(doc, lang));
          for (const [edit, stepLang] of steps) {
            ({ doc } = applyEdit(doc, [], edit, []));
            expect(checkRulesIncremental(doc, stepLang, cache)).toEqual(checkRules(doc, stepLang));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a rule per task (recordRulesSliced) makes recordRules's records, pausing before every rule", async () => {
    await fc.assert(
      fc.asyncProperty(validTopology(), async (doc) => {
        let pauses = 0;
        const sliced = await recordRulesSliced(doc, async () => {
          pauses++;
        });
        expect(sliced).toEqual(recordRules(doc));
        expect(pauses).toBe(sliced.length);
      }),
      { numRuns: 50 },
    );
  });

  it("checked in slices (checkRulesIncrementalSliced): exactly checkRules's diagnostics after every edit", async () => {
    await fc.assert(
      fc.asyncProperty(
        validTopology(),
        fc.array(fc.tuple(editArbitrary, fc.constantFrom("en" as const, "ko" as const), fc.boolean()), {
          maxLength: 10,
        }),
        async (start, steps) => {
          const cache = createRuleCache();
          let doc = start;
          let pauses = 0;
          const pause = async () => {
            pauses++;
          };
          // Budget 0: a pause before every rule that runs again (the first check runs them all).
          expect(await checkRulesIncrementalSliced(doc, "en", cache, pause, undefined, 0)).toEqual(
            checkRules(doc, "en"),
          );
          expect(pauses).toBeGreaterThan(0);
          for (const [edit, lang, sliced] of steps) {
            ({ doc } = applyEdit(doc, [], edit, []));
            // Sliced and whole checks take turns on one cache.
            const got = sliced
              ? await checkRulesIncrementalSliced(doc, lang, cache, pause, undefined, 0)
              : checkRulesIncremental(doc, lang, cache);
            expect(got).toEqual(checkRules(doc, lang));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a primed cache runs no rule again for the document it was primed with", () => {
    const doc = generateTopology(200, 2);
    const cache = createRuleCache();
    const records = recordRules(doc);
    // A finding no rule makes for this document: if any rule ran again, it would be gone.
    const typo = {
      ...doc,
      instances: doc.instances.map((i, k) => (k === 0 ? { ...i, instanceType: "zz.x" } : i)),
    };
    const marker = recordRules(typo).flatMap((r) => r.findings)[0];
    if (!marker) throw new Error("no finding for an unknown type");
    const withMarker = records.map((r, i) => (i === 0 ? { ...r, findings: [marker] } : r));
    expect(primeRuleCache(cache, doc, withMarker, "en").map((d) => d.code)).toEqual([
      "instance-type-unknown",
    ]);
    // Records of another build (a different number of rules) are ignored: every rule runs.
    expect(primeRuleCache(createRuleCache(), doc, withMarker.slice(1), "en")).toEqual(checkRules(doc, "en"));
  });
});
