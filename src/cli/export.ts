// `ec2viz export --to drawio <file> -o out.drawio`: the topology handed on to another tool.
import { drawioText } from "../io/drawio-export.ts";
import { resolveCollapseIds } from "../layout/collapse-ids.ts";
import type { ExportCommand } from "./draw-args.ts";
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

export async function runExport(command: ExportCommand, io: Output): Promise<number> {
  const { file, lang } = command;
  const input = await readTopologyInput(file, lang);
  if (!input.ok) return reportUnreadable(file, input, io);
  const collapse = resolveCollapseIds(input.doc, command.collapse);
  if (collapse.unknown.length > 0)
    return reportNothingWritten(unknownCollapseMessage(collapse.unknown, lang), io);
  const text = drawioText(input.doc, lang, collapse.ids, input.diagnostics);
  if (!text.ok) return reportNothingWritten(`${file}: ${text.reason}`, io);
  const failed = await writeWhole(command.out, text.text, lang);
  if (failed) return reportNothingWritten(failed, io);
  const code = reportWritten(file, input.diagnostics, io);
  io.out(safeLines([lang === "ko" ? `${command.out} 저장` : `Wrote ${command.out}`]));
  return code;
}
