// Command-line arguments -> what to do. No I/O here, so every case is a plain unit test.
import { LANGS, type Lang } from "../model/diagnostics.ts";
import { type ImportArgs, parseImportArgs } from "./import-args.ts";

type Command =
  | { kind: "help"; topic: "main" | "validate" }
  | { kind: "validate"; files: string[]; json: boolean; lang: Lang }
  | { kind: "usage-error"; message: string; topic: "main" | "validate" }
  | ImportArgs;

export const MAIN_USAGE = `Usage: ec2viz <command> [options]

Commands:
  validate <file...>   Check topology files (JSON or YAML) against the schema and AWS rules
  render <file> -o <out.svg|out.png>
                       Draw the diagram as the app's Export does ("ec2viz render --help")
  export --to drawio|cloudformation <file> -o <out>
                       Hand the topology on to diagrams.net or CloudFormation ("ec2viz export --help")
  serve <file> [--port N]
                       Live preview: the app on <file>, redrawn on every save ("ec2viz serve --help")
  import <file...>     Turn AWS CLI output, a CloudFormation template or Terraform state into a topology

Options:
  -h, --help           Show this help (or "ec2viz <command> --help")
`;

export const VALIDATE_USAGE = `Usage: ec2viz validate <file...> [--json] [--lang ko|en]

Checks each topology file and prints its problems with file, path and code.
A file named - is read from standard input (JSON or YAML, UTF-8 or UTF-16). A PNG or SVG
exported by ec2viz is checked by the topology inside it.

Options:
  --json               Print [{ "file", "diagnostics": [...] }] as JSON on stdout
  --lang ko|en         Language of the messages (default: en)
  -h, --help           Show this help

Exit codes: 0 no errors (warnings allowed), 1 some file has errors,
            2 a file could not be read or parsed, or the command line is wrong.
`;

function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    return { kind: "help", topic: "main" };
  }
  if (command === "import") return parseImportArgs(rest);
  if (command !== "validate") {
    return { kind: "usage-error", message: `unknown command "${command}"`, topic: "main" };
  }
  const files: string[] = [];
  let json = false;
  let lang: Lang = "en";
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      files.push(arg);
    } else if (arg === "--") {
      onlyFiles = true;
    } else if (arg === "-h" || arg === "--help") {
      return { kind: "help", topic: "validate" };
    } else if (arg === "--json") {
      json = true;
    } else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? rest[++i] : arg.slice("--lang=".length);
      if (!isLang(value)) {
        return { kind: "usage-error", message: `--lang needs "ko" or "en"`, topic: "validate" };
      }
      lang = value;
    } else {
      return { kind: "usage-error", message: `unknown option "${arg}"`, topic: "validate" };
    }
  }
  if (files.length === 0) return { kind: "usage-error", message: "no file given", topic: "validate" };
  return { kind: "validate", files, json, lang };
}
