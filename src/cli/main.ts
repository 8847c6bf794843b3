// ec2viz command line: parse the arguments, check the files, print, return the exit code.

import "../i18n/both-languages.ts";
import { parseBigDocumentsFast } from "../model/fast-schema.ts";
import { MAIN_USAGE, parseArgs, VALIDATE_USAGE } from "./args.ts";
import { checkFile } from "./check-file.ts";
import { runDrawCommand } from "./draw-commands.ts";
import { EXIT_UNREADABLE, exitCodeOf, formatHuman, formatJson } from "./format.ts";
import { IMPORT_USAGE } from "./import-args.ts";
import { terminalSafe } from "./terminal-text.ts";

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A closed pipe (`ec2viz validate … | head -1`) ends the run quietly; other write errors are one line. */
const guarded = new WeakSet<NodeJS.WriteStream>();
function guardStream(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE")
      process.stderr.write(`ec2viz: can't write the output (${error.code ?? "error"})\n`);
    process.exit(error.code === "EPIPE" ? Number(process.exitCode) || 0 : EXIT_UNREADABLE);
  });
}

const processOutput: Output = {
  out: (text) => {
    guardStream(process.stdout);
    process.stdout.write(text);
  },
  err: (text) => {
    guardStream(process.stderr);
    process.stderr.write(text);
  },
};

export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  parseBigDocumentsFast();
  try {
    return await run(argv, io);
  } catch (error) {
    // Readers return named errors; anything else still ends as one line and exit 2, never a stack trace.
    const reason = String((error as Error)?.message ?? error).split("\n")[0] ?? "";
    io.err(`${terminalSafe(`ec2viz: unexpected failure: ${reason}`)}\n`);
    return EXIT_UNREADABLE;
  }
}

async function run(argv: readonly string[], io: Output): Promise<number> {
  if (argv[0] === "serve") {
    // The server and its watcher load only for this command.
    const { runServe } = await import("./serve/run.ts");
    return await runServe(argv.slice(1), io);
  }
  const drawn = await runDrawCommand(argv, io);
  if (drawn !== undefined) return drawn;
  const command = parseArgs(argv);
  const usage = (topic: "main" | "validate" | "import") =>
    topic === "main" ? MAIN_USAGE : topic === "import" ? IMPORT_USAGE : VALIDATE_USAGE;
  if (command.kind === "help") {
    io.out(usage(command.topic));
    return 0;
  }
  if (command.kind === "usage-error") {
    io.err(`${terminalSafe(`ec2viz: ${command.message}`)}\n\n${usage(command.topic)}`);
    return EXIT_UNREADABLE;
  }
  if (command.kind === "import") {
    // The import readers load only for this command, so other commands start as fast as before.
    const { runImport } = await import("./import-command.ts");
    return await runImport(command, io);
  }
  // Files one after another: output order follows the command line, and a CLI run is short.
  const reports = [];
  for (const file of command.files) reports.push(await checkFile(file, command.lang));
  io.out(command.json ? formatJson(reports) : formatHuman(reports, command.lang));
  return exitCodeOf(reports);
}
