// A VPC has one main route table, one default security group and one default network ACL: a second
// one marked so is reported on its mark, naming the first. One check for all three (each rule says
// which list and which mark).
import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import { type Finding, finding } from "./types.ts";

export function secondInVpc<T extends { id: string; name?: string | undefined; vpc: string }>(
  entries: Iterable<[number, T]>,
  marked: (item: T) => boolean,
  at: { collection: "routeTables" | "securityGroups" | "networkAcls"; key: "main" | "default" },
  messageId: "route-table-main-multiple" | "sg-default-multiple" | "acl-default-multiple",
): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, string>();
  for (const [i, item] of entries) {
    if (!marked(item)) continue;
    const earlier = first.get(item.vpc);
    if (earlier === undefined) {
      first.set(item.vpc, displayName(item));
      continue;
    }
    out.push(
      finding({
        messageId,
        path: jsonPath([at.collection, i, at.key]),
        resource: item.id,
        params: { who: displayName(item), vpc: item.vpc, first: earlier },
      }),
    );
  }
  return out;
}
