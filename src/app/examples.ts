// Built-in documents the app can open from its URL: `?example=seed` (the default when nothing is
// saved), `?example=showcase` (every drawing rule at once), `?example=nat` (private subnets reaching
// the internet through one NAT gateway per zone) or `?example=large-<count>` (generated, e.g.
// large-1000, to try big diagrams). Everything but the seed loads only when it is asked for.
import { seedDocument } from "../model/examples/seed.ts";
import type { Topology } from "../model/schema.ts";

/** The examples with a fixed name; `large-<count>` is generated. */
const NAMED: Readonly<Record<string, () => Promise<Topology>>> = {
  seed: async () => seedDocument(),
  showcase: async () => (await import("../model/examples/showcase.ts")).showcaseTopology(),
  // Read like a file (version check, migrations, schema); only the seed is read without the
  // schema, which the first picture doesn't load (model/examples/seed.ts, checked by its test).
  nat: async () => {
    const [{ topologyFromData }, nat] = await Promise.all([
      import("../io/parse-json.ts"),
      import("../../examples/nat-gateway.json"),
    ]);
    const read = topologyFromData(nat.default);
    if (!read.ok) throw new Error(`examples/nat-gateway.json does not read: ${read.error.kind}`);
    return read.doc;
  },
};
const LARGE = /^large-(\d{1,5})$/;

/** The names `?example=` opens, as a person types them (said when an address asks for another). */
export const EXAMPLE_NAMES_SHOWN = [...Object.keys(NAMED), "large-<count>"].join(", ");

/** True for the names `?example=` opens (a public interface: never rename one). */
export function isExampleName(name: string): boolean {
  return Object.hasOwn(NAMED, name) || LARGE.test(name);
}

export async function exampleDocument(name: string): Promise<Topology | undefined> {
  const named = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  if (named) return named();
  const large = LARGE.exec(name);
  if (large) return (await import("../model/examples/generate.ts")).generateTopology(Number(large[1]), 1);
  return undefined;
}
