// A big document crosses from the reader worker to the page in slices (issue #15, B9): each long
// list goes as messages of SLICE_ITEMS items, then the document with those lists left empty, then
// its JSON text. The page copies each message in its own task, so no single task holds the copy of
// a 50,000-instance document; the text is kept beside the document (io/doc-text.ts) for the
// autosave and the layout worker. Pure: the worker and the page (and the tests) share it.
import type { Topology } from "../model/schema.ts";
import type { ReadResponse } from "./read-answer.ts";

/** Items of one list per message: a few milliseconds to copy on the page. */
export const SLICE_ITEMS = 2000;

export interface Slice {
  key: string;
  items: unknown[];
}

/** The document a read answer carries (a file's topology or import, a share link's, an autosave's), if any. */
export function docOfResponse(response: ReadResponse): Topology | undefined {
  if (response.kind === "share") return response.shared.ok ? response.shared.doc : undefined;
  if (response.kind === "restore") return response.restored.ok ? response.restored.doc : undefined;
  return response.read.kind === "refused" ? undefined : response.read.doc;
}

/** The same answer carrying `doc` instead. */
export function withDoc(response: ReadResponse, doc: Topology): ReadResponse {
  if (response.kind === "share")
    return response.shared.ok ? { ...response, shared: { ...response.shared, doc } } : response;
  if (response.kind === "restore")
    return response.restored.ok ? { ...response, restored: { ...response.restored, doc } } : response;
  return response.read.kind === "refused" ? response : { ...response, read: { ...response.read, doc } };
}

/**
 * The slices of `doc`'s lists longer than `size`, and the document with those lists empty (the
 * same fields in the same order, so the page puts back the very document).
 */
export function sliceDocument(doc: Topology, size = SLICE_ITEMS): { slices: Slice[]; shell: Topology } {
  const slices: Slice[] = [];
  const shell: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (Array.isArray(value) && value.length > size) {
      for (let i = 0; i < value.length; i += size) slices.push({ key, items: value.slice(i, i + size) });
      shell[key] = [];
    } else shell[key] = value;
  }
  return { slices, shell: shell as Topology };
}

/** Puts slices back, in the order they came, into the shell sliceDocument made. */
export function createAssembler() {
  const lists = new Map<string, unknown[][]>();
  return {
    add(slice: Slice) {
      const parts = lists.get(slice.key);
      if (parts) parts.push(slice.items);
      else lists.set(slice.key, [slice.items]);
    },
    finish(shell: Topology): Topology {
      if (lists.size === 0) return shell;
      const doc: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(shell)) {
        const parts = lists.get(key);
        // concat, not flat(): flat() took ~30 ms per 100,000 items, concat ~1.
        doc[key] = parts ? ([] as unknown[]).concat(...parts) : value;
      }
      lists.clear();
      return doc as Topology;
    },
  };
}
