// A read of files or a share link, as the reader worker (read-files.worker.ts) does it: the same
// readers as on the page (read-files.ts, share-link.ts), so the answers, errors and messages are
// theirs. Read on the page too, where no worker starts (read-off-page.ts).

import type { LocalText } from "../i18n/text.ts";
import { decodeShareFragment, type ShareLinkResult } from "../io/share-link.ts";
import type { Lang } from "../model/diagnostics.ts";
import { type RuleRecord, recordRules } from "../model/rules/incremental.ts";
import type { Restored } from "../state/persistence.ts";
import { restoreText } from "../state/restore-text.ts";
import { errorTexts, readFiles } from "./read-files.ts";

/**
 * A share link read: the decoded link, its rule errors one a line in both languages (they refuse it),
 * the records.
 */
export interface ShareRead {
  shared: ShareLinkResult;
  errors: LocalText[];
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
  | { kind: "share"; fragment: string }
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
  const errors = errorTexts(
    rules.flatMap((r) => r.findings),
    shared.migratedFrom,
  );
  return { kind: "share", shared, errors, rules };
}
