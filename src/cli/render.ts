// `ec2viz render <file> -o out.svg|out.png`: the app's image export, headless.
import { resolveCollapseIds } from "../layout/collapse-ids.ts";
import type { RenderCommand } from "./draw-args.ts";
import {
  reportNothingWritten,
  reportUnreadable,
  reportWritten,
  safeLines,
  unknownCollapseMessage,
} from "./draw-report.ts";
import type { Output } from "./main.ts";
import { readTopologyInput } from "./read-input.ts";
import { renderImage } from "./render-image.ts";
import { writeWhole } from "./write-output.ts";

export async function runRender(command: RenderCommand, io: Output): Promise<number> {
  const { file, lang } = command;
  const input = await readTopologyInput(file, lang);
  if (!input.ok) return reportUnreadable(file, input, io);
  const collapse = resolveCollapseIds(input.doc, command.collapse);
  if (collapse.unknown.length > 0)
    return reportNothingWritten(unknownCollapseMessage(collapse.unknown, lang), io);
  const image = await renderImage(input.doc, {
    format: command.format,
    scale: command.scale,
    background: command.background,
    lang,
    collapsed: collapse.ids,
    diagnostics: input.diagnostics,
  });
  if (!image.ok) return reportNothingWritten(`${file}: ${image.reason}`, io);
  const failed = await writeWhole(command.out, image.bytes, lang);
  if (failed) return reportNothingWritten(failed, io);
  const code = reportWritten(file, input.diagnostics, io);
  if (image.notes.length > 0) io.err(safeLines(image.notes.map((n) => `ec2viz: ${n}`)));
  io.out(
    safeLines([
      lang === "ko"
        ? `${command.out} 저장 (${image.width} × ${image.height} px)`
        : `Wrote ${command.out} (${image.width} × ${image.height} px)`,
    ]),
  );
  return code;
}
