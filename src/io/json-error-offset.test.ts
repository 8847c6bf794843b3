import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset, parsedJsonPasses, scanJson } from "./json-error-offset.ts";

describe("jsonErrorOffset", () => {
  it("points at the token that breaks the grammar", () => {
    const text = '{\n  "version": 1,\n  "regions": [\n}';
    expect(jsonErrorOffset(text)).toBe(text.indexOf("}"));
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset("[1, 2] x")).toBe(7);
    expect(jsonErrorOffset('{"a": "line\nbreak"}')).toBe(11);
  });

  it("points past the end when the text stops early", () => {
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('{"a": "open')).toBe(11);
    expect(jsonErrorOffset("")).toBe(0);
  });

  it("agrees with JSON.parse about what is valid", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, 2))).toBe(-1);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
      }),
    );
  });
});

const TRICKY = [":", '"', "\\", '\\"', 'x\\":', '":"', "\\\\:", "{}:[]"];

describe("parsedJsonPasses (the fast path)", () => {
  it("agrees with the scanner about repeated keys and depth", () => {
    const texts = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
      // Objects with keys drawn from a small set, so repeats are common.
      fc
        .array(fc.tuple(fc.constantFrom("a", "b", "\\u0061", "__proto__"), fc.jsonValue({ maxDepth: 2 })), {
          maxLength: 4,
        })
        .map((entries) => `{${entries.map(([k, v]) => `"${k}": ${JSON.stringify(v)}`).join(", ")}}`),
      fc.integer({ min: 1, max: 70 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
      // Keys and values full of what the key count must read past: quotes, backslashes, colons.
      fc
        .array(fc.tuple(fc.constantFrom(...TRICKY, "a"), fc.constantFrom(...TRICKY)), { maxLength: 5 })
        .map(
          (entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`,
        ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const data = JSON.parse(text);
        const scanned = scanJson(text, { maxDepth: 64, duplicateKeys: true });
        expect(parsedJsonPasses(text, data, 64)).toBe(scanned === undefined);
      }),
      { numRuns: 300 },
    );
  });
});
