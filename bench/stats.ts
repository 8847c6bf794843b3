/** Median of a list of timings (the middle value, or the mean of the two middle ones). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The `p` quantile (0.5: median, 0.95: p95) of `xs` as the nearest value at or above it, or null for none. */
export function pct(xs: readonly number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
}

/** Prints a table: a header row and data rows, each cell right-aligned to `width`. */
export function printTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): void {
  for (const cells of [headers, ...rows]) console.log(cells.map((c) => c.padStart(width)).join("  "));
}

/** Median time in ms of `runs` calls of a synchronous `fn`, after one warm-up call (JIT). */
export function medianTime(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}
