// `ec2viz export --to drawio|cloudformation <file> -o out`: the topology handed on to another tool.
import { textOf } from "../i18n/strings.ts";
import { cloudFormationText } from "../io/cloudformation.ts";
import { drawioText } from "../io/drawio-export.ts";
import { sharedIndex } from "../model/topology-index.ts";
import type { ExportCommand } from "./draw-args.ts";
import { drawToFile } from "./draw-to-file.ts";
import type { Output } from "./main.ts";

export function runExport(command: ExportCommand, io: Output): Promise<number> {
  const wrote = textOf("cli.wrote", { file: command.out });
  return drawToFile(command, io, ({ doc, collapsed, diagnostics }) => {
    if (command.format === "yaml" || command.format === "json") {
      const made = cloudFormationText(doc, command.format);
      if (!made.ok) return { ok: false, reason: made.reason[command.lang] };
      return { ok: true, data: made.text, notes: made.notes.map((n) => n[command.lang]), wrote };
    }
    // The index read-input.ts made for the rules: the command line never changes a document it read.
    const text = drawioText(doc, command.lang, collapsed, diagnostics, undefined, sharedIndex(doc));
    if (!text.ok) return text;
    return { ok: true, data: text.parts, wrote };
  });
}
