// "Did you mean…?" for typed names: the known name nearest by edit distance, if it is near enough.

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** The candidate nearest to `input` within `maxDistance` edits (ties: the first listed). */
export function closest(input: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const lower = input.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

const cache = new WeakMap<readonly string[], Map<string, string | undefined>>();
/** Distinct inputs remembered per candidate list; past this the memory starts over. */
const CACHE_LIMIT = 4096;

/**
 * `closest` remembered per candidate list: a document with 100,000 instances of a few unknown
 * types computes each guess once, and an edit doesn't recompute them.
 */
export function closestCached(
  input: string,
  candidates: readonly string[],
  maxDistance = 2,
): string | undefined {
  let known = cache.get(candidates);
  if (!known) {
    known = new Map();
    cache.set(candidates, known);
  }
  const key = `${maxDistance}\u0000${input}`;
  if (known.has(key)) return known.get(key);
  if (known.size >= CACHE_LIMIT) known.clear();
  const guess = closest(input, candidates, maxDistance);
  known.set(key, guess);
  return guess;
}
