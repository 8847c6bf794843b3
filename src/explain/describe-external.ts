// The details of a resource the document names but doesn't define (`"external": true`, e.g. an
// Fn::ImportValue of another stack): only its id is known, so the panel says so and why, how to see
// it whole, and what in this document refers to it.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { eachReference } from "../model/rules/references.ts";
import type { Topology } from "../model/schema.ts";
import { COLLECTION_OF_KIND, type ResourceKind, type TopologyIndex } from "../model/topology-index.ts";
import type { CrumbView, PropertyView, RelationGroupView } from "./describe.ts";
import { resourceLink } from "./describe-format.ts";

/** Ids of what refers to `id`: its owners by reference, and route tables with a route to it. */
export function referrersOf(doc: Topology, id: string): string[] {
  const out = new Set<string>();
  eachReference({ doc }, (owner, target) => {
    if (target === id) out.add(owner);
  });
  // A route written in this document counts even in a table defined elsewhere (an import adds
  // routes to another stack's table).
  for (const table of doc.routeTables)
    if ((table.routes ?? []).some((route) => route.target === id)) out.add(table.id);
  out.delete(id);
  return [...out];
}

export function externalBody(
  doc: Topology,
  index: TopologyIndex,
  kind: ResourceKind,
  id: string,
  lang: Lang,
): {
  record: { id: string; name?: string; tags?: Record<string, string> };
  properties: PropertyView[];
  location: CrumbView[];
  relations: RelationGroupView[];
} {
  const collection: readonly { id: string; name?: string | undefined }[] = doc[COLLECTION_OF_KIND[kind]];
  const found = collection.find((r) => r.id === id) as Record<string, unknown> | undefined;
  const name = found?.name;
  const record = typeof name === "string" ? { id, name } : { id };
  // What the record may still say of its place (an instance of another stack in a subnet here).
  const parent = ["subnet", "vpc", "region"]
    .map((key) => found?.[key])
    .find((value): value is string => typeof value === "string" && index.kindById.has(value));
  const lines = [t(lang, "details.external.known")];
  if (kind === "subnet") lines.push(t(lang, "details.external.subnet"));
  lines.push(t(lang, "details.external.whole"));
  return {
    record,
    properties: [{ label: t(lang, "prop.defined"), value: t(lang, "details.external.value"), lines }],
    location: [
      ...(parent === undefined ? [] : [{ ...resourceLink(index, parent, lang), current: false }]),
      { ...resourceLink(index, id, lang), current: true },
    ],
    relations: [
      {
        label: t(lang, "rel.referredBy"),
        items: referrersOf(doc, id).map((owner) => resourceLink(index, owner, lang)),
      },
    ],
  };
}
