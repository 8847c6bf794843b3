// Where JSON text first goes wrong, as a character offset, and the checks JSON.parse doesn't make:
// a key written twice in one object (YAML refuses those, so JSON does too) and nesting deeper than
// a topology ever goes. Node's JSON.parse doesn't always say where it failed, and people need a
// line and column to fix a file. The scanner is iterative (an explicit stack, no recursion), so
// 100,000 unclosed brackets are one more syntax error, not a stack overflow.

type JsonProblemKind = "syntax" | "duplicate-key" | "too-deep";

interface JsonProblem {
  kind: JsonProblemKind;
  /** Where: the breaking character (text.length when the text ends early), the repeated key, or the bracket too deep. */
  offset: number;
  /** For "duplicate-key": the key. */
  key?: string;
}

interface JsonScanOptions {
  /** Containers may nest this deep; the next opening bracket is a "too-deep" problem. */
  maxDepth?: number;
  /** Report a key repeated within one object. */
  duplicateKeys?: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
/** Marks an array frame on the stack; objects carry the set of their keys (or OBJECT when not tracked). */
const ARRAY = 0;
const OBJECT = 1;

/** The first problem in `text`, or undefined when it is one valid JSON value that passes the checks. */
export function scanJson(text: string, options: JsonScanOptions = {}): JsonProblem | undefined {
  const { maxDepth = Number.POSITIVE_INFINITY, duplicateKeys = false } = options;
  const n = text.length;
  const stack: (typeof ARRAY | typeof OBJECT | Set<string>)[] = [];
  let i = 0;
  const syntax = (at: number): JsonProblem => ({ kind: "syntax", offset: Math.min(at, n) });
  const skip = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
    }
  };
  /** Moves past the string starting at `i`; the offset that breaks it, or -1. */
  const string = (): number => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return -1;
      }
      if (c === 92) {
        const next = text[i + 1];
        if (next === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return i;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return i;
      } else if (c < 32) return i;
      else i++;
    }
    return n;
  };
  /** Reads `"key" :` inside an object; a problem, or undefined. */
  const key = (frame: typeof OBJECT | Set<string>): JsonProblem | undefined => {
    skip();
    if (text[i] !== '"') return syntax(i);
    const start = i;
    const broken = string();
    if (broken >= 0) return syntax(broken);
    if (frame !== OBJECT) {
      const raw = text.slice(start + 1, i - 1);
      const name = raw.includes("\\") ? (JSON.parse(text.slice(start, i)) as string) : raw;
      if (frame.has(name)) return { kind: "duplicate-key", offset: start, key: name };
      frame.add(name);
    }
    skip();
    if (text[i] !== ":") return syntax(i);
    i++;
    return undefined;
  };

  let expectValue = true;
  for (;;) {
    skip();
    if (expectValue) {
      if (i >= n) return syntax(n);
      const c = text[i];
      if (c === "{" || c === "[") {
        if (stack.length >= maxDepth) return { kind: "too-deep", offset: i };
        i++;
        skip();
        if (c === "[") {
          stack.push(ARRAY);
          if (text[i] === "]") {
            i++;
            stack.pop();
            expectValue = false;
          }
          continue;
        }
        const frame = duplicateKeys ? new Set<string>() : OBJECT;
        stack.push(frame);
        if (text[i] === "}") {
          i++;
          stack.pop();
          expectValue = false;
          continue;
        }
        const problem = key(frame);
        if (problem) return problem;
        continue;
      }
      if (c === '"') {
        const broken = string();
        if (broken >= 0) return syntax(broken);
      } else if (c === "t" || c === "f" || c === "n") {
        const word = c === "t" ? "true" : c === "f" ? "false" : "null";
        if (!text.startsWith(word, i)) return syntax(i);
        i += word.length;
      } else {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match) return syntax(i);
        i += match[0].length;
      }
      expectValue = false;
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < n ? syntax(i) : undefined;
    const c = text[i];
    if (c === ",") {
      i++;
      if (top !== ARRAY) {
        const problem = key(top);
        if (problem) return problem;
      }
      expectValue = true;
    } else if (c === (top === ARRAY ? "]" : "}")) {
      i++;
      stack.pop();
    } else return syntax(i);
  }
}

/** Offset of the first character that breaks the JSON grammar; text.length when it ends too early; -1 when valid. */
export function jsonErrorOffset(text: string): number {
  return scanJson(text)?.offset ?? -1;
}

/**
 * The keys in JSON text that JSON.parse accepted: its ":" outside strings (in valid JSON each one
 * ends a key), or -1 when a string never closes. Native indexOf jumps from quote to quote, about
 * twice as fast as a regular expression that makes a match per string; the next ":" is remembered,
 * so text without one is scanned once.
 */
function keysInText(text: string): number {
  let keys = 0;
  let colon = text.indexOf(":");
  for (let at = 0; ; ) {
    const quote = text.indexOf('"', at);
    const stop = quote < 0 ? text.length : quote;
    for (; colon >= 0 && colon < stop; colon = text.indexOf(":", colon + 1)) keys++;
    if (quote < 0) return keys;
    // The string's closing quote: the first one after an even run of backslashes.
    let end = text.indexOf('"', quote + 1);
    for (;;) {
      // No closing quote: not JSON that parsed (the counts then differ and the scanner reports).
      if (end < 0) return -1;
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    at = end + 1;
    if (colon >= 0 && colon < at) colon = text.indexOf(":", at);
  }
}

/** The keys in parsed data, or -1 when an object or array sits `room` levels down or deeper. */
function keysInData(value: object, room: number): number {
  if (room === 0) return -1;
  let keys = 0;
  // Recursion is bounded by `room` (the nesting limit), and makes no list of what is left to visit.
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== "object" || item === null) continue;
      const inner = keysInData(item, room - 1);
      if (inner < 0) return -1;
      keys += inner;
    }
    return keys;
  }
  for (const key in value) {
    keys++;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== "object" || item === null) continue;
    const inner = keysInData(item, room - 1);
    if (inner < 0) return -1;
    keys += inner;
  }
  return keys;
}

/**
 * The fast path for text JSON.parse has accepted: true when it holds no repeated key and nests no
 * deeper than `maxDepth`. Counts keys in the text and in the parsed data: a repeated key is the
 * only way the two counts differ. When this says false, `scanJson` finds the place.
 */
export function parsedJsonPasses(text: string, data: unknown, maxDepth: number): boolean {
  if (typeof data !== "object" || data === null) return true;
  const dataKeys = keysInData(data, maxDepth);
  return dataKeys >= 0 && dataKeys === keysInText(text);
}
