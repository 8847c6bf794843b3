// Built-in documents the app can open from its URL: `?example=seed` (the default when nothing is
// saved), `?example=showcase` (every drawing rule at once) or `?example=large-<count>` (generated,
// e.g. large-1000, to try big diagrams).
import seed from "../../examples/seed-article.json";
import { generateTopology } from "../layout/testing/generate.ts";
import { showcaseTopology } from "../layout/testing/showcase.ts";
import { type Topology, topology } from "../model/schema.ts";

export function exampleDocument(name: string): Topology | undefined {
  if (name === "seed") return topology.parse(seed);
  if (name === "showcase") return showcaseTopology();
  const large = /^large-(\d{1,5})$/.exec(name);
  if (large) return generateTopology(Number(large[1]), 1);
  return undefined;
}
