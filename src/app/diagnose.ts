import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { afterNextPaint } from "../diagram/after-paint.ts";
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
 * the newest document) and that frame is painted, then React checks it in a background render. The
 * check is one piece of work (40 ms at 1,000 instances) that React cannot interrupt: run while the
 * layout worker works, it held up the edit's picture whenever the answer came in meanwhile; run as
 * soon as the canvas committed, it ran ahead of the frame that paints it. A document the canvas
 * doesn't show within LATE_MS (a failed or very slow layout) is checked then.
 * A big document's first check (from SLICED_CHECK_FROM instances, nothing cached) runs one rule per
 * task after the render (recordRulesSliced); its findings come in once the last rule has run. Its
 * edits are checked a few rules per task after the render too (checkRulesIncrementalSliced): at
 * 10,000 instances a drop re-runs rules worth ~150-200 ms, one task when checked at once.
 */
export function useDiagnostics(doc: Topology, lang: Lang, rules: RulesModule | undefined) {
  const cache = useRef<RuleCache | null>(null);
  const [checked, setChecked] = useState(doc);
  const newest = useRef(doc);
  newest.current = doc;
  // After the frame that paints the edit, not before it: React's background render of the check
  // was scheduled as soon as the canvas committed, and ran ahead of that frame (13 ms of a 1,000-
  // instance drop's way to the screen, issue #14).
  const check = useCallback((shown: Topology) => {
    if (shown !== newest.current) return;
    afterNextPaint(() => {
      if (shown === newest.current) startTransition(() => setChecked(shown));
    });
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
  // A big document's edits are checked in slices too (checkRulesIncrementalSliced, in the effect
  // below): until its findings are in, the canvas keeps the ones it has (`shownFindings`).
  const sliced = useRef<{ doc: Topology; diagnostics: Diagnostic[] } | null>(null);
  // Counts the cache's primings: a check in flight meanwhile is not trusted (primeRuleCache resets it).
  const primes = useRef(0);
  const shownFindings = useRef<Diagnostic[]>(NO_DIAGNOSTICS);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `primed` brings the sliced check's findings in
  const found = useMemo(() => {
    if (!rules) return NO_DIAGNOSTICS;
    cache.current ??= rules.createRuleCache();
    const records = recorded.get(checked);
    if (records) {
      primes.current++;
      return rules.primeRuleCache(cache.current, checked, records, "en", sharedIndex);
    }
    if (slicedFirst(checked, cache.current)) return NO_DIAGNOSTICS;
    if (checked.instances.length < SLICED_CHECK_FROM)
      return rules.checkRulesIncremental(checked, "en", cache.current, sharedIndex);
    return sliced.current?.doc === checked ? sliced.current.diagnostics : shownFindings.current;
  }, [checked, rules, primed]);
  // No findings is the one empty list: a document without any doesn't have the canvas make every
  // box again when its check comes in (issue #15: ~0.2-0.3 s mid-reveal at 50,000).
  const diagnostics = found.length === 0 ? NO_DIAGNOSTICS : found;
  shownFindings.current = diagnostics;
  const checking = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `primed` asks again once a check is in (a newer document may be waiting)
  useEffect(() => {
    const c = cache.current;
    if (!rules || !c || checking.current || slicing.current) return;
    if (recorded.has(checked) || slicedFirst(checked, c) || checked.instances.length < SLICED_CHECK_FROM)
      return;
    if (sliced.current?.doc === checked) return;
    // One check at a time on the cache; a newer document is checked when this one is done.
    checking.current = true;
    const doc = checked;
    const epoch = primes.current;
    void rules.checkRulesIncrementalSliced(doc, "en", c, nextTask, sharedIndex).then((found) => {
      checking.current = false;
      if (epoch === primes.current) sliced.current = { doc, diagnostics: found };
      setPrimed((n) => n + 1);
    });
  }, [checked, rules, primed]);
  useEffect(() => {
    if (!rules || slicing.current || !slicedFirst(checked, cache.current)) return;
    slicing.current = true;
    const first = checked;
    void rules.recordRulesSliced(first, nextTask, sharedIndex).then((records) => {
      slicing.current = false;
      const c = cache.current;
      // Unless another document's records primed it meanwhile (a file opened from a worker).
      if (c && c.last === undefined) {
        primes.current++;
        sliced.current = {
          doc: first,
          diagnostics: rules.primeRuleCache(c, first, records, "en", sharedIndex),
        };
      }
      setPrimed((n) => n + 1);
    });
  }, [checked, rules]);
  const messageOf = useCallback(
    (d: Diagnostic) => (rules ? rules.messageIn(d, lang) : d.message),
    [rules, lang],
  );
  return { diagnostics, messageOf, onShown: check };
}
