import { describe, expect, it } from "vitest";
import seed from "../../../examples/seed-article.json";
import { topology } from "../schema.ts";
import { seedDocument } from "./seed.ts";

describe("seedDocument", () => {
  it("is exactly what the schema reads from the seed file (same keys, same order, nothing added)", () => {
    expect(JSON.stringify(seedDocument())).toBe(JSON.stringify(topology.parse(seed)));
  });

  it("gives a fresh copy each time", () => {
    const a = seedDocument();
    a.instances.length = 0;
    expect(seedDocument().instances.length).toBeGreaterThan(0);
  });
});
