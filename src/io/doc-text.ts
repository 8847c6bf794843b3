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
 * Exactly `JSON.stringify(doc)` for a document of plain data, made a slice of array items at a
 * time with `pause()` awaited between slices: a 10,000-instance document is 3 MB of text, one
 * 150–300 ms task when made at once (the autosave after each edit).
 */
export async function docTextInSlices(
  doc: object,
  pause: () => Promise<void>,
  itemsPerSlice = 1000,
): Promise<string> {
  const parts: string[] = ["{"];
  let left = itemsPerSlice;
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
      parts.push(`${i > 0 ? "," : ""}${JSON.stringify(value[i]) ?? "null"}`);
      if (--left === 0) {
        left = itemsPerSlice;
        await pause();
      }
    }
    parts.push("]");
  }
  parts.push("}");
  return parts.join("");
}
