import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PART_SIZE, partsLength, TextParts } from "./text-parts.ts";

function partsOf(pieces: readonly string[], size?: number): string[] {
  const writer = new TextParts(size);
  for (const p of pieces) writer.push(p);
  return writer.finish();
}

describe("TextParts (text longer than one string can be)", () => {
  it("joins back to exactly the pieces; every part but the last reaches the size, none passes it by a piece", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 100 }),
        (pieces, size) => {
          const parts = partsOf(pieces, size);
          expect(parts.join("")).toBe(pieces.join(""));
          expect(partsLength(parts)).toBe(pieces.join("").length);
          const longest = Math.max(0, ...pieces.map((p) => p.length));
          for (const part of parts) expect(part.length).toBeLessThan(size + longest);
          for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(size);
        },
      ),
    );
  });

  it("hands over the same parts when they are taken as they are made, holding at most one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 100 }),
        (pieces, size) => {
          const writer = new TextParts(size);
          const taken: string[] = [];
          for (const p of pieces) {
            writer.push(p);
            if (writer.hasPart) {
              const parts = writer.takeParts();
              expect(parts).toHaveLength(1);
              taken.push(...parts);
            }
            expect(writer.hasPart).toBe(false);
          }
          taken.push(...writer.finish());
          expect(taken).toEqual(partsOf(pieces, size));
        },
      ),
    );
  });

  it("keeps a million small pieces as parts of about a megabyte", () => {
    const piece = '<rect x="1" y="2"/>';
    const parts = partsOf(Array.from({ length: 1_000_000 }, () => piece));
    const perPart = Math.ceil(PART_SIZE / piece.length) * piece.length;
    expect(parts.length).toBe(Math.ceil((piece.length * 1_000_000) / perPart));
    expect(parts.slice(0, -1).every((p) => p.length === perPart)).toBe(true);
    expect(partsLength(parts)).toBe(piece.length * 1_000_000);
  });

  it("has nothing to hand on for no pieces", () => {
    expect(partsOf([])).toEqual([]);
  });
});
