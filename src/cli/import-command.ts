// `ec2viz import`: read the files, import, write the topology and print the report.

import { writeFile } from "node:fs/promises";
import { t } from "../i18n/strings.ts";
import type { ImportFile } from "../import/import.ts";
import { formatImportReport, problemLine } from "../import/report-text.ts";
import { importTopology } from "../import/topology.ts";
import { toJsonText, toYamlText } from "../io/serialize.ts";
import { readProblem } from "./check-file.ts";
import type { ImportCommand } from "./import-args.ts";
import { readInputBytes } from "./read-bytes.ts";
import { jsonTerminalSafe, terminalSafe } from "./terminal-text.ts";

interface ImportOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const EXIT_IMPORTED = 0;
const EXIT_NOTHING_READ = 2;

export async function runImport(command: ImportCommand, io: ImportOutput): Promise<number> {
  const { lang } = command;
  const files: ImportFile[] = [];
  const unreadable: string[] = [];
  for (const name of command.files) {
    const read = await readInputBytes(name);
    if (read.ok) files.push({ name, bytes: read.bytes });
    else unreadable.push(`${name}: ${readProblem(read, lang)}`);
  }
  const result =
    files.length > 0
      ? importTopology(files, {
          format: command.format,
          ...(command.region ? { region: command.region } : {}),
          params: command.params,
          lang,
        })
      : ({ ok: false, problems: [] } as const);
  if (!result.ok) {
    const lines = [...unreadable, ...result.problems.map((p) => problemLine(p, lang))];
    io.err(`${lines.map((l) => terminalSafe(`ec2viz import: ${l}`)).join("\n")}\n`);
    if (command.json) {
      const errors = [
        ...unreadable.map((message) => ({ message })),
        ...result.problems.map((p) => ({
          file: p.file,
          line: p.line,
          column: p.column,
          message: p.message[lang],
        })),
      ];
      const report = { format: null, imported: {}, placeholders: [], skipped: [], notes: [], errors };
      io.out(`${jsonTerminalSafe(JSON.stringify(report, null, 2))}\n`);
    }
    return EXIT_NOTHING_READ;
  }
  for (const line of unreadable) result.report.notes.push(line);
  const text = command.out && /\.ya?ml$/i.test(command.out) ? toYamlText(result.doc) : toJsonText(result.doc);
  if (command.out) {
    try {
      await writeFile(command.out, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      const line = `ec2viz import: ${t(lang, "cli.cantWriteOut", { file: command.out, code })}`;
      io.err(`${terminalSafe(line)}\n`);
      return EXIT_NOTHING_READ;
    }
  } else if (!command.json) {
    io.out(text);
  }
  if (command.json) io.out(`${jsonTerminalSafe(JSON.stringify(result.report, null, 2))}\n`);
  else {
    const lines = formatImportReport(result.report, lang).trimEnd().split("\n");
    io.err(`${lines.map((l) => terminalSafe(l)).join("\n")}\n`);
  }
  return EXIT_IMPORTED;
}
