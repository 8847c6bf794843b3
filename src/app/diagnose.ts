import { useCallback, useDeferredValue, useMemo, useRef } from "react";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { RuleCache } from "../model/rules/incremental.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";

type RulesModule = typeof import("./rules-module.ts");
const NO_DIAGNOSTICS: Diagnostic[] = [];

/**
 * The rules' findings for the current document. The store only holds documents that passed the
 * schema, so the rules run directly, once per document, and only the rules that read a list the
 * edit changed (src/model/rules/incremental.ts); switching language only re-words them. The rules
 * (with the instance-type catalog) load right after the first picture (deferred-modules.ts): until
 * then, no findings.
 * They are checked off the edit's path: an edit first renders with the findings of the document
 * before it (so the layout request leaves at once and the edit is painted), then React checks the
 * new document in a background render (`useDeferredValue`) while the layout worker works.
 */
export function useDiagnostics(doc: Topology, lang: Lang, rules: RulesModule | undefined) {
  const cache = useRef<RuleCache | null>(null);
  const checked = useDeferredValue(doc);
  const diagnostics = useMemo(() => {
    if (!rules) return NO_DIAGNOSTICS;
    cache.current ??= rules.createRuleCache();
    return rules.checkRulesIncremental(checked, "en", cache.current, sharedIndex);
  }, [checked, rules]);
  const messageOf = useCallback(
    (d: Diagnostic) => (rules ? rules.messageIn(d, lang) : d.message),
    [rules, lang],
  );
  return { diagnostics, messageOf };
}
