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
