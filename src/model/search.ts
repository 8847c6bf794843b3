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

export function searchResources(doc: Topology, rawQuery: string, limit = 20): SearchHit[] {
  const query = rawQuery.trim().toLowerCase();
  if (query === "") return [];
  const hits: SearchHit[] = [];
  for (const collection of COLLECTIONS as readonly Collection[]) {
    for (const item of doc[collection]) {
      const label = displayName(item); // an empty name shows the id, as in the diagram
      const candidates: [SearchHit["field"], string][] = [
        ["name", item.name ?? ""],
        ["id", item.id],
        ...Object.values(item.tags ?? {}).map((v): [SearchHit["field"], string] => ["tag", v]),
      ];
      let best: { field: SearchHit["field"]; rank: number } | undefined;
      for (const [field, value] of candidates) {
        const rank = rankOf(value, query);
        if (rank !== undefined && (best === undefined || rank < best.rank)) best = { field, rank };
      }
      if (best) hits.push({ id: item.id, kind: KIND_OF_COLLECTION[collection], label, ...best });
    }
  }
  hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
