import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { nextTask } from "../io/next-task.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { RuleCache, RuleRecord } from "../model/rules/incremental.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndex } from "../model/topology-index.ts";

type RulesModule = typeof import("./rules-module.ts");
const NO_DIAGNOSTICS: Diagnostic[] = [];
/**
 * From this many instances, a document's first check (nothing in the rules' cache yet) runs a rule
 * per task, after the render: at 10,000 instances all rules at once were the load's longest task.
 */
const SLICED_CHECK_FROM = 2000;
/** A document the canvas hasn't shown this long after it became current is checked anyway. */
const LATE_MS = 1500;

/** True when `doc` gets that sliced first check: big, no records for it, nothing cached yet. */
function slicedFirst(doc: Topology, cache: RuleCache | null): boolean {
  return !recorded.has(doc) && cache?.last === undefined && doc.instances.length >= SLICED_CHECK_FROM;
}

/** Rule records a reader made off the page for a document it opened (read-off-page.ts). */
const recorded = new WeakMap<Topology, readonly RuleRecord[]>();

/**
 * Hands the rules' records made in the reader's worker to the diagnostics of `doc` (call before the
 * store gets it): its first findings then cost no rule run on the page, and the next edit re-runs
 * only the rules it touches.
 */
export function rememberRuleRecords(doc: Topology, records: readonly RuleRecord[]): void {
  if (records.length > 0) recorded.set(doc, records);
}

/**
 * The rules' findings for the current document. The store only holds documents that passed the
 * schema, so the rules run directly, once per document, and only the rules that read a list the
 * edit changed (src/model/rules/incremental.ts); switching language only re-words them. The rules
 * (with the instance-type catalog) load right after the first picture (deferred-modules.ts): until
 * then, no findings.
 * They are checked off the edit's path: an edit renders with the findings of the document before
 * it until the canvas has shown the edit (`onShown`, told by the canvas after it drew a layout of
 * the newest document), then React checks it in a background render. The check is one piece of
 * work (40 ms at 1,000 instances) that React cannot interrupt: run while the layout worker
 * works, it held up the edit's picture whenever the answer came in meanwhile. A document the canvas
 * doesn't show within LATE_MS (a failed or very slow layout) is checked then.
 * A big document's first check (from SLICED_CHECK_FROM instances, nothing cached) runs one rule per
 * task after the render (recordRulesSliced); its findings come in once the last rule has run.
 */
export function useDiagnostics(doc: Topology, lang: Lang, rules: RulesModule | undefined) {
  const cache = useRef<RuleCache | null>(null);
  const [checked, setChecked] = useState(doc);
  const newest = useRef(doc);
  newest.current = doc;
  const check = useCallback((shown: Topology) => {
    if (shown === newest.current) startTransition(() => setChecked(shown));
  }, []);
  useEffect(() => {
    if (checked === doc) return;
    const timer = setTimeout(() => check(doc), LATE_MS);
    return () => clearTimeout(timer);
  }, [doc, checked, check]);
  // A big document's first check runs rule by rule in the effect below, then primes the cache; the
  // render after it checks whatever document is current then, incrementally (edits meanwhile only
  // re-run the rules they touch).
  const [primed, setPrimed] = useState(0);
  const slicing = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `primed` brings the sliced check's findings in
  const diagnostics = useMemo(() => {
    if (!rules) return NO_DIAGNOSTICS;
    cache.current ??= rules.createRuleCache();
    const records = recorded.get(checked);
    if (records) return rules.primeRuleCache(cache.current, checked, records, "en", sharedIndex);
    if (slicedFirst(checked, cache.current)) return NO_DIAGNOSTICS;
    return rules.checkRulesIncremental(checked, "en", cache.current, sharedIndex);
  }, [checked, rules, primed]);
  useEffect(() => {
    if (!rules || slicing.current || !slicedFirst(checked, cache.current)) return;
    slicing.current = true;
    const first = checked;
    void rules.recordRulesSliced(first, nextTask, sharedIndex).then((records) => {
      slicing.current = false;
      const c = cache.current;
      // Unless another document's records primed it meanwhile (a file opened from a worker).
      if (c && c.last === undefined) rules.primeRuleCache(c, first, records, "en", sharedIndex);
      setPrimed((n) => n + 1);
    });
  }, [checked, rules]);
  const messageOf = useCallback(
    (d: Diagnostic) => (rules ? rules.messageIn(d, lang) : d.message),
    [rules, lang],
  );
  return { diagnostics, messageOf, onShown: check };
}
