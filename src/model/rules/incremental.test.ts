import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { updateResource } from "../commands/update.ts";
import { generateTopology } from "../examples/generate.ts";
import { validTopology } from "../testing/arbitrary.ts";
import { applyEdit, editArbitrary } from "../testing/edits.ts";
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
import { checkRules, findingsOf } from "./validate.ts";

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
