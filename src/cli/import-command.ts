// `ec2viz import`: read the files, import, write the topology and print the report.
import { readFile, writeFile } from "node:fs/promises";
import type { ImportFile } from "../import/import.ts";
import { formatImportReport, problemLine } from "../import/report-text.ts";
import { importTopology } from "../import/topology.ts";
import { toJsonText, toYamlText } from "../io/serialize.ts";
import type { ImportCommand } from "./import-args.ts";

export interface ImportOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const EXIT_IMPORTED = 0;
export const EXIT_NOTHING_READ = 2;

export async function runImport(command: ImportCommand, io: ImportOutput): Promise<number> {
  const { lang } = command;
  const files: ImportFile[] = [];
  const unreadable: string[] = [];
  for (const name of command.files) {
    try {
      files.push({ name, bytes: new Uint8Array(await readFile(name)) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      unreadable.push(
        lang === "ko"
          ? `${name}: 파일을 읽을 수 없습니다 (${code})`
          : `${name}: can't read the file (${code})`,
      );
    }
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
    io.err(`${lines.map((l) => `ec2viz import: ${l}`).join("\n")}\n`);
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
      io.out(
        `${JSON.stringify({ format: null, imported: {}, placeholders: [], skipped: [], notes: [], errors }, null, 2)}\n`,
      );
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
      io.err(
        lang === "ko"
          ? `ec2viz import: ${command.out}에 쓸 수 없습니다 (${code})\n`
          : `ec2viz import: can't write ${command.out} (${code})\n`,
      );
      return EXIT_NOTHING_READ;
    }
  } else if (!command.json) {
    io.out(text);
  }
  if (command.json) io.out(`${JSON.stringify(result.report, null, 2)}\n`);
  else io.err(formatImportReport(result.report, lang));
  return EXIT_IMPORTED;
}
