// The rules, re-run only where an edit can change their answer. Each rule is a pure function of
// the document; while it runs, the document (and the index built from it) note which of the
// document's lists it read. The next time, a rule whose lists are all the same objects as then
// (commands replace only the lists they change) gives back its earlier findings without running.
// The answer is exactly checkRules's (a property test holds them equal after any edits).
import type { Diagnostic, Lang } from "../diagnostics.ts";
import type { Collection, Topology } from "../schema.ts";
import { indexTopology, type TopologyIndex } from "../topology-index.ts";
import type { Finding, Rule, RuleContext } from "./types.ts";
import { RULES, toDiagnostic } from "./validate.ts";

/** The document lists each part of the index is built from (absent: every list). */
const INDEX_SOURCES: Partial<Record<keyof TopologyIndex, readonly Collection[]>> = {
  regions: ["regions"],
  vpcs: ["vpcs"],
  internetGateways: ["internetGateways"],
  subnets: ["subnets"],
  securityGroups: ["securityGroups"],
  instances: ["instances"],
  volumes: ["volumes"],
  routeTables: ["routeTables"],
  natGateways: ["natGateways"],
  elasticIps: ["elasticIps"],
  networkAcls: ["networkAcls"],
  vpcsByRegion: ["vpcs"],
  subnetsByVpc: ["subnets"],
  gatewaysByVpc: ["internetGateways"],
  externalGatewayVpcs: ["internetGateways"],
  securityGroupsByVpc: ["securityGroups"],
  instancesBySubnet: ["instances"],
  volumesByInstance: ["volumes"],
  regionByAz: ["regions"],
  routeTablesByVpc: ["routeTables"],
  routeTablesBySubnet: ["routeTables"],
  networkAclsByVpc: ["networkAcls"],
  networkAclsBySubnet: ["networkAcls"],
  natGatewaysBySubnet: ["natGateways"],
  elasticIpsByTarget: ["elasticIps"],
};

interface Entry {
  /** Each document key the rule read, with the value it had. */
  reads: [string, unknown][];
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** One per caller (the app keeps one): the rules' last answers and what each read. */
export interface RuleCache {
  lang: Lang | undefined;
  entries: Map<Rule, Entry>;
  last: Diagnostic[] | undefined;
}

export function createRuleCache(): RuleCache {
  return { lang: undefined, entries: new Map(), last: undefined };
}

/** A view of the document and index that adds every document key read to `reads`. */
function tracking(doc: Topology, index: () => TopologyIndex, reads: Set<string>): RuleContext {
  const all = () => {
    for (const key of Object.keys(doc)) reads.add(key);
  };
  const docView = new Proxy(doc, {
    get(target, key, receiver) {
      if (typeof key === "string") reads.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === "string") reads.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      all();
      return Reflect.ownKeys(target);
    },
  });
  let indexView: TopologyIndex | undefined;
  return {
    doc: docView,
    get index() {
      // Rules read the index inside their loops (100,000s of reads): what a part of it was built
      // from is noted at its first read only.
      const noted = new Set<string | symbol>();
      indexView ??= new Proxy(index(), {
        get(target, key, receiver) {
          if (!noted.has(key)) {
            noted.add(key);
            const sources = typeof key === "string" ? INDEX_SOURCES[key as keyof TopologyIndex] : undefined;
            if (sources) for (const s of sources) reads.add(s);
            else all();
          }
          return Reflect.get(target, key, receiver);
        },
        ownKeys(target) {
          all();
          return Reflect.ownKeys(target);
        },
      });
      return indexView;
    },
  };
}

/** One per caller: each rule's last findings and what it read (for findingsIncremental). */
interface FindingsCache {
  entries: Map<Rule, { reads: [string, unknown][]; findings: Finding[] }>;
}

export function createFindingsCache(): FindingsCache {
  return { entries: new Map() };
}

/** Whether every document key a rule read still has the value it had then. */
function stillValid(doc: Topology, reads: readonly [string, unknown][]): boolean {
  const record = doc as unknown as Record<string, unknown>;
  return reads.every(([key, value]) => record[key] === value);
}

/** Runs one rule on `doc`, noting the document keys it reads (or those it says it reads). */
function runTracked(
  rule: Rule,
  doc: Topology,
  getIndex: () => TopologyIndex,
): { reads: [string, unknown][]; findings: Finding[] } {
  if (rule.lists) {
    const findings = rule({
      doc,
      get index() {
        return getIndex();
      },
    });
    return { reads: rule.lists.map((key) => [key, doc[key]]), findings };
  }
  const reads = new Set<string>();
  const findings = rule(tracking(doc, getIndex, reads));
  const record = doc as unknown as Record<string, unknown>;
  return { reads: [...reads].map((key) => [key, record[key]]), findings };
}

function lazyIndex(doc: Topology, indexOf: (doc: Topology) => TopologyIndex): () => TopologyIndex {
  let index: TopologyIndex | undefined;
  return () => {
    index ??= indexOf(doc);
    return index;
  };
}

/**
 * findingsOf (every rule's findings, in order), running only the rules whose inputs changed since
 * they last ran with this cache. Any document may come next: checking edits that were never made
 * (the properties form checks each keystroke) reruns only the rules that read the edited list.
 */
export function findingsIncremental(
  doc: Topology,
  cache: FindingsCache,
  indexOf: (doc: Topology) => TopologyIndex = indexTopology,
): Finding[] {
  const getIndex = lazyIndex(doc, indexOf);
  const out: Finding[] = [];
  for (const rule of RULES) {
    let entry = cache.entries.get(rule);
    if (!entry || !stillValid(doc, entry.reads)) {
      entry = runTracked(rule, doc, getIndex);
      cache.entries.set(rule, entry);
    }
    for (const f of entry.findings) out.push(f);
  }
  return out;
}

/** checkRules, running only the rules whose inputs changed since this cache's last call. */
export function checkRulesIncremental(
  doc: Topology,
  lang: Lang,
  cache: RuleCache,
  indexOf: (doc: Topology) => TopologyIndex = indexTopology,
): Diagnostic[] {
  const steps = checkSteps(doc, lang, cache, indexOf);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * checkRulesIncremental with a `pause()` (a new task) whenever `budget` ms of rules have run since
 * the last one: a big document's edit that touches many rules is a task per few rules instead of
 * one long task (issue #14: ~150-200 ms at 10,000 instances). The same answer; the cache must not
 * be used by another check until it settles.
 */
export async function checkRulesIncrementalSliced(
  doc: Topology,
  lang: Lang,
  cache: RuleCache,
  pause: () => Promise<void>,
  indexOf: (doc: Topology) => TopologyIndex = indexTopology,
  budget = 12,
): Promise<Diagnostic[]> {
  const steps = checkSteps(doc, lang, cache, indexOf);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= budget) {
      await pause();
      since = performance.now();
    }
  }
}

/** Whether two findings print the same diagnostic (`others` is never printed). */
function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  return (
    a.code === b.code &&
    a.path === b.path &&
    a.resource === b.resource &&
    a.messageId === b.messageId &&
    sameParams(a.params, b.params)
  );
}

/** Message params are flat records of strings, numbers and booleans. */
function sameParams(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.is(a[key], b[key])) return false;
  return true;
}

/** The incremental check, pausing (yield) before each rule it runs again. */
function* checkSteps(
  doc: Topology,
  lang: Lang,
  cache: RuleCache,
  indexOf: (doc: Topology) => TopologyIndex,
): Generator<void, Diagnostic[]> {
  const getIndex = lazyIndex(doc, indexOf);
  const reword = cache.lang !== lang;
  cache.lang = lang;
  let changed = reword || cache.last === undefined;
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    const old = cache.entries.get(rule);
    if (old && stillValid(doc, old.reads)) {
      if (reword) old.diagnostics = old.findings.map((f) => toDiagnostic(f, lang));
      for (const d of old.diagnostics) out.push(d);
      continue;
    }
    yield;
    const { reads, findings } = runTracked(rule, doc, getIndex);
    // A finding the same as the one at its place last time keeps its diagnostic: at 10,000 warnings,
    // wording them all again (and comparing them as JSON, as this did) cost 20-150 ms per edit.
    const kept = old === undefined || reword ? undefined : old;
    let same = kept !== undefined && kept.findings.length === findings.length;
    const diagnostics = findings.map((f, i) => {
      const before = kept?.findings[i];
      if (before !== undefined && sameFinding(before, f)) return kept?.diagnostics[i] as Diagnostic;
      same = false;
      return toDiagnostic(f, lang);
    });
    cache.entries.set(rule, { reads, findings, diagnostics });
    if (!same) changed = true;
    for (const d of diagnostics) out.push(d);
  }
  // Nothing came out different: the previous list itself, so what depends on it needn't redo work.
  if (!changed && cache.last) return cache.last;
  cache.last = out;
  return out;
}

/**
 * Each rule's findings and the names of the document lists it read, in RULES order: what a reader
 * off the page (src/app/read-files.worker.ts) sends with a document, so the page's cache starts
 * warm (primeRuleCache) instead of running every rule again on the main thread.
 */
export interface RuleRecord {
  keys: string[];
  findings: Finding[];
}

export function recordRules(
  doc: Topology,
  indexOf: (doc: Topology) => TopologyIndex = indexTopology,
): RuleRecord[] {
  const getIndex = lazyIndex(doc, indexOf);
  return RULES.map((rule) => {
    const { reads, findings } = runTracked(rule, doc, getIndex);
    return { keys: reads.map(([key]) => key), findings };
  });
}

/**
 * recordRules with a `pause()` before each rule: a big document's first check as one task per rule
 * instead of one long task (issue #14), with the same records.
 */
export async function recordRulesSliced(
  doc: Topology,
  pause: () => Promise<void>,
  indexOf: (doc: Topology) => TopologyIndex = indexTopology,
): Promise<RuleRecord[]> {
  const getIndex = lazyIndex(doc, indexOf);
  const records: RuleRecord[] = [];
  for (const rule of RULES) {
    await pause();
    const { reads, findings } = runTracked(rule, doc, getIndex);
    records.push({ keys: reads.map(([key]) => key), findings });
  }
  return records;
}

/**
 * Fills `cache` from records made on a copy of `doc` (recordRules) and gives back what
 * checkRulesIncremental(doc, lang, cache) would: the next edit re-runs only the rules it touches.
 * Records that don't fit the rules (another build) are ignored: every rule runs then.
 */
export function primeRuleCache(
  cache: RuleCache,
  doc: Topology,
  records: readonly RuleRecord[],
  lang: Lang,
  indexOf: (doc: Topology) => TopologyIndex = indexTopology,
): Diagnostic[] {
  if (records.length === RULES.length) {
    const record = doc as unknown as Record<string, unknown>;
    cache.entries.clear();
    RULES.forEach((rule, i) => {
      const { keys, findings } = records[i] as RuleRecord;
      cache.entries.set(rule, {
        reads: keys.map((key) => [key, record[key]]),
        findings,
        diagnostics: findings.map((f) => toDiagnostic(f, lang)),
      });
    });
    cache.lang = lang;
    cache.last = undefined;
  }
  return checkRulesIncremental(doc, lang, cache, indexOf);
}
