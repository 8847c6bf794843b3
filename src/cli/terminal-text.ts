// Text from a file, made safe for a terminal: the one helper every line the CLI prints goes
// through. A file must not be able to clear the screen, retitle the window, erase or forge lines,
// or reorder what is shown, so C0/C1 controls, DEL, line and paragraph separators, bidi and other
// invisible format characters are written as visible \u escapes; very long lines are cut.

/** Characters a terminal would act on or hide rather than show. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Longest line printed; a longer one ends with how much was left out. */
export const MAX_LINE_CHARS = 2000;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** One line of human output: nothing in it can act on the terminal, and it stays one line. */
export function terminalSafe(line: string, max = MAX_LINE_CHARS): string {
  const cut = line.length > max ? `${line.slice(0, max)}… (${line.length - max} more characters)` : line;
  return cut.replace(UNSAFE, visible);
}

/** JSON text for a terminal: the same characters as \u escapes inside its strings (still the same JSON). */
export function jsonTerminalSafe(json: string): string {
  return json.replace(UNSAFE, (c) => (c === "\n" ? c : visible(c)));
}
