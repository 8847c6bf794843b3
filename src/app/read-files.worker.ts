// Reading a document off the page (issue #14/#15 B9): Open…, a dropped file and a share link are
// parsed, migrated, checked against the schema and the AWS rules here, so a 10,000-instance file
// doesn't hold the page's main thread for seconds. The same readers as on the page (read-files.ts,
// share-link.ts) through answerRead: the answers, errors and messages are theirs. The document
// goes back in slices with its JSON text (read-slices.ts), so no single task on the page copies it.
import "../i18n/both-languages.ts";
import { parseBigDocumentsFast } from "../model/fast-schema.ts";
import { answerRead, type ReadRequest } from "./read-answer.ts";
import type { ReadReply } from "./read-off-page.ts";
import { docOfResponse, sliceDocument, withDoc } from "./read-slices.ts";

const post = (reply: ReadReply) => self.postMessage(reply);
parseBigDocumentsFast();

self.onmessage = (event: MessageEvent<ReadRequest & { id: number }>) => {
  const { id } = event.data;
  void answerRead(event.data).then(
    (response) => {
      const doc = docOfResponse(response);
      if (!doc) return post({ id, ok: true, response });
      const text = JSON.stringify(doc);
      const { slices, shell } = sliceDocument(doc);
      for (const slice of slices) post({ id, slice });
      post({ id, ok: true, response: withDoc(response, shell), text });
    },
    (error: unknown) => post({ id, ok: false, error: String(error) }),
  );
};
