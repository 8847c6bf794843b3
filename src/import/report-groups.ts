// Long lists in the import report as people read them: a Terraform state of 100,000 buckets made
// 100,000 "skipped" lines on stderr and 100,000 list items in the app's dialog (a 25 s freeze).
// Past REPORT_LIST_WHOLE entries, entries of one kind skipped or placed for one reason are one line
// that counts them and names the first few. The report itself (and `--json`) keeps every entry.

/** Lists up to this long are shown entry by entry, as always. */
export const REPORT_LIST_WHOLE = 50;

/** Ids a grouped line names before "and N more". */
const NAMED = 3;

/** Entries of one kind with one reason: the first few ids and how many there are. */
export interface ReportGroup {
  kind: string;
  reason: string;
  ids: string[];
  count: number;
}

/**
 * The list as it is shown: one group per entry when it is short (in its order), else one group per
 * kind and reason, in the order each first appears.
 */
export function reportGroups<T>(
  items: readonly T[],
  kindOf: (item: T) => string,
  idOf: (item: T) => string,
  reasonOf: (item: T) => string,
): ReportGroup[] {
  if (items.length <= REPORT_LIST_WHOLE)
    return items.map((item) => ({ kind: kindOf(item), reason: reasonOf(item), ids: [idOf(item)], count: 1 }));
  const groups = new Map<string, ReportGroup>();
  for (const item of items) {
    const kind = kindOf(item);
    const reason = reasonOf(item);
    const key = JSON.stringify([kind, reason]);
    const group = groups.get(key);
    if (!group) groups.set(key, { kind, reason, ids: [idOf(item)], count: 1 });
    else {
      group.count++;
      if (group.ids.length < NAMED) group.ids.push(idOf(item));
    }
  }
  return [...groups.values()];
}
