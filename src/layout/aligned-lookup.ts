// Finding an item of the previous layout's list by where it most likely is (the worker's answer
// names unchanged boxes and routes by their index there, layout-codec.ts). An edit leaves them in
// the same order, with a few put in or taken out, so the item for position i is nearly always at i
// plus the shift of the last one found: one comparison, instead of a map of the whole previous
// list built on every edit (100,000s of entries at 50,000 instances, issue #14). The map is made
// only when an item is not near its guess (one the previous list lacks, e.g. a dropped instance's
// box); each find moves the guess.

/** How far either side of the guess is looked at before the whole list is mapped. */
const NEAR = 8;

/**
 * A lookup of `list` by `keyOf`: (key, at) gives an index of `list` whose item has that key,
 * trying `at` shifted as much as the previous answer first, or -1 when no item has it.
 */
export function alignedLookup<T, K>(
  list: readonly T[],
  keyOf: (item: T) => K,
): (key: K, at: number) => number {
  let shift = 0;
  let byKey: Map<K, number> | undefined;
  const has = (i: number, key: K) => i >= 0 && i < list.length && keyOf(list[i] as T) === key;
  return (key, at) => {
    const guess = at + shift;
    if (has(guess, key)) return guess;
    // A few items put in or taken out just here (a deleted instance and its volume): near the guess.
    for (let d = 1; d <= NEAR; d++)
      for (const i of [guess + d, guess - d])
        if (has(i, key)) {
          shift = i - at;
          return i;
        }
    if (!byKey) {
      byKey = new Map();
      for (let i = 0; i < list.length; i++) byKey.set(keyOf(list[i] as T), i);
    }
    const found = byKey.get(key);
    if (found === undefined) return -1;
    shift = found - at;
    return found;
  };
}
