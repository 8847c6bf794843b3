import type { DiagnosticCode } from "../diagnostics.ts";
import type { MessageId, ParamsOf } from "../messages.ts";
import type { Collection, Topology } from "../schema.ts";
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

export type Rule = ((ctx: RuleContext) => Finding[]) & {
  /**
   * The document lists the rule reads, when it says so itself (item-rules.ts): the incremental
   * check then runs it again when one of them changes, without watching what it reads.
   */
  lists?: readonly Collection[];
};

/** The diagnostic code a message id words: "ebs-size.range" -> "ebs-size", "sg-limit" -> "sg-limit". */
type CodeOf<K extends string> = K extends `${infer Code}.${string}` ? Code : K;

/** The message ids a rule can report: each is its code, or its code and a variant after a dot. */
type RuleMessageId = { [K in MessageId]: CodeOf<K> extends DiagnosticCode ? K : never }[MessageId];

/** A finding worded by `messageId`; its code is the message id's (see CodeOf). */
export function finding<K extends RuleMessageId>(f: {
  messageId: K;
  path: string;
  resource?: string | undefined;
  params: ParamsOf<K>;
}): Finding {
  const { messageId, path, resource, params } = f;
  const code = messageId.split(".")[0] as CodeOf<K> & DiagnosticCode;
  return { code, path, ...(resource === undefined ? {} : { resource }), messageId, params } as Finding;
}

/** The same finding, also about `others`. */
export function about(f: Finding, ...others: string[]): Finding {
  return { ...f, others };
}
