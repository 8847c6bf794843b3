import type { DiagnosticCode } from "../diagnostics.ts";
import type { MessageId, ParamsOf } from "../messages.ts";
import type { Topology } from "../schema.ts";
import type { TopologyIndex } from "../topology-index.ts";

/** A rule's finding: which message and its values; src/model/messages.ts words it per language. */
export interface Finding<K extends MessageId = MessageId> {
  code: DiagnosticCode;
  path: string;
  resource?: string;
  messageId: K;
  params: ParamsOf<K>;
  /**
   * Other resources the finding is equally about (the first of two overlapping subnets, the VPC a
   * subnet falls outside of). Editing one of them may not bring the finding in. Not printed.
   */
  others?: readonly string[];
}

export interface RuleContext {
  doc: Topology;
  index: TopologyIndex;
}

export type Rule = (ctx: RuleContext) => Finding[];

export function finding<K extends MessageId>(
  code: DiagnosticCode,
  path: string,
  resource: string | undefined,
  messageId: K,
  params: ParamsOf<K>,
): Finding {
  return { code, path, ...(resource === undefined ? {} : { resource }), messageId, params } as Finding;
}

/** The same finding, also about `others`. */
export function about(f: Finding, ...others: string[]): Finding {
  return { ...f, others };
}
