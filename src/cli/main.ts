// ec2viz command line: parse the arguments, check the files, print, return the exit code.
import { MAIN_USAGE, parseArgs, VALIDATE_USAGE } from "./args.ts";
import { checkFile } from "./check-file.ts";
import { EXIT_UNREADABLE, exitCodeOf, formatHuman, formatJson } from "./format.ts";

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  const command = parseArgs(argv);
  const usage = (topic: "main" | "validate") => (topic === "main" ? MAIN_USAGE : VALIDATE_USAGE);
  if (command.kind === "help") {
    io.out(usage(command.topic));
    return 0;
  }
  if (command.kind === "usage-error") {
    io.err(`ec2viz: ${command.message}\n\n${usage(command.topic)}`);
    return EXIT_UNREADABLE;
  }
  // Files one after another: output order follows the command line, and a CLI run is short.
  const reports = [];
  for (const file of command.files) reports.push(await checkFile(file, command.lang));
  io.out(command.json ? formatJson(reports) : formatHuman(reports, command.lang));
  return exitCodeOf(reports);
}
