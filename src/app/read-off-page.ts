// Reads files and share links in a worker (read-files.worker.ts), so parsing, the schema and the
// rules of a big document never block the page. Where a worker can't start, the same readers run
// on the page, as before. A worker that fails mid-read (out of memory) makes the file "unreadable"
// and the diagram stays as it was. A big document comes in slices (read-slices.ts), each copied in
// a task of its own, and is indexed in another: the page never holds one long task for it.
import { withLaterWords } from "../i18n/load-language.ts";
import { inBothLanguages } from "../i18n/text.ts";
import { rememberDocText } from "../io/doc-text.ts";
import { nextStep, nextTask } from "../io/next-task.ts";
import type { Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import { sharedIndexInSteps } from "../model/topology-index.ts";
import type { Restored } from "../state/persistence.ts";
import { rememberRuleRecords } from "./diagnose.ts";
import type { FilesRead, ReadRequest, ReadResponse, ShareRead } from "./read-answer.ts";
import { createAssembler, docOfResponse, type Slice, withDoc } from "./read-slices.ts";

/** What the reader worker posts: slices of the document's long lists, then the answer (and its text). */
export type ReadReply =
  | { id: number; slice: Slice }
  | { id: number; ok: true; response: ReadResponse; text?: string }
  | { id: number; ok: false; error: string };

/** Lets the page paint and take input between two pieces of work. */
/**
 * The answer made whole: the slices put back and the text kept with the document; then, in tasks
 * of its own of a few milliseconds each, the document's index (every view asks for it as soon as
 * the document is shown; at 50,000 instances it was one task of 0.3–0.5 s).
 */
async function settle(response: ReadResponse, doc: Topology): Promise<ReadResponse> {
  await nextTask();
  await sharedIndexInSteps(doc, nextStep);
  await nextTask();
  return response;
}

/** One read in a fresh worker, ended when it answers (opening files is rare; memory goes back). */
function inWorker(request: ReadRequest): Promise<ReadResponse> | undefined {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./read-files.worker.ts", import.meta.url), { type: "module", name: "read" });
  } catch {
    return undefined;
  }
  const assembler = createAssembler();
  return new Promise<ReadResponse>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if ("slice" in reply) return assembler.add(reply.slice);
      worker.terminate();
      if (!reply.ok) return reject(new Error(reply.error));
      const shell = docOfResponse(reply.response);
      if (!shell) return resolve(reply.response);
      const doc = assembler.finish(shell);
      if (reply.text !== undefined) rememberDocText(doc, reply.text);
      resolve(settle(withDoc(reply.response, doc), doc));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the reader stopped"));
    };
    worker.postMessage({ ...request, id: 1 });
  });
}

/** What the worker does, on the page. */
const loadReadAnswer = withLaterWords(() => import("./read-answer.ts"));
const onPage = (request: ReadRequest) => loadReadAnswer().then((m) => m.answerRead(request));
/** The wording of a refusal to open a file (later words). */
const loadOpenFile = withLaterWords(() => import("../io/open-file.ts"));

const canUseWorker = () => typeof Worker !== "undefined";

/** Files as read-files.ts reads them (a refusal, an import or a topology with its rule records). */
export async function readFilesOffPage(files: File[], lang: Lang): Promise<FilesRead> {
  const request: ReadRequest = { kind: "files", files, lang };
  const running = canUseWorker() ? inWorker(request) : undefined;
  if (!running) return ((await onPage(request)) as Extract<ReadResponse, { kind: "files" }>).read;
  try {
    return ((await running) as Extract<ReadResponse, { kind: "files" }>).read;
  } catch {
    const { openFileErrorMessage } = await loadOpenFile();
    return {
      kind: "refused",
      asImport: false,
      reason: inBothLanguages((l) => openFileErrorMessage("unreadable", l)),
      details: [],
    };
  }
}

/** A share link's fragment as share-link.ts decodes it, with its rule errors and records. */
export async function readShareOffPage(fragment: string): Promise<ShareRead> {
  const request: ReadRequest = { kind: "share", fragment };
  const running = canUseWorker() ? inWorker(request) : undefined;
  try {
    const { shared, errors, rules } = (await (running ?? onPage(request))) as Extract<
      ReadResponse,
      { kind: "share" }
    >;
    return { shared, errors, rules };
  } catch {
    return { shared: { ok: false, error: { kind: "damaged" } }, errors: [], rules: [] };
  }
}

/**
 * Autosaved text read the way it is read at start (restore-text.ts), in the worker: a 50,000-instance
 * save kept in IndexedDB, or one too big to read before the first picture, never holds the page
 * while it is parsed and checked (issue #15). Its rules' records go to the diagnostics, as a file's.
 * Where no worker runs, or it fails, the page reads it as before.
 */
export async function restoreOffPage(text: string): Promise<Restored> {
  const request: ReadRequest = { kind: "restore", text };
  const running = canUseWorker() ? inWorker(request) : undefined;
  let answer: Extract<ReadResponse, { kind: "restore" }>;
  try {
    answer = (await (running ?? onPage(request))) as typeof answer;
  } catch {
    answer = (await onPage(request)) as typeof answer;
  }
  if (answer.restored.ok) rememberRuleRecords(answer.restored.doc, answer.rules);
  return answer.restored;
}
