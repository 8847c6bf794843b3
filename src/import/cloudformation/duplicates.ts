// Logical ids a template's Resources section defines more than once. CloudFormation accepts such a
// template and deploys the last definition of each (JSON: aws-cloudformation/cfn-language-discussion#96;
// YAML too), and so does the import: JSON.parse and the YAML reader keep the last one. These find the
// repeats, so the import can say so instead of dropping the earlier ones in silence.
import { isMap, isScalar, type parseDocument } from "yaml";
import { lineColumnOf } from "../../io/parse.ts";

export interface DuplicateId {
  id: string;
  /** The line of the repeat that is read (the last one). */
  line: number;
}

/** The repeated keys of the top-level Resources object of one JSON template (already known valid). */
export function jsonDuplicateResources(text: string): DuplicateId[] {
  const stack: ("object" | "array")[] = [];
  let prev = "";
  let rootKey: string | undefined;
  let seen = new Map<string, number>(); // key -> offset of its last definition, in Resources
  let repeated = new Set<string>();
  let inResources = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      let end = text.indexOf('"', i + 1);
      // A quote after an odd number of backslashes is inside the string.
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) break;
      const isKey = stack.at(-1) === "object" && (prev === "{" || prev === ",");
      if (isKey && (stack.length === 1 || (stack.length === 2 && inResources))) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (stack.length === 1) rootKey = key;
        else {
          if (seen.has(key)) repeated.add(key);
          seen.set(key, i);
        }
      }
      i = end;
      prev = '"';
    } else if (c === "{" || c === "[") {
      stack.push(c === "{" ? "object" : "array");
      // The Resources object itself; a second Resources replaces the first, as JSON.parse does.
      if (c === "{" && stack.length === 2 && prev === ":" && rootKey === "Resources") {
        seen = new Map();
        repeated = new Set();
        inResources = true;
      }
      prev = c;
    } else if (c === "}" || c === "]") {
      stack.pop();
      if (stack.length === 1) inResources = false;
      prev = c;
    } else if (c !== " " && c !== "\n" && c !== "\r" && c !== "\t") {
      prev = c;
    }
  }
  return [...repeated].map((id) => ({ id, line: lineColumnOf(text, seen.get(id) ?? 0).line }));
}

function isEscaped(text: string, quote: number): boolean {
  let slashes = 0;
  for (let j = quote - 1; text[j] === "\\"; j--) slashes++;
  return slashes % 2 === 1;
}

/** The repeated keys of the top-level Resources mapping of a YAML template. */
export function yamlDuplicateResources(doc: ReturnType<typeof parseDocument>, text: string): DuplicateId[] {
  const root = doc.contents;
  if (!isMap(root)) return [];
  const resources = [...root.items]
    .reverse()
    .find((p) => isScalar(p.key) && p.key.value === "Resources")?.value;
  if (!isMap(resources)) return [];
  const last = new Map<string, number>();
  const repeated = new Set<string>();
  for (const pair of resources.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (last.has(key)) repeated.add(key);
    last.set(key, pair.key.range?.[0] ?? 0);
  }
  return [...repeated].map((id) => ({ id, line: lineColumnOf(text, last.get(id) ?? 0).line }));
}
