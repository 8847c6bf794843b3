// Reading a document off the page (issue #14/#15 B9): Open…, a dropped file and a share link are
// parsed, migrated, checked against the schema and the AWS rules here, so a 10,000-instance file
// doesn't hold the page's main thread for seconds. The same readers as on the page (read-files.ts,
// share-link.ts) through answerRead: the answers, errors and messages are theirs. The document
// goes back in slices with its JSON text (read-slices.ts), so no single task on the page copies it.
// The text goes first, as soon as the document has its shape, before its rules are checked: the
// page has the layout worker start on it meanwhile (useLayout.ts layoutAhead).
import "../i18n/both-languages.ts";
import { layoutItems } from "../layout/layout-size.ts";
import { parseBigDocumentsFast } from "../model/fast-schema.ts";
import type { Topology } from "../model/schema.ts";
import { answerRead, type ReadRequest } from "./read-answer.ts";
import type { ReadReply } from "./read-off-page.ts";
import { docOfResponse, sliceDocument, withDoc } from "./read-slices.ts";

const post = (reply: ReadReply) => self.postMessage(reply);
parseBigDocumentsFast();

self.onmessage = (event: MessageEvent<ReadRequest & { id: number }>) => {
  const { id } = event.data;
  let sent: { doc: Topology; text: string } | undefined;
  const shaped = (doc: Topology) => {
    sent = { doc, text: JSON.stringify(doc) };
    post({ id, text: sent.text, items: layoutItems(doc) });
  };
  void answerRead(event.data, shaped).then(
    (response) => {
      const doc = docOfResponse(response);
      if (!doc) return post({ id, ok: true, response });
      // The text went ahead when it is this very document (documents are never changed in place).
      const text = sent?.doc === doc ? undefined : JSON.stringify(doc);
      const { slices, shell } = sliceDocument(doc);
      for (const slice of slices) post({ id, slice });
      post({ id, ok: true, response: withDoc(response, shell), ...(text === undefined ? {} : { text }) });
    },
    (error: unknown) => post({ id, ok: false, error: String(error) }),
  );
};
