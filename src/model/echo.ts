// A value from a file, quoted for a message: cut short when long, so a 1 MB string in a file is
// never echoed whole into a notice or a terminal line.

const ECHO_MAX = 60;

/** `value` in double quotes (JSON-escaped), cut to `max` characters with "…" when longer. */
export function quoteShort(value: string, max = ECHO_MAX): string {
  const chars = Array.from(value.slice(0, max * 2 + 2));
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join("")}…` : value);
}

/** `value` itself (not quoted), cut to `max` characters with "…" when longer. */
export function cutShort(value: string, max = ECHO_MAX): string {
  const chars = Array.from(value.slice(0, max * 2 + 2));
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : value;
}

/** The first `shown` of `values`, each echoed by `echo` (quoteShort, cutShort), then "(+N)" for the rest. */
export function echoList(values: readonly string[], shown: number, echo: (value: string) => string): string {
  const list = values.slice(0, shown).map(echo).join(", ");
  return values.length > shown ? `${list} (+${values.length - shown})` : list;
}
