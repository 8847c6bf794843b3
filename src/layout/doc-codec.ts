// How a document crosses to the layout worker: only what changed since the previous request.
// Commands replace only the lists and items they change, so most lists of an edited document are
// the very objects sent last time, and most items of a changed list too. Those go as a mark (a
// list) or as their index in the previous document's list (an item); the worker, which decodes
// every request in order, puts its own copies back. Copying a 10,000-instance document whole took
// ~90 ms on each side of every edit; now the copy is proportional to the edit. A document read
// from a file comes with its JSON text (io/doc-text.ts): it goes as that text, which the worker
// parses, instead of as a structured copy of every object made on the page (issue #15, B9).

import { alignedLookup } from "./aligned-lookup.ts";

/**
 * A document as sent. `same`: fields that are the previous document's own; `lists`: fields that
 * are lists of objects, where two numbers `from, count` stand for that run of the previous
 * document's list of that name (items are objects, so a number is never an item); `values`: every
 * other field, as it is.
 */
export interface EncodedDocument {
  /** Every field, in the document's order. */
  order: string[];
  same: string[];
  lists: Record<string, unknown[]>;
  values: Record<string, unknown>;
  /** The whole document as JSON text (then the fields above are empty). */
  text?: string;
}

const isObjectList = (v: unknown): v is object[] =>
  Array.isArray(v) && v.every((item) => typeof item === "object" && item !== null);

/** One per worker: encodes each document against the one it encoded before. */
export function createDocEncoder() {
  let previous: Record<string, unknown> | undefined;
  // The lists found to be lists of objects (items are never changed in place: see the top).
  const objectLists = new WeakSet<object>();
  /** `text`, when given, is exactly `JSON.stringify(doc)`. */
  return function encode(doc: object, text?: string): EncodedDocument {
    const next = doc as Record<string, unknown>;
    // The text only for a document that shares no list with the previous one (a file just opened):
    // Undo back to an opened document goes as what changed, so the worker keeps its own objects
    // (and its layout cache) for what didn't.
    const shares =
      previous !== undefined &&
      Object.entries(next).some(
        ([key, value]) => Array.isArray(value) && value.length > 0 && previous?.[key] === value,
      );
    if (text !== undefined && next !== previous && !shares) {
      previous = next;
      return { order: [], same: [], lists: {}, values: {}, text };
    }
    const out: EncodedDocument = { order: Object.keys(next), same: [], lists: {}, values: {} };
    for (const [key, value] of Object.entries(next)) {
      const before = previous?.[key];
      // An undefined field goes as a value: the worker's copy from JSON text doesn't have it.
      if (previous && key in previous && before === value && value !== undefined) {
        out.same.push(key);
        continue;
      }
      // `before` was the previous document's `value`: whether it is a list of objects is known.
      const objects = isObjectList(value);
      if (objects && (objectLists.has(before as object) || isObjectList(before))) {
        // Each item is looked for where it most likely is (aligned-lookup.ts), not in a map of the
        // whole previous list made again for every edit; kept items go as runs (from, count), not
        // a number each to copy on both sides. Encode, copy and decode of a drop: 3.8 -> 2.4 ms
        // at 10,000 instances, ~50 -> ~32 ms at 50,000 (issue #14).
        const find = alignedLookup(before as object[], (item) => item);
        const sent: unknown[] = [];
        let runAt = -1; // where the open run's count is in `sent`
        let runEnd = -1; // the previous list's index just past the open run
        value.forEach((item, i) => {
          const at = find(item, i);
          if (at < 0) {
            sent.push(item);
            runAt = -1;
          } else if (runAt >= 0 && at === runEnd) {
            sent[runAt] = (sent[runAt] as number) + 1;
            runEnd++;
          } else {
            sent.push(at, 1);
            runAt = sent.length - 1;
            runEnd = at + 1;
          }
        });
        out.lists[key] = sent;
      } else out.values[key] = value;
      if (objects) objectLists.add(value);
    }
    previous = next;
    return out;
  };
}

/** One per worker: the inverse of the encoder, given every encoded document in order. */
export function createDocDecoder() {
  let previous: Record<string, unknown> | undefined;
  return function decode<T>(sent: EncodedDocument): T {
    if (sent.text !== undefined) {
      previous = JSON.parse(sent.text) as Record<string, unknown>;
      return previous as T;
    }
    const doc: Record<string, unknown> = {};
    const same = new Set(sent.same);
    for (const key of sent.order) {
      if (same.has(key)) {
        if (!previous || !(key in previous))
          throw new Error(`layout request refers to a missing field ${key}`);
        doc[key] = previous[key];
      } else if (key in sent.lists) {
        const before = (previous?.[key] ?? []) as unknown[];
        const list = sent.lists[key] as unknown[];
        const items: unknown[] = [];
        for (let i = 0; i < list.length; i++) {
          const item = list[i];
          if (typeof item !== "number") {
            items.push(item);
            continue;
          }
          const count = list[++i];
          if (typeof count !== "number" || item + count > before.length)
            throw new Error(
              `layout request refers to a missing item ${key}[${item + (Number(count) || 1) - 1}]`,
            );
          for (let k = item; k < item + count; k++) items.push(before[k]);
        }
        doc[key] = items;
      } else doc[key] = sent.values[key];
    }
    previous = doc;
    return doc as T;
  };
}
