// Names a person may give for containers to fold (the CLI's --collapse) -> the diagram ids the
// layout folds. A Region, VPC or subnet is named by its resource id; an Availability Zone box by
// its diagram id (@az/<vpc>/<zone>) or by the zone's name, which folds that zone in every VPC.
import type { Topology } from "../model/schema.ts";
import { toDiagramGraph } from "./elk-graph.ts";
import { isContainerKind } from "./types.ts";

interface CollapseIds {
  /** Diagram ids to fold, in the order first named, without repeats. */
  ids: string[];
  /** Names that are no container of this diagram. */
  unknown: string[];
}

export function resolveCollapseIds(doc: Topology, names: readonly string[]): CollapseIds {
  // Nothing named, nothing to look up: no diagram graph built (at 100,000 instances, seconds).
  if (names.length === 0) return { ids: [], unknown: [] };
  const { meta } = toDiagramGraph(doc);
  const byName = new Map<string, string[]>();
  const note = (name: string, id: string) => byName.set(name, [...(byName.get(name) ?? []), id]);
  for (const m of meta.values()) {
    if (!isContainerKind(m.kind)) continue;
    note(m.id, m.id);
    if (m.resourceId !== undefined && m.resourceId !== m.id) note(m.resourceId, m.id);
    if (m.kind === "availabilityZone" && m.zone !== undefined) note(m.zone, m.id);
  }
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const found = byName.get(name);
    if (found) for (const id of found) ids.add(id);
    else unknown.push(name);
  }
  return { ids: [...ids], unknown };
}
