// The seed example (examples/seed-article.json): what a first visit opens. Read without the schema
// (zod), which the first picture doesn't load; seed.test.ts checks it is exactly what the schema reads.
import seed from "../../../examples/seed-article.json";
import type { Topology } from "../schema.ts";

/** A fresh copy of the seed example each time (callers may keep it as their document). */
export function seedDocument(): Topology {
  return structuredClone(seed) as unknown as Topology;
}
