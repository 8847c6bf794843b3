import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTopology } from "../model/examples/generate.ts";
import { createItemTexts, docText, docTextInSlices, docTextParts } from "./doc-text.ts";

describe("docTextInSlices", () => {
  it("makes exactly JSON.stringify's text, whatever the values and the slice size", async () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxLength: 12 }),
      fc.constant(undefined),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), field), fc.integer({ min: 1, max: 5 }), async (doc, n) => {
        let pauses = 0;
        const text = await docTextInSlices(
          doc,
          async () => {
            pauses++;
          },
          n,
        );
        expect(text).toBe(JSON.stringify(doc));
        const items = Object.values(doc).reduce<number>(
          (sum, v) => sum + (Array.isArray(v) ? v.length : 0),
          0,
        );
        expect(pauses).toBe(Math.floor(items / n));
      }),
    );
  });

  it("gives a generated topology's text in slices of 1,000 items", async () => {
    const doc = generateTopology(2500, 1);
    let pauses = 0;
    const text = await docTextInSlices(doc, async () => {
      pauses++;
    });
    expect(text).toBe(JSON.stringify(doc));
    expect(pauses).toBeGreaterThanOrEqual(5); // 2,500 instances and 2,500 volumes at least
  });

  it("reuses the texts of items kept from the document before, and gives exactly JSON.stringify's text", async () => {
    const item = fc.oneof(
      fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
      fc.jsonValue(),
      fc.constant(undefined),
    );
    // Each step keeps some items (the same objects), replaces others, and adds or drops some.
    const step = fc.record({
      keep: fc.array(fc.boolean(), { maxLength: 12 }),
      fresh: fc.array(item, { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { maxLength: 12 }),
        fc.array(step, { maxLength: 5 }),
        async (start, steps) => {
          const texts = createItemTexts();
          let list = start;
          for (const { keep, fresh } of [{ keep: [], fresh: [] }, ...steps]) {
            list = [...list.filter((_, i) => keep[i] ?? true), ...fresh];
            const doc = { version: 2, list, other: [...list].reverse() };
            expect(await docTextInSlices(doc, async () => {}, 3, texts)).toBe(JSON.stringify(doc));
            expect(docText(doc, texts)).toBe(JSON.stringify(doc));
          }
        },
      ),
    );
  });

  it("after an edit of a 2,500-instance topology, makes the text in one slice: only the new items are made", async () => {
    const doc = generateTopology(2500, 1);
    const texts = createItemTexts();
    let pauses = 0;
    const count = async () => {
      pauses++;
    };
    await docTextInSlices(doc, count, 1000, texts);
    expect(pauses).toBeGreaterThanOrEqual(5);
    const [first, ...rest] = doc.instances;
    const edited = {
      ...doc,
      instances: [...rest, { ...(first as (typeof doc.instances)[number]), name: "renamed" }],
    };
    pauses = 0;
    expect(await docTextInSlices(edited, count, 1000, texts)).toBe(JSON.stringify(edited));
    expect(pauses).toBe(0);
  });
});

describe("docTextParts", () => {
  it("gives parts of n items that join to exactly JSON.stringify's text, holes and undefined included", () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxLength: 12 }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), field), fc.integer({ min: 1, max: 5 }), (doc, n) => {
        const parts = [...docTextParts(doc, n)];
        expect(parts.join("")).toBe(JSON.stringify(doc));
        const items = Object.values(doc).reduce<number>(
          (sum, v) => sum + (Array.isArray(v) ? v.length : 0),
          0,
        );
        expect(parts).toHaveLength(Math.floor(items / n) + 1);
      }),
    );
    const doc = generateTopology(300, 1);
    expect([...docTextParts(doc, 100)].join("")).toBe(JSON.stringify(doc));
  });
});
