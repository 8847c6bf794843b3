// Bounds every input is held to before any work starts: a file, a share link, the text inflated
// from a link or an image, and how deeply the text may nest. One place, so the app, the CLI and
// the messages all name the same numbers.

/** Largest file the app or the CLI reads (a 100,000-instance topology is about 30 MB of JSON). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Largest topology text inflated from a share link or an image: the same bound as a file. */
export const MAX_INFLATED_BYTES = MAX_FILE_BYTES;

/** Longest share-link payload (Chromium's own URL limit is 2 MB, so nothing longer comes from a browser). */
export const MAX_SHARE_LINK_CHARS = 2 * 1024 * 1024;

/** Deepest nesting of lists and maps in a topology text (a valid one never goes past 6). */
export const MAX_NESTING_DEPTH = 64;

/**
 * Most resources the Fn::ForEach loops of one template may make. CloudFormation allows 500 in a
 * template, loops included; this is 20 times that and still imports in a moment, while two nested
 * loops of 1,000 items (a 14 KB template) would make a million: 28 s of CPU and 1.8 GB.
 */
export const MAX_LOOP_RESOURCES = 10_000;

/**
 * Files from this size on (about 6,500 generated instances) keep the page busy for a noticeable
 * while when opened: the person is told before the work starts (#15 B9).
 */
export const LARGE_OPEN_BYTES = 2 * 1024 * 1024;

/** "64 MB" for messages. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
