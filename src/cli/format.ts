// Reports -> what the terminal shows: one line per diagnostic and a summary, or JSON for scripts.
import { countText } from "../i18n/face-strings.ts";
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { cutShort } from "../model/echo.ts";
import type { FileReport } from "./check-file.ts";
import { jsonTerminalSafe, terminalSafe } from "./terminal-text.ts";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** 2 when a file couldn't be read or parsed, else 1 when any error, else 0 (warnings are fine). */
export function exitCodeOf(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.error)) return EXIT_UNREADABLE;
  if (reports.some((r) => r.diagnostics.some((d) => d.severity === "error"))) return EXIT_ERRORS;
  return EXIT_OK;
}

export function formatReportLines(report: FileReport): string[] {
  if (report.error) {
    const { line, column, message } = report.error;
    const place = line === undefined ? "" : `:${line}:${column ?? 1}`;
    return [`${report.file}${place}: ${message}`];
  }
  // A path can hold a key from the file of any length: cut it so the message still shows.
  return report.diagnostics.map(
    (d) => `${report.file}: ${d.severity} ${d.code} ${cutShort(d.path, 160)} — ${d.message}`,
  );
}

export function formatSummary(reports: readonly FileReport[], lang: Lang): string {
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.length - errors;
  const unreadable = reports.filter((r) => r.error).length;
  const parts = [countText(lang, "error", errors), countText(lang, "warning", warnings)];
  if (unreadable > 0) parts.push(countText(lang, "unreadableFile", unreadable));
  return t(lang, "cli.checked", { files: countText(lang, "file", reports.length), counts: parts.join(", ") });
}

/** Every line made terminal-safe: file names, ids, keys and values come from files and the command line. */
export function formatHuman(reports: readonly FileReport[], lang: Lang): string {
  const lines = reports.flatMap(formatReportLines);
  lines.push(formatSummary(reports, lang));
  return `${lines.map((line) => terminalSafe(line)).join("\n")}\n`;
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${jsonTerminalSafe(JSON.stringify(reports, null, 2))}\n`;
}
