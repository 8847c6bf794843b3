// Reading a document off the page (issue #14/#15 B9): Open…, a dropped file and a share link are
// parsed, migrated, checked against the schema and the AWS rules here, so a 10,000-instance file
// doesn't hold the page's main thread for seconds. The same readers as on the page (read-files.ts,
// share-link.ts) through answerRead: the answers, errors and messages are theirs.
import { answerRead, type ReadRequest } from "./read-answer.ts";

self.onmessage = (event: MessageEvent<ReadRequest & { id: number }>) => {
  const { id } = event.data;
  void answerRead(event.data).then(
    (response) => self.postMessage({ id, ok: true, response }),
    (error: unknown) => self.postMessage({ id, ok: false, error: String(error) }),
  );
};
