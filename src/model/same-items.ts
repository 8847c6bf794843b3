// Whether two lists hold the very same objects in the same order. What follows an edit by identity
// (the index, the layout's caches, the canvas) asks it to tell a list the edit left alone from one
// it made anew, without comparing what the objects hold.

export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Where an edited list differs from the list before, by identity: what lies between their common head and tail. */
export interface Stretch<T> {
  /** Items at the start that are the same objects in both. */
  head: number;
  /** Items at the end that are the same objects in both. */
  tail: number;
  /** The items of `before` between them, and those of `after`. */
  gone: T[];
  come: T[];
}

/**
 * The stretch an edit changed (commands replace only the items they change: the rest are the same
 * objects), or undefined when it holds more than `most` items before and after together.
 */
export function changedStretch<T>(
  before: readonly T[],
  after: readonly T[],
  most: number,
): Stretch<T> | undefined {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shorter - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  if (before.length + after.length - 2 * (head + tail) > most) return undefined;
  return {
    head,
    tail,
    gone: before.slice(head, before.length - tail),
    come: after.slice(head, after.length - tail),
  };
}

/**
 * The most items an edit may change in `list` (before and after together) for the work after it to
 * look at those items alone (graph-edit.ts, the references rule): about a sixteenth of the list plus
 * a few. A larger edit (an import, a paste of many) is looked at whole, which then costs no more.
 */
export const smallEditLimit = (list: readonly unknown[]): number => list.length / 16 + 64;
