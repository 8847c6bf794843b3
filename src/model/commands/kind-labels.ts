// "<Kind> <name or id>" labels used in refusal and cascade messages so users recognise the node
// they were looking at. The kind words themselves live in ../kind-labels.ts.
import type { Lang } from "../diagnostics.ts";
import { KIND_LABELS, kindLabel, type LabelKind, labelKindOf } from "../kind-labels.ts";
import type { Topology } from "../schema.ts";
import { COLLECTION_OF_KIND, type ResourceKind } from "../topology-index.ts";

export { KIND_LABELS, kindLabel, type LabelKind, labelKindOf } from "../kind-labels.ts";

/** Name when set, else id — the same rule the diagram uses for node names. */
export function displayName(doc: Topology, kind: ResourceKind, id: string): string {
  const collection = doc[COLLECTION_OF_KIND[kind]] as readonly { id: string; name?: string }[];
  const item = collection.find((r) => r.id === id);
  return item?.name || id;
}

/** "VPC main-vpc", "퍼블릭 서브넷 public-a". */
export function resourceLabel(doc: Topology, kind: ResourceKind, id: string, lang: Lang): string {
  return `${kindLabel(labelKindOf(doc, kind, id), lang)} ${displayName(doc, kind, id)}`;
}

/** The same label in both languages, for refusal params. */
export function labelText(doc: Topology, kind: ResourceKind, id: string): { en: string; ko: string } {
  return { en: resourceLabel(doc, kind, id, "en"), ko: resourceLabel(doc, kind, id, "ko") };
}

export function kindText(kind: LabelKind): { en: string; ko: string } {
  return KIND_LABELS[kind];
}

/** Kind word for any resource kind; a subnet whose kind of route is unknown is just "Subnet". */
export function resourceKindText(kind: ResourceKind): { en: string; ko: string } {
  return kind === "subnet" ? { en: "Subnet", ko: "서브넷" } : KIND_LABELS[kind];
}
