// Shared shapes of the command layer: every user operation is a pure function from a topology to
// either a new topology or a refusal that says, in AWS terms, why nothing changed.
import type { LocalText, TextParam } from "../../i18n/text.ts";
import { resourceKindText } from "../kind-labels.ts";
import type { Topology } from "../schema.ts";
import type { ResourceKind } from "../topology-index.ts";
import { fieldLabel } from "./field-labels.ts";
import type { RefusalCode } from "./refusals.ts";

/** A refusal's param: a plain value, or text in both languages (a kind word, a rule's message). */
type RefusalParam = TextParam;

export interface Refusal {
  code: RefusalCode;
  params: Record<string, RefusalParam>;
}

export type CommandResult = { ok: true; doc: Topology; selection?: string } | { ok: false; reason: Refusal };

export function refuse(code: RefusalCode, params: Record<string, RefusalParam> = {}): CommandResult {
  return { ok: false, reason: { code, params } };
}

export function done(doc: Topology, selection?: string): CommandResult {
  return selection === undefined ? { ok: true, doc } : { ok: true, doc, selection };
}

export function notFound(kind: ResourceKind, id: string): CommandResult {
  return refuse("not-found", { kind: resourceKindText(kind), id });
}

/**
 * A field's new value is refused: the field's key and label, and the rule in both languages. The
 * properties form shows the rule beside the field (`refusalBesideField`), elsewhere "Field: rule".
 */
export function invalidValue(key: string, message: LocalText, kind?: string): CommandResult {
  return refuse("invalid-value", { field: fieldLabel(key, kind), key, message });
}
