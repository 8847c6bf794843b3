// What every browser bench reads the same way: its options (`--name value` or `--name=value`) and
// which Chromium it drives (Debian's, unless CHROMIUM_PATH names another).

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Chromium's own traffic and background work off, so a run measures the page (the timing benches). */
export const QUIET_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
];

/** A reader of `argv`'s options: the value after `--name` (or after `--name=`), else `fallback`. */
export function optionReader(argv: readonly string[]): (name: string, fallback: string) => string {
  return (name, fallback) => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return fallback;
    const a = argv[i] as string;
    return a.includes("=") ? a.slice(a.indexOf("=") + 1) : (argv[i + 1] ?? fallback);
  };
}
