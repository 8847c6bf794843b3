// The topology schema as zod's generated parser (z.compile): the same results as the schema's own
// parse, about twice as fast on a big document; whatever its fast path refuses goes to zod's runtime
// parser, which words the issues. Making it costs about as much as parsing 10,000 instances, so it
// is made on the first big document and only programs that read big documents load this module
// (the CLI, the page's file-reading worker), not the page's first bundle.
import { z } from "zod";
import { topology } from "./schema.ts";
import { parseBigDocumentsWith } from "./schema-diagnostics.ts";

let compiled: typeof topology | undefined;

/** zod's generated parser of the topology schema, made once. */
export function compiledTopology(): typeof topology {
  compiled ??= z.compile(topology);
  return compiled;
}

/** From now on, topologyFromSchema parses big documents with compiledTopology(). */
export function parseBigDocumentsFast(): void {
  parseBigDocumentsWith((data) => compiledTopology().safeParse(data));
}
