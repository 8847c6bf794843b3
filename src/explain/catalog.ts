// The explanation catalog: every diagram kind and every related concept, in English and Korean,
// each with a link to AWS's documentation. catalog.test.ts fails when any entry is incomplete.
import type { Lang } from "../model/diagnostics.ts";
import { LABEL_KINDS, type LabelKind } from "../model/kind-labels.ts";
import { type ConceptEntry, type ConceptText, docUrlFor } from "./catalog-types.ts";
import { RELATED_CONCEPT_IDS, RELATED_CONCEPTS, type RelatedConceptId } from "./concepts.ts";
import { KIND_CONCEPTS } from "./kinds.ts";

export type { LabelKind } from "../model/kind-labels.ts";
export type { ConceptEntry, ConceptText } from "./catalog-types.ts";
export type { RelatedConceptId } from "./concepts.ts";

type ConceptId = LabelKind | RelatedConceptId;

export const CONCEPT_IDS: readonly ConceptId[] = [...LABEL_KINDS, ...RELATED_CONCEPT_IDS];

export const CATALOG: Record<ConceptId, ConceptEntry> = { ...KIND_CONCEPTS, ...RELATED_CONCEPTS };

/** An explanation ready to show: the text in one language and the AWS page in that language. */
export interface ConceptView extends ConceptText {
  id: ConceptId;
  docUrl: string;
}

export function explainConcept(id: ConceptId, lang: Lang): ConceptView {
  const entry = CATALOG[id];
  return { id, ...entry[lang], docUrl: docUrlFor(entry, lang) };
}
