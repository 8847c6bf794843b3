// Dispatch for the commands that draw or hand a topology on (render; export and serve join here).

import { DRAW_USAGE, type DrawCommand, parseExportArgs, parseRenderArgs } from "./draw-args.ts";
import { safeLines } from "./draw-report.ts";
import { EXIT_UNREADABLE } from "./format.ts";
import type { Output } from "./main.ts";

const PARSERS: Record<string, (argv: readonly string[]) => DrawCommand> = {
  render: parseRenderArgs,
  export: parseExportArgs,
};

/** Runs `argv` when it names one of these commands; undefined otherwise. */
export async function runDrawCommand(argv: readonly string[], io: Output): Promise<number | undefined> {
  const parse = PARSERS[argv[0] ?? ""];
  if (!parse) return undefined;
  const command = parse(argv.slice(1));
  switch (command.kind) {
    case "help":
      io.out(DRAW_USAGE[command.topic]);
      return 0;
    case "usage-error":
      io.err(`${safeLines([`ec2viz: ${command.message}`])}\n${DRAW_USAGE[command.topic]}`);
      return EXIT_UNREADABLE;
    case "render": {
      // Loaded on demand: `validate` and `--help` don't pay for the layout, renderer and rasteriser.
      const { runRender } = await import("./render.ts");
      return runRender(command, io);
    }
    case "export": {
      const { runExport } = await import("./export.ts");
      return runExport(command, io);
    }
    default:
      return undefined;
  }
}
