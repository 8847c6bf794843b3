// How big a document is for its layout: where it is laid out (the page or the worker) goes by it.
import type { Topology } from "../model/schema.ts";

/** The instances and volumes: the boxes most of a big document's layout is made of. */
export function layoutItems(doc: Pick<Topology, "instances" | "volumes">): number {
  return doc.instances.length + doc.volumes.length;
}
