import type { DiagnosticCode } from "../diagnostics.ts";
import type { Topology } from "../schema.ts";
import type { TopologyIndex } from "../topology-index.ts";

/** A rule's finding before it is put in the reader's language. */
export interface Finding {
  code: DiagnosticCode;
  path: string;
  resource?: string;
  message: { en: string; ko: string };
}

export interface RuleContext {
  doc: Topology;
  index: TopologyIndex;
}

export type Rule = (ctx: RuleContext) => Finding[];

export function finding(
  code: DiagnosticCode,
  path: string,
  resource: string | undefined,
  en: string,
  ko: string,
): Finding {
  return { code, path, ...(resource === undefined ? {} : { resource }), message: { en, ko } };
}

/** How a message names a resource: its name when it has one (the diagram shows names), else its id. */
export function label(item: { id: string; name?: string }): string {
  return item.name || item.id;
}
