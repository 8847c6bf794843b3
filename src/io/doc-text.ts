// The JSON text of a document, when a reader already made it (the reader worker, off the page):
// the autosave writes it and the layout worker parses it, instead of each turning the document's
// objects into text or a copy again on the page (issue #15, B9: 10,000 instances cost ~100 ms
// each time, 50,000 ~0.5 s). Only for documents that are never changed in place, as the app
// store's (every edit makes a new document, which has no text). Texts are not made here: kept for
// each document of the undo history, they would hold 200 copies of a 15 MB text.

const texts = new WeakMap<object, string>();

/** Remembers `text`, which must be exactly `JSON.stringify(doc)`. */
export function rememberDocText(doc: object, text: string): void {
  texts.set(doc, text);
}

/** The text when a reader made it already; undefined otherwise (nothing is made). */
export function knownDocText(doc: object): string | undefined {
  return texts.get(doc);
}

/**
 * Each item's JSON text, by the item object: commands replace only the items they change (the
 * layout worker's doc-codec.ts counts on it too), so the next autosave makes text for those alone
 * and reuses the rest (issue #14: the whole 10,000-instance document again was ~22-28 ms of the
 * page's time per edit). Only for items that are never changed in place, as the app store's.
 * Kept while the items live: about the document's own text size again.
 */
export type ItemTexts = WeakMap<object, string>;

export function createItemTexts(): ItemTexts {
  return new WeakMap();
}

/** Work units: an item made into text costs MADE, one found in ItemTexts costs 1 (a lookup). */
const MADE = 16;

/**
 * The text of `doc`, one array item at a time: yields the text made since the last yield whenever
 * `itemsPerSlice` items' worth of work (an item whose text is reused counts 1/MADE) has been done,
 * and returns the rest. Everything yielded and returned, joined, is exactly `JSON.stringify(doc)`.
 */
function* docTextSteps(doc: object, itemsPerSlice: number, texts?: ItemTexts): Generator<string, string> {
  const budget = itemsPerSlice * MADE;
  let left = budget;
  /** The item's text; counts its work against the slice. */
  const itemText = (item: unknown): string => {
    if (!texts || typeof item !== "object" || item === null) {
      left -= MADE;
      return JSON.stringify(item) ?? "null";
    }
    let text = texts.get(item);
    if (text !== undefined) {
      left -= 1;
      return text;
    }
    left -= MADE;
    text = JSON.stringify(item);
    texts.set(item, text);
    return text;
  };
  const parts: string[] = ["{"];
  let first = true;
  for (const [key, value] of Object.entries(doc)) {
    const whole = Array.isArray(value) ? undefined : JSON.stringify(value);
    if (!Array.isArray(value) && whole === undefined) continue; // as JSON.stringify leaves it out
    parts.push(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      parts.push(whole as string);
      continue;
    }
    parts.push("[");
    for (let i = 0; i < value.length; i++) {
      parts.push(`${i > 0 ? "," : ""}${itemText(value[i])}`);
      if (left <= 0) {
        left = budget;
        yield parts.join("");
        parts.length = 0;
      }
    }
    parts.push("]");
  }
  parts.push("}");
  return parts.join("");
}

/**
 * Exactly `JSON.stringify(doc)` for a document of plain data, made a slice of array items at a
 * time with `pause()` awaited between slices: a 10,000-instance document is 3 MB of text, one
 * 150–300 ms task when made at once (the autosave after each edit). With `texts`, the items made
 * into text before are not made again (see ItemTexts).
 */
export async function docTextInSlices(
  doc: object,
  pause: () => Promise<void>,
  itemsPerSlice = 1000,
  texts?: ItemTexts,
): Promise<string> {
  const steps = docTextSteps(doc, itemsPerSlice, texts);
  const made: string[] = [];
  for (;;) {
    const step = steps.next();
    made.push(step.value);
    if (step.done) return made.join("");
    await pause();
  }
}

/**
 * Exactly `JSON.stringify(doc)` in parts of `itemsPerPart` array items, each made when the one
 * before has been taken: a caller that encodes or sends each part before asking for the next (the
 * share link's compression) never holds the whole text, nor the page for the time of making it.
 */
export function* docTextParts(doc: object, itemsPerPart = 2000): Generator<string, void, undefined> {
  yield yield* docTextSteps(doc, itemsPerPart);
}

/** Exactly `JSON.stringify(doc)`, at once, reusing and keeping its items' texts in `texts`. */
export function docText(doc: object, texts: ItemTexts): string {
  const steps = docTextSteps(doc, Number.POSITIVE_INFINITY, texts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
