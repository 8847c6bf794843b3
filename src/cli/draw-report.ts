// What render and export print: the input's problems on stderr (as `validate` words them), and
// the exit code: 0 written, 1 written but the topology has rule errors, 2 nothing written.
import { t } from "../i18n/strings.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE, formatReportLines } from "./format.ts";
import { terminalSafe } from "./terminal-text.ts";

/** Lines for the terminal: nothing from a file can act on it (see terminal-text.ts). */
export const safeLines = (lines: readonly string[]): string =>
  `${lines.map((l) => terminalSafe(l)).join("\n")}\n`;

import type { Output } from "./main.ts";
import type { InputResult } from "./read-input.ts";

/** Prints why `file` gave no topology; returns 2. */
export function reportUnreadable(
  file: string,
  input: Extract<InputResult, { ok: false }>,
  io: Output,
): number {
  const lines = formatReportLines({ file, diagnostics: [], error: input.problem }).concat(
    formatReportLines({ file, diagnostics: input.diagnostics }),
  );
  io.err(safeLines(lines));
  return EXIT_UNREADABLE;
}

/** Prints the rule findings of a file that was drawn anyway; returns 1 when any is an error. */
export function reportWritten(file: string, diagnostics: readonly Diagnostic[], io: Output): number {
  const lines = formatReportLines({ file, diagnostics: [...diagnostics] });
  if (lines.length > 0) io.err(safeLines(lines));
  return diagnostics.some((d) => d.severity === "error") ? EXIT_ERRORS : EXIT_OK;
}

/** Prints a reason nothing was written; returns 2. */
export function reportNothingWritten(reason: string, io: Output): number {
  io.err(safeLines([`ec2viz: ${reason}`]));
  return EXIT_UNREADABLE;
}

export function unknownCollapseMessage(unknown: readonly string[], lang: Lang): string {
  const list = unknown.map((u) => `"${u}"`).join(", ");
  return t(lang, unknown.length === 1 ? "cli.collapseUnknownOne" : "cli.collapseUnknownMany", { list });
}
