import { useCallback, useMemo, useRef } from "react";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import { checkRulesIncremental, createRuleCache } from "../model/rules/incremental.ts";
import type { Topology } from "../model/schema.ts";
import { messageIn } from "../model/validate.ts";

/**
 * The rules' findings for the current document. The store only holds documents that passed the
 * schema, so the rules run directly, once per document, and only the rules that read a list the
 * edit changed (src/model/rules/incremental.ts); switching language only re-words them.
 */
export function useDiagnostics(doc: Topology, lang: Lang) {
  const cache = useRef(createRuleCache());
  const diagnostics = useMemo(() => checkRulesIncremental(doc, "en", cache.current), [doc]);
  const messageOf = useCallback((d: Diagnostic) => messageIn(d, lang), [lang]);
  return { diagnostics, messageOf };
}
