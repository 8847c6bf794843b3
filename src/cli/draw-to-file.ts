// The steps `render` and `export` share: read any input, resolve --collapse, make the output, write it
// whole, report. Only "make the output" differs between them.
import type { LocalText } from "../i18n/text.ts";
import { resolveCollapseIds } from "../layout/collapse-ids.ts";
import type { Diagnostic, Lang } from "../model/diagnostics.ts";
import type { Topology } from "../model/schema.ts";
import {
  reportNothingWritten,
  reportUnreadable,
  reportWritten,
  safeLines,
  unknownCollapseMessage,
} from "./draw-report.ts";
import type { Output } from "./main.ts";
import { readTopologyInput } from "./read-input.ts";
import { writeWhole } from "./write-output.ts";

interface DrawInput {
  doc: Topology;
  collapsed: string[];
  diagnostics: Diagnostic[];
}

type Drawn =
  | { ok: true; data: Uint8Array | string | Iterable<string>; notes?: string[]; wrote: LocalText }
  | { ok: false; reason: string };

export async function drawToFile(
  command: { file: string; out: string; lang: Lang; collapse: readonly string[] },
  io: Output,
  draw: (input: DrawInput) => Promise<Drawn> | Drawn,
): Promise<number> {
  const { file, lang } = command;
  const input = await readTopologyInput(file, lang);
  if (!input.ok) return reportUnreadable(file, input, io);
  const collapse = resolveCollapseIds(input.doc, command.collapse);
  if (collapse.unknown.length > 0)
    return reportNothingWritten(unknownCollapseMessage(collapse.unknown, lang), io);
  const drawn = await draw({ doc: input.doc, collapsed: collapse.ids, diagnostics: input.diagnostics });
  if (!drawn.ok) return reportNothingWritten(`${file}: ${drawn.reason}`, io);
  const failed = await writeWhole(command.out, drawn.data, lang);
  if (failed) return reportNothingWritten(failed, io);
  const code = reportWritten(file, input.diagnostics, io);
  if (drawn.notes && drawn.notes.length > 0) io.err(safeLines(drawn.notes.map((n) => `ec2viz: ${n}`)));
  io.out(safeLines([drawn.wrote[lang]]));
  return code;
}
