// Issue #15 (B9): a read document crosses from the reader worker in slices, and the page puts back
// the very document (same fields, same order, same items), with its JSON text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topologyArbitrary } from "../layout/testing/arbitrary.ts";
import { generateTopology } from "../model/examples/generate.ts";
import type { Topology } from "../model/schema.ts";
import type { ReadResponse } from "./read-answer.ts";
import { createAssembler, docOfResponse, SLICE_ITEMS, sliceDocument, withDoc } from "./read-slices.ts";

/** What the page gets: every slice and the shell copied across the boundary, then put together. */
function across(doc: Topology, size: number): Topology {
  const { slices, shell } = sliceDocument(doc, size);
  const assembler = createAssembler();
  for (const slice of slices) {
    expect(slice.items.length).toBeLessThanOrEqual(size);
    expect(slice.items.length).toBeGreaterThan(0);
    assembler.add(structuredClone(slice));
  }
  return assembler.finish(structuredClone(shell));
}

describe("a read document sent in slices", () => {
  it("is put back equal, its fields in the same order, for any document and slice size", () => {
    fc.assert(
      fc.property(topologyArbitrary(), fc.integer({ min: 1, max: 6 }), (doc, size) => {
        const back = across(doc, size);
        expect(back).toEqual(doc);
        expect(Object.keys(back)).toEqual(Object.keys(doc));
        expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
      }),
      { numRuns: 80 },
    );
  });

  it("sends a 10,000-instance document as slices of at most SLICE_ITEMS items and a shell without its long lists", () => {
    const doc = generateTopology(10_000, 1);
    const { slices, shell } = sliceDocument(doc);
    expect(slices.filter((s) => s.key === "instances")).toHaveLength(Math.ceil(10_000 / SLICE_ITEMS));
    expect(shell.instances).toEqual([]);
    expect(shell.regions).toBe(doc.regions); // short lists stay in the shell as they are
    expect(across(doc, SLICE_ITEMS)).toEqual(doc);
  });

  it("finds and replaces the document of every kind of answer, and leaves a refusal alone", () => {
    const doc = generateTopology(3, 1);
    const other = generateTopology(4, 2);
    const answers: ReadResponse[] = [
      { kind: "files", read: { kind: "topology", doc, diagnostics: [], errors: [], rules: [] } },
      { kind: "files", read: { kind: "import", doc, report: { counts: {}, skipped: [] } as never } },
      { kind: "share", shared: { ok: true, doc }, errors: [], rules: [] },
    ];
    for (const answer of answers) {
      expect(docOfResponse(answer)).toBe(doc);
      expect(docOfResponse(withDoc(answer, other))).toBe(other);
    }
    const refused: ReadResponse = { kind: "files", read: { kind: "refused", asImport: false, details: [] } };
    expect(docOfResponse(refused)).toBeUndefined();
    expect(withDoc(refused, other)).toBe(refused);
    const bad: ReadResponse = {
      kind: "share",
      shared: { ok: false, error: { kind: "damaged" } },
      errors: [],
      rules: [],
    };
    expect(docOfResponse(bad)).toBeUndefined();
  });
});
