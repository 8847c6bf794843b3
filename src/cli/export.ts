// `ec2viz export --to drawio <file> -o out.drawio`: the topology handed on to another tool.
import { drawioText } from "../io/drawio-export.ts";
import type { ExportCommand } from "./draw-args.ts";
import { drawToFile } from "./draw-to-file.ts";
import type { Output } from "./main.ts";

export function runExport(command: ExportCommand, io: Output): Promise<number> {
  return drawToFile(command, io, ({ doc, collapsed, diagnostics }) => {
    const text = drawioText(doc, command.lang, collapsed, diagnostics);
    if (!text.ok) return text;
    return { ok: true, data: text.text, wrote: { en: `Wrote ${command.out}`, ko: `${command.out} 저장` } };
  });
}
