// Readable ids for new resources, shaped like AWS's prefixes: "vpc-3", "subnet-2", "i-1", "vol-4".
// A new id takes the number after the highest one already used with that prefix, so an id freed by
// a delete is not handed to a different resource later in the same document. Suffixes longer than
// nine digits are ignored so the arithmetic stays exact.
import { COLLECTIONS, type Topology } from "../schema.ts";

type IdPrefix = "vpc" | "igw" | "subnet" | "sg" | "i" | "vol" | "rtb" | "nat" | "eipalloc" | "acl";

export function allIds(doc: Topology): Set<string> {
  const ids = new Set<string>();
  for (const collection of COLLECTIONS) for (const item of doc[collection]) ids.add(item.id);
  return ids;
}

/** One list's ids, and per prefix the highest number used with it (worked out when first asked). */
interface ListIds {
  ids: Set<string>;
  highest: Map<string, number>;
}

/**
 * Per document list (documents are never changed in place): an edit replaces one or two lists, so
 * a new id at 1,000 instances reads the lists that changed, not every id of the document again
 * (a palette drop asked for two ids over ~3,000 ids, on every place the drag tried and on the drop).
 */
const listIds = new WeakMap<readonly { id: string }[], ListIds>();

function idsOf(list: readonly { id: string }[]): ListIds {
  let known = listIds.get(list);
  if (!known) {
    known = { ids: new Set(list.map((item) => item.id)), highest: new Map() };
    listIds.set(list, known);
  }
  return known;
}

function highestOf(list: ListIds, prefix: IdPrefix): number {
  let highest = list.highest.get(prefix);
  if (highest === undefined) {
    highest = 0;
    const pattern = new RegExp(`^${prefix}-(\\d{1,9})$`);
    for (const id of list.ids) {
      const match = pattern.exec(id);
      if (match) highest = Math.max(highest, Number(match[1]));
    }
    list.highest.set(prefix, highest);
  }
  return highest;
}

export function nextId(doc: Topology, prefix: IdPrefix): string {
  const lists = COLLECTIONS.map((collection) => idsOf(doc[collection]));
  let highest = 0;
  for (const list of lists) highest = Math.max(highest, highestOf(list, prefix));
  let n = highest + 1;
  while (lists.some((list) => list.ids.has(`${prefix}-${n}`))) n += 1;
  return `${prefix}-${n}`;
}
