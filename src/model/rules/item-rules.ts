// Rules that judge each item of a list on its own (a volume's zone, an instance's security groups,
// a tag's length, a reference's target), written as the check of one item. Such a rule keeps its last look and, on the
// next document (most often an edit of the last: commands replace only the items they change),
// checks again only the items the edit changed and the items whose check reads a resource the edit
// changed (issue #14: each of these rules walked all 50,000 instances or volumes again on every
// drop, 5-27 ms each). The answer is always the one a check of every item gives (incremental.test.ts
// holds them equal over random edits, hand edits included).

import { changedStretch, type Stretch, smallEditLimit } from "../same-items.ts";
import type { Collection, Defined, Topology } from "../schema.ts";
import type { TopologyIndex } from "../topology-index.ts";
import type { Finding, Rule, RuleContext } from "./types.ts";

type Item = { id: string; external?: boolean | undefined };
type ItemOf<C extends Collection> = Topology[C][number];

/**
 * How a check reads another list. "whole": any edit of it may change any item's answer (the items
 * are all checked again). "ids": only through which ids exist and what kind they are (the items
 * are checked again when an edit changes a resource marked external, which the index keeps apart).
 * A function: the items of the section's list whose answer an edit of this resource (as it was,
 * or as it is) may change, looked up in the edited document's index. Named for the section's own
 * list, it gives the items beside the edited ones whose answer reads them (the earlier volumes of
 * an instance decide whether a later one's device is taken).
 */
export type Use<C extends Collection> =
  | "whole"
  | "ids"
  | ((changed: Item, index: TopologyIndex, before: () => TopologyIndex) => Iterable<ItemOf<C>> | "whole");

/** One list's items, each checked on its own. A rule's sections are listed in its findings' order. */
export interface ItemSection<C extends Collection = Collection> {
  list: C;
  /** Adds the findings of the item at `i` to `out`; reads no list but `list` and those of `uses`. */
  check: (item: Defined<ItemOf<C>>, i: number, ctx: RuleContext, out: Finding[]) => void;
  uses?: Partial<Record<Collection, Use<C>>>;
  /** Items marked external are checked too (the check then reads only what every item has). */
  externalToo?: boolean;
  /**
   * The id a finding names besides its own item's (a reference's target): an item with a finding
   * naming an id an edit changed is checked again.
   */
  names?: (f: Finding) => string | undefined;
}

/** A section of a rule, with its item type checked against its list. */
export const itemSection = <C extends Collection>(s: ItemSection<C>): ItemSection =>
  s as unknown as ItemSection;

/** The findings of one item, at its place in the list (only items with findings are kept). */
interface Found {
  i: number;
  findings: Finding[];
}

/** A rule's last look: the lists it read (by identity) and, per section, what it found. */
interface Look {
  lists: Map<Collection, readonly Item[]>;
  found: Found[][];
  /** The index of the document looked at (made when a use asks for it). */
  index: () => TopologyIndex;
}

/** Every item rule's way to forget its last look (tests compare a fresh look with an edited one). */
const forgetters: (() => void)[] = [];

/** Forgets every item rule's last look, so the next one checks every item. */
export function forgetItemLooks(): void {
  for (const forget of forgetters) forget();
}

/** The rule made of these sections: its findings are the sections' in order, each in list order. */
export function itemRule(...sections: ItemSection[]): Rule {
  const watched = new Set<Collection>();
  for (const s of sections) {
    watched.add(s.list);
    for (const c of Object.keys(s.uses ?? {}) as Collection[]) watched.add(c);
  }
  let look: Look | undefined;
  forgetters.push(() => {
    look = undefined;
  });
  const rule: Rule = (ctx) => {
    const lists = new Map<Collection, readonly Item[]>();
    for (const c of watched) lists.set(c, ctx.doc[c]);
    const edits = look && listEdits(look.lists, lists);
    const before = look;
    const found = sections.map(
      (s, k) =>
        (before && edits && foundAfterEdit(s, before.found[k] as Found[], edits, ctx, before.index)) ??
        foundWhole(s, ctx),
    );
    look = { lists, found, index: () => ctx.index };
    const out: Finding[] = [];
    // Loops, not push(...): a spread of 100,000+ findings overflows the call stack.
    for (const section of found) for (const f of section) for (const x of f.findings) out.push(x);
    return out;
  };
  rule.lists = [...watched];
  return rule;
}

/** Each list an edit changed, with the stretch it changed (undefined: too large to look at alone). */
function listEdits(
  before: ReadonlyMap<Collection, readonly Item[]>,
  after: ReadonlyMap<Collection, readonly Item[]>,
): Map<Collection, Stretch<Item> | undefined> {
  const edits = new Map<Collection, Stretch<Item> | undefined>();
  for (const [c, now] of after) {
    const old = before.get(c) ?? [];
    if (old !== now) edits.set(c, changedStretch(old, now, smallEditLimit(now)));
  }
  return edits;
}

function foundWhole(s: ItemSection, ctx: RuleContext): Found[] {
  const list = ctx.doc[s.list] as readonly Item[];
  const found: Found[] = [];
  let scratch: Finding[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Item;
    if (item.external === true && s.externalToo !== true) continue;
    s.check(item as never, i, ctx, scratch);
    if (scratch.length > 0) {
      found.push({ i, findings: scratch });
      scratch = [];
    }
  }
  return found;
}

/**
 * The section's findings after `edits`, checking again the items the edit changed, those after them
 * that had findings (their place, in their paths, moved) and those `uses` names; undefined when the
 * whole list is better checked again.
 */
function foundAfterEdit(
  s: ItemSection,
  old: readonly Found[],
  edits: ReadonlyMap<Collection, Stretch<Item> | undefined>,
  ctx: RuleContext,
  before: () => TopologyIndex,
): Found[] | undefined {
  const list = ctx.doc[s.list] as readonly Item[];
  const again = new Set<number>();
  const readers: Item[] = [];
  const changedIds = new Set<string>();
  for (const [c, stretch] of edits) {
    const use = s.uses?.[c];
    if (use === undefined) continue;
    if (use === "whole" || stretch === undefined || changesExternal(stretch)) return undefined;
    if (use === "ids") continue;
    for (const x of [...stretch.gone, ...stretch.come]) {
      changedIds.add(x.id);
      const items = use(x, ctx.index, before);
      if (items === "whole") return undefined;
      for (const item of items) readers.push(item);
    }
  }
  let kept: readonly Found[] = old;
  if (edits.has(s.list)) {
    const own = edits.get(s.list);
    if (own === undefined || changesExternal(own)) return undefined;
    const { head, gone, come } = own;
    const tailFrom = head + gone.length;
    const shift = come.length - gone.length;
    const unmoved: Found[] = [];
    for (const f of old) {
      if (f.i < head) unmoved.push(f);
      else if (f.i >= tailFrom) {
        if (shift === 0) unmoved.push(f);
        else again.add(f.i + shift);
      }
    }
    kept = unmoved;
    for (let i = head; i < head + come.length; i++) again.add(i);
  }
  for (const i of placesOf(list, readers)) again.add(i);
  const names = s.names;
  const namesChanged = (f: Finding) => {
    const id = names?.(f);
    return id !== undefined && changedIds.has(id);
  };
  if (names && changedIds.size > 0) for (const f of kept) if (f.findings.some(namesChanged)) again.add(f.i);
  if (again.size === 0) return kept === old ? (old as Found[]) : [...kept];
  const found = kept.filter((f) => !again.has(f.i));
  for (const i of again) {
    const item = list[i] as Item;
    if (item.external === true && s.externalToo !== true) continue;
    const findings: Finding[] = [];
    s.check(item as never, i, ctx, findings);
    if (findings.length > 0) found.push({ i, findings });
  }
  return found.sort((a, b) => a.i - b.i);
}

/**
 * Whether the edit changed a resource marked external: the index keeps their ids apart (`external`,
 * and one takes its id from a later resource of its list), which a check may read of any id.
 */
const changesExternal = (stretch: Stretch<Item>): boolean =>
  stretch.gone.some((x) => x.external === true) || stretch.come.some((x) => x.external === true);

/** Where each of `items` is in `list` (a few: looked for one by one; many: in one pass). */
function placesOf(list: readonly Item[], items: readonly Item[]): number[] {
  const places: number[] = [];
  if (items.length <= 16) {
    for (const x of items) for (let i = list.indexOf(x); i >= 0; i = list.indexOf(x, i + 1)) places.push(i);
    return places;
  }
  const wanted = new Set(items);
  for (let i = 0; i < list.length; i++) if (wanted.has(list[i] as Item)) places.push(i);
  return places;
}

/** The volumes attached to this instance (what a check of volumes reads of an instance). */
export const volumesOfInstance = (instance: Item, index: TopologyIndex): Defined<ItemOf<"volumes">>[] =>
  (index.volumesByInstance.get(instance.id) ?? []).map((a) => a.volume);

/** The instances in this subnet (what a check of instances reads of a subnet). */
export const instancesOfSubnet = (
  subnet: Item,
  index: TopologyIndex,
): readonly Defined<ItemOf<"instances">>[] => index.instancesBySubnet.get(subnet.id) ?? [];
