import { describe, expect, it } from "vitest";
import { isPaletteDrag, PALETTE_MIME, readPaletteKind } from "./palette-kinds.ts";

describe("palette drag data", () => {
  it("reads a palette kind and ignores anything else", () => {
    const carrying = (value: string) => ({ getData: (type: string) => (type === PALETTE_MIME ? value : "") });
    expect(readPaletteKind(carrying("instance"))).toBe("instance");
    expect(readPaletteKind(carrying("spaceship"))).toBeUndefined();
    expect(isPaletteDrag(["text/plain", PALETTE_MIME])).toBe(true);
    expect(isPaletteDrag(["Files"])).toBe(false);
  });
});
