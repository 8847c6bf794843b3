// Built-in documents the app can open from its URL: `?example=seed` (the default when nothing is
// saved), `?example=showcase` (every drawing rule at once), `?example=nat` (private subnets reaching
// the internet through one NAT gateway per zone) or `?example=large-<count>` (generated, e.g.
// large-1000, to try big diagrams). Everything but the seed loads only when it is asked for.
import seed from "../../examples/seed-article.json";
import { type Topology, topology } from "../model/schema.ts";

export async function exampleDocument(name: string): Promise<Topology | undefined> {
  if (name === "seed") return topology.parse(seed);
  if (name === "showcase") return (await import("../model/examples/showcase.ts")).showcaseTopology();
  if (name === "nat") return topology.parse((await import("../../examples/nat-gateway.json")).default);
  const large = /^large-(\d{1,5})$/.exec(name);
  if (large) return (await import("../model/examples/generate.ts")).generateTopology(Number(large[1]), 1);
  return undefined;
}
