// What `ec2viz serve` and the app say to each other (pure, no Node or React): the paths, the
// event the server sends when the file changes, and the save request and its answers.

import type { LocalText } from "../i18n/text.ts";

/** The page served by `ec2viz serve` carries `<meta name=LIVE_META content=LIVE_BASE>`. */
export const LIVE_META = "ec2viz-live";
export const LIVE_BASE = "/__ec2viz/live";
/** Server-Sent Events: one `file` event on connect, then one per change of the file on disk. */
export const LIVE_EVENTS = `${LIVE_BASE}/events`;
/** GET: the file's bytes as last read (header LIVE_REV_HEADER: which revision). */
export const LIVE_FILE = `${LIVE_BASE}/file`;
/** POST (JSON, same origin only): a document to write back to the file. */
export const LIVE_SAVE = `${LIVE_BASE}/save`;
export const LIVE_REV_HEADER = "x-ec2viz-rev";

/**
 * Why the app can't write the file back: an image exported by ec2viz, or a file read through the
 * importer (CloudFormation, Terraform, AWS CLI output), which ec2viz does not write.
 */
export type LiveReadOnly = "image" | "import";

/** Data of the `file` event. */
export interface LiveFileEvent {
  /** Counts the versions of the file the server has read (and written); the app fetches the newest. */
  rev: number;
  /** The file's name (no folder), for messages and for reading it by its extension. */
  name: string;
  /** Set when the file can't be read now (deleted, moved, unreadable): the error code, e.g. ENOENT. */
  missing?: string;
  /** Set when Save can't write this file back. */
  readOnly?: LiveReadOnly;
}

export interface LiveSaveRequest {
  /** The revision the app's document was drawn from: a save over a newer file is refused. */
  baseRev: number;
  doc: unknown;
}

export type LiveSaveReply =
  | { ok: true; rev: number }
  | {
      ok: false;
      /** conflict: the file changed since baseRev; invalid: the document has problems; refused: other. */
      reason: "conflict" | "invalid" | "read-only" | "refused";
      /** In each language: the app words its notice again when the person switches language. */
      message: LocalText;
      /** Problems, one line each, for "invalid". */
      details?: LocalText[];
    };
