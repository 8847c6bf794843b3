import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Reassembly, sliceMessage } from "./sliced-post.ts";

/** A request-like value: arrays on the value itself and on its plain objects, of any length. */
const message = fc.record({
  format: fc.constantFrom("png", "svg"),
  scale: fc.double({ min: 0.1, max: 3, noNaN: true }),
  diagnostics: fc.array(fc.record({ code: fc.string(), path: fc.array(fc.nat(), { maxLength: 3 }) }), {
    maxLength: 40,
  }),
  doc: fc.record({
    version: fc.constant(2),
    name: fc.string(),
    instances: fc.array(fc.record({ id: fc.string(), tags: fc.dictionary(fc.string(), fc.string()) }), {
      maxLength: 60,
    }),
    volumes: fc.array(fc.record({ id: fc.string(), size: fc.nat() }), { maxLength: 25 }),
  }),
  layout: fc.option(
    fc.record({
      nodes: fc.array(fc.record({ id: fc.string(), x: fc.integer(), children: fc.array(fc.string()) }), {
        maxLength: 50,
      }),
      width: fc.nat(),
    }),
    { nil: undefined },
  ),
});

describe("sliceMessage / Reassembly", () => {
  it("sends every long array in parts of at most `size` items, and the worker gets back the same value", () => {
    fc.assert(
      fc.property(message, fc.integer({ min: 1, max: 12 }), (value, size) => {
        const before = structuredClone(value);
        const { parts, rest } = sliceMessage(value, size);
        expect(value).toEqual(before); // the caller's value is left as it was
        for (const part of parts) expect(part.items.length).toBeLessThanOrEqual(size);
        // What is left to post in one piece holds no array longer than `size`, one or two keys deep.
        for (const v of Object.values(rest)) {
          if (Array.isArray(v)) expect(v.length).toBeLessThanOrEqual(size);
          else if (v && typeof v === "object")
            for (const w of Object.values(v))
              if (Array.isArray(w)) expect(w.length).toBeLessThanOrEqual(size);
        }
        // Each message is copied on its way, as postMessage does.
        const worker = new Reassembly();
        for (const part of parts) worker.add(structuredClone(part));
        expect(worker.complete(structuredClone(rest))).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a small message whole", () => {
    const value = { doc: { instances: [1, 2, 3] }, diagnostics: [] };
    const { parts, rest } = sliceMessage(value, 3);
    expect(parts).toEqual([]);
    expect(rest).toEqual(value);
  });
});
