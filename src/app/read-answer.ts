// A read of files or a share link, as the reader worker (read-files.worker.ts) does it: the same
// readers as on the page (read-files.ts, share-link.ts), so the answers, errors and messages are
// theirs. Read on the page too, where no worker starts (read-off-page.ts).
import { errorLines } from "../io/parse-messages.ts";
import { decodeShareFragment, type ShareLinkResult } from "../io/share-link.ts";
import { diagnosticsOfVersion, type Lang } from "../model/diagnostics.ts";
import { type RuleRecord, recordRules } from "../model/rules/incremental.ts";
import { toDiagnostic } from "../model/rules/validate.ts";
import type { Restored } from "../state/persistence.ts";
import { restoreText } from "../state/restore-text.ts";
import { readFiles } from "./read-files.ts";

/** A share link read: the decoded link, its rule errors one a line (they refuse it), the records. */
export interface ShareRead {
  shared: ShareLinkResult;
  errors: string[];
  rules: RuleRecord[];
}

export type FilesRead = Awaited<ReturnType<typeof readFiles>>;

/** An autosave read: the same restore path as at start (restore-text.ts), with the rules' records. */
export interface RestoreRead {
  restored: Restored;
  rules: RuleRecord[];
}

export type ReadRequest =
  | { kind: "files"; files: File[]; lang: Lang }
  | { kind: "share"; fragment: string; lang: Lang }
  | { kind: "restore"; text: string };

export type ReadResponse =
  | { kind: "files"; read: FilesRead }
  | ({ kind: "share" } & ShareRead)
  | ({ kind: "restore" } & RestoreRead);

/**
 * The read itself, in the worker (or on the page where no worker starts). A share link is held to
 * a file's rules: its rule errors refuse it until "Open anyway" (open-anyway.ts).
 */
export async function answerRead(request: ReadRequest): Promise<ReadResponse> {
  if (request.kind === "files") {
    return { kind: "files", read: await readFiles(request.files, request.lang) };
  }
  if (request.kind === "restore") {
    const restored = restoreText(request.text);
    return { kind: "restore", restored, rules: restored.ok ? recordRules(restored.doc) : [] };
  }
  const shared = decodeShareFragment(request.fragment);
  if (!shared.ok) return { kind: "share", shared, errors: [], rules: [] };
  const rules = recordRules(shared.doc);
  const found = rules.flatMap((r) => r.findings).map((f) => toDiagnostic(f, request.lang));
  const errors = errorLines(diagnosticsOfVersion(found, shared.migratedFrom));
  return { kind: "share", shared, errors, rules };
}
