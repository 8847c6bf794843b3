// Finds resources by name, id or tag value (case-insensitive substring), best matches first.

import { COLLECTIONS } from "./document-basics.ts";
import { displayName } from "./kind-labels.ts";
import type { Collection, Topology } from "./schema.ts";
import { KIND_OF_COLLECTION, type ResourceKind } from "./topology-index.ts";

interface SearchHit {
  id: string;
  kind: ResourceKind;
  label: string;
  /** Which field matched, so the UI can say why this is a hit. */
  field: "id" | "name" | "tag";
  /** 0 = exact, 1 = prefix, 2 = substring: lower sorts first. */
  rank: number;
}

function rankOf(value: string, query: string): number | undefined {
  const v = value.toLowerCase();
  if (v === query) return 0;
  if (v.startsWith(query)) return 1;
  if (v.includes(query)) return 2;
  return undefined;
}

/** The order of localeCompare without arguments, made once instead of on every comparison. */
const collator = new Intl.Collator();

/** Sorts before: better rank, then label (equal ones keep document order, as a stable sort would). */
const before = (a: SearchHit, b: SearchHit) =>
  a.rank !== b.rank ? a.rank < b.rank : collator.compare(a.label, b.label) < 0;

export function searchResources(doc: Topology, rawQuery: string, limit = 20): SearchHit[] {
  const query = rawQuery.trim().toLowerCase();
  if (query === "") return [];
  // The best `limit` hits so far, in order: a query matching most of 10,000 instances ("app")
  // sorted them all on every keystroke.
  const hits: SearchHit[] = [];
  for (const collection of COLLECTIONS as readonly Collection[]) {
    for (const item of doc[collection]) {
      let field: SearchHit["field"] = "name";
      let rank = rankOf(item.name ?? "", query) ?? 3;
      if (rank > 0) {
        const byId = rankOf(item.id, query);
        if (byId !== undefined && byId < rank) [field, rank] = ["id", byId];
      }
      if (rank > 0 && item.tags)
        for (const value of Object.values(item.tags)) {
          const byTag = rankOf(value, query);
          if (byTag !== undefined && byTag < rank) [field, rank] = ["tag", byTag];
        }
      if (rank === 3) continue;
      // an empty name shows the id, as in the diagram
      const hit: SearchHit = {
        id: item.id,
        kind: KIND_OF_COLLECTION[collection],
        label: displayName(item),
        field,
        rank,
      };
      const last = hits[hits.length - 1];
      if (hits.length === limit && (last === undefined || !before(hit, last))) continue;
      let at = hits.length;
      while (at > 0 && before(hit, hits[at - 1] as SearchHit)) at--;
      hits.splice(at, 0, hit);
      if (hits.length > limit) hits.pop();
    }
  }
  return hits;
}
