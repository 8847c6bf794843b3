// Arguments of `ec2viz serve <file> [--port N] [--lang en|ko] [--open]`. No I/O here.

import { MAX_PORT } from "../../model/aws-limits.ts";
import type { Lang } from "../../model/diagnostics.ts";
import { common, oneFile, split } from "../draw-args.ts";

/** Where the preview listens unless --port says otherwise (0 asks the OS for a free port). */
export const DEFAULT_SERVE_PORT = 4180;

interface ServeCommand {
  kind: "serve";
  file: string;
  port: number;
  lang: Lang;
  /** Also open the page in the default browser (never by default: serve works headless). */
  open: boolean;
}

type ServeArgs = ServeCommand | { kind: "help" } | { kind: "usage-error"; message: string };

export const SERVE_USAGE = `Usage: ec2viz serve <file> [--port N] [--lang en|ko] [--open]

Opens the app on <file> at http://127.0.0.1:<port>/ and redraws it whenever the file is saved
(from any editor), keeping the view's zoom, pan and folded boxes. A save with problems shows them
over the last good diagram. Save in the app writes the file back (JSON stays JSON, YAML stays
YAML), never with errors. Only this machine can connect.

Options:
  --port N             Port on 127.0.0.1 (default: ${DEFAULT_SERVE_PORT}; 0 picks a free one)
  --lang en|ko         Language of the messages here (default: en)
  --open               Also open the page in the default browser
  -h, --help           Show this help

Stops with Ctrl+C (exit 0). Exit code 2: the file can't be read, the command line is wrong,
the port is in use, or the app can't be built.
`;

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const raw = split(argv, ["--port", "--lang"], ["--open"], {});
  if (raw === "help") return { kind: "help" };
  if (typeof raw === "string") return { kind: "usage-error", message: raw };
  const file = oneFile(raw);
  if (typeof file !== "string") return { kind: "usage-error", message: file.error };
  const portText = raw.values.get("--port") ?? String(DEFAULT_SERVE_PORT);
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > MAX_PORT)
    return {
      kind: "usage-error",
      message: `--port needs a whole number from 0 to ${MAX_PORT} (got "${portText}")`,
    };
  const rest = common(raw);
  if (typeof rest === "string") return { kind: "usage-error", message: rest };
  return { kind: "serve", file, port, lang: rest.lang, open: raw.flags.has("--open") };
}
