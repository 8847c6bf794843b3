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

export function nextId(doc: Topology, prefix: IdPrefix): string {
  const taken = allIds(doc);
  const pattern = new RegExp(`^${prefix}-(\\d{1,9})$`);
  let highest = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let n = highest + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
