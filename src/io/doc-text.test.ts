import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTopology } from "../model/examples/generate.ts";
import { docTextInSlices } from "./doc-text.ts";

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
});
