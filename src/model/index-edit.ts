// The index of an edited document, made from the index of the document before the edit: commands
// replace only the lists they change, and in them only the items they change (the rest are the
// same objects), so what changed is found by comparing the two lists' items by identity, and only
// that is indexed again. Building the index whole took 12-36 ms at 10,000 instances and 64-200 ms
// at 50,000 (Node, by load), on the page and again in the layout worker, for every edit; made from
// the previous one after a palette add, 0.8 and 6.5 ms (issue #14).
// The answers are exactly indexTopology's (topology-index.test.ts checks it over random edits);
// anything unusual (a duplicate id, an external resource changed, Regions changed, items put in
// the middle of a list, a large change) is left to indexTopology.

import { LayeredMap } from "./layered-map.ts";
import { changedStretch } from "./same-items.ts";
import type { Collection, Topology } from "./schema.ts";
import {
  GROUPINGS,
  type Grouping,
  installIndexDerivation,
  KIND_OF_COLLECTION,
  type ResourceKind,
  type TopologyIndex,
} from "./topology-index.ts";

type Item = { id: string; external?: boolean | undefined };

/** An edit of one list: items gone, items replaced by one with the same id, items added at the end. */
interface ListEdit {
  collection: Collection;
  removed: Item[];
  /** The new items that take the place of an old one with their id, and the new ones at the end. */
  written: Item[];
  /** The new ones at the end (ids this list didn't have). */
  added: Item[];
  /** Every old and new item involved (their groups are indexed again). */
  touched: Item[];
}

/** An edit changing more than this share of a list (plus a few) is indexed whole. */
const MAX_CHANGED_SHARE = 4;
const MAX_CHANGED_MIN = 64;

/**
 * How `after` differs from `before`, when it is only removals, replacements in place (same id, same
 * order) and additions at the end, of defined resources, within a stretch of the list; else
 * undefined. Ids are unique in `before` (the caller's document has no duplicate id).
 */
function listEdit(
  collection: Collection,
  before: readonly Item[],
  after: readonly Item[],
): ListEdit | undefined {
  const stretch = changedStretch(before, after, after.length / MAX_CHANGED_SHARE + MAX_CHANGED_MIN);
  if (!stretch) return undefined;
  const { tail, gone, come } = stretch;
  const oldIds = new Set<string>();
  for (const x of gone) {
    if (x.external === true) return undefined;
    oldIds.add(x.id);
  }
  const newIds = new Set<string>();
  const written: Item[] = [];
  const added: Item[] = [];
  const keptNew: string[] = [];
  let adding = false;
  for (const y of come) {
    if (y.external === true || newIds.has(y.id)) return undefined;
    newIds.add(y.id);
    written.push(y);
    if (oldIds.has(y.id)) {
      // A replacement after an addition would put the addition before it.
      if (adding) return undefined;
      keptNew.push(y.id);
    } else {
      adding = true;
      added.push(y);
    }
  }
  // Additions only at the very end, where a map puts a new key.
  if (adding && tail > 0) return undefined;
  const removed: Item[] = [];
  const keptOld: string[] = [];
  for (const x of gone) {
    if (newIds.has(x.id)) keptOld.push(x.id);
    else removed.push(x);
  }
  if (keptOld.length !== keptNew.length || keptOld.some((id, i) => id !== keptNew[i])) return undefined;
  return { collection, removed, written, added, touched: [...gone, ...come] };
}

/**
 * The index of `doc` made from `index`, the index of `from`, or undefined when it is better built
 * whole. `index` must come from a document with no duplicate id; so does the answer.
 */
export function indexAfterEdit(
  from: Topology,
  index: TopologyIndex,
  doc: Topology,
): TopologyIndex | undefined {
  const edits: ListEdit[] = [];
  for (const collection of Object.keys(KIND_OF_COLLECTION) as Collection[]) {
    const before = from[collection];
    const after = doc[collection];
    if (before === after) continue;
    if (collection === "regions") return undefined;
    const edit = listEdit(collection, before, after);
    if (!edit) return undefined;
    edits.push(edit);
  }
  if (edits.length === 0) return index;
  // Ids: those removed go first, so an id may move from one list to another in one edit.
  const removedIds = new Set<string>();
  for (const e of edits) for (const x of e.removed) removedIds.add(x.id);
  const addedKinds: [string, ResourceKind][] = [];
  for (const e of edits)
    for (const y of e.added) {
      // An id some other resource has: a duplicate.
      if (index.kindById.has(y.id) && !removedIds.has(y.id)) return undefined;
      addedKinds.push([y.id, KIND_OF_COLLECTION[e.collection]]);
    }
  // Two new resources with one id, in two lists: a duplicate.
  if (new Set(addedKinds.map(([id]) => id)).size !== addedKinds.length) return undefined;
  const next: Record<string, unknown> = { ...index };
  next.kindById = LayeredMap.changed(index.kindById, removedIds, addedKinds);
  for (const e of edits) {
    next[e.collection] = LayeredMap.changed(
      index[e.collection] as ReadonlyMap<string, Item>,
      e.removed.map((x) => x.id),
      e.written.map((y) => [y.id, y] as const),
    );
    for (const grouping of GROUPINGS[e.collection] ?? []) {
      next[grouping.field] = regrouped(
        index[grouping.field] as ReadonlyMap<string, unknown[]>,
        grouping,
        e.touched,
        doc[e.collection],
      );
    }
  }
  return next as unknown as TopologyIndex;
}

/** `groups` with the lists of every key a touched item was or is in made again from `items`. */
function regrouped(
  groups: ReadonlyMap<string, unknown[]>,
  grouping: Grouping,
  touched: readonly Item[],
  items: readonly Item[],
): ReadonlyMap<string, unknown[]> {
  const each = grouping.each as (item: Item, visit: (key: string, entry: unknown) => void) => void;
  const lists = new Map<string, unknown[]>();
  for (const item of touched) each(item, (key) => lists.set(key, []));
  if (lists.size === 0) return groups;
  const collect = (key: string, entry: unknown) => lists.get(key)?.push(entry);
  for (const item of items) if (item.external !== true) each(item, collect);
  const emptied: string[] = [];
  const filled: [string, unknown[]][] = [];
  for (const [key, list] of lists) {
    if (list.length > 0) filled.push([key, list]);
    else emptied.push(key);
  }
  return LayeredMap.changed(groups, emptied, filled);
}

// Loading this module turns the derivation on (see installIndexDerivation).
installIndexDerivation(indexAfterEdit);
