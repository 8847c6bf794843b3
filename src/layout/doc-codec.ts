// How a document crosses to the layout worker: only what changed since the previous request.
// Commands replace only the lists and items they change, so most lists of an edited document are
// the very objects sent last time, and most items of a changed list too. Those go as a mark (a
// list) or as their index in the previous document's list (an item); the worker, which decodes
// every request in order, puts its own copies back. Copying a 10,000-instance document whole took
// ~90 ms on each side of every edit; now the copy is proportional to the edit. A document read
// from a file comes with its JSON text (io/doc-text.ts): it goes as that text, which the worker
// parses, instead of as a structured copy of every object made on the page (issue #15, B9).

/**
 * A document as sent. `same`: fields that are the previous document's own; `lists`: fields that
 * are lists of objects, where a number stands for the item at that index of the previous
 * document's list of that name; `values`: every other field, as it is.
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
  // Where each item of the previous document's lists is, built when a list changes.
  const positions = new Map<string, Map<unknown, number>>();
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
      positions.clear();
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
      if (isObjectList(value) && isObjectList(before)) {
        let at = positions.get(key);
        if (!at) {
          at = new Map(before.map((item, i) => [item, i]));
          positions.set(key, at);
        }
        const known = at;
        out.lists[key] = value.map((item) => known.get(item) ?? item);
      } else out.values[key] = value;
      positions.delete(key);
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
        const before = previous?.[key] as unknown[] | undefined;
        doc[key] = (sent.lists[key] as unknown[]).map((item) => {
          if (typeof item !== "number") return item;
          const found = before?.[item];
          if (found === undefined) throw new Error(`layout request refers to a missing item ${key}[${item}]`);
          return found;
        });
      } else doc[key] = sent.values[key];
    }
    previous = doc;
    return doc as T;
  };
}
