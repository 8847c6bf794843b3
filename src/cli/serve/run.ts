// `ec2viz serve <file>`: checks the file and the port, gets the built app, starts the server,
// prints the address and runs until Ctrl+C (exit 0). Exit 2: bad arguments, an unreadable file,
// a port in use, or an app that can't be built.

import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { t } from "../../i18n/strings.ts";
import { formatBytes, MAX_FILE_BYTES } from "../../io/limits.ts";
import type { Lang } from "../../model/diagnostics.ts";
import { safeLines } from "../draw-report.ts";
import { EXIT_OK, EXIT_UNREADABLE } from "../format.ts";
import type { Output } from "../main.ts";
import { appDir } from "./app-files.ts";
import { parseServeArgs, SERVE_USAGE } from "./args.ts";
import { startLiveServer } from "./server.ts";

/** Why `file` can't be served, or undefined when it is a readable file of a size ec2viz reads. */
async function fileProblem(file: string, lang: Lang): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return `${file}: ${t(lang, "cli.notAFile")}`;
    if (info.size > MAX_FILE_BYTES) {
      const limit = formatBytes(MAX_FILE_BYTES);
      return `${file}: ${t(lang, "cli.tooLarge", { limit })}`;
    }
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return `${file}: ${t(lang, "cli.cantRead", { code })}`;
  }
}

function listenProblem(error: NodeJS.ErrnoException, port: number, lang: Lang): string {
  if (error.code === "EADDRINUSE") return t(lang, "cli.serve.portInUse", { port });
  if (error.code === "EACCES") return t(lang, "cli.serve.portDenied", { port });
  return t(lang, "cli.serve.cantListen", { port, reason: error.code ?? error.message });
}

/** Opens `url` in the default browser, best effort (only with --open). */
function openBrowser(url: string): void {
  const command =
    process.platform === "darwin"
      ? ["open", url]
      : process.platform === "win32"
        ? ["cmd", "/c", "start", "", url]
        : ["xdg-open", url];
  try {
    const child = spawn(command[0] as string, command.slice(1), { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No opener: the address is printed anyway.
  }
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A page asked for while the build fails gets the reason; nobody else waits on this promise.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** Resolves when the process is asked to stop (Ctrl+C, or a TERM from a test or a supervisor). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** Runs until `stop` resolves (by default: Ctrl+C or TERM, listened to only once the server runs). */
export async function runServe(
  argv: readonly string[],
  io: Output,
  stop: () => Promise<void> = stopSignal,
): Promise<number> {
  const command = parseServeArgs(argv);
  if (command.kind === "help") {
    io.out(SERVE_USAGE);
    return EXIT_OK;
  }
  if (command.kind === "usage-error") {
    io.err(`${safeLines([`ec2viz: ${command.message}`])}\n${SERVE_USAGE}`);
    return EXIT_UNREADABLE;
  }
  const { file, lang, port } = command;
  const problem = await fileProblem(file, lang);
  if (problem) {
    io.err(safeLines([`ec2viz: ${problem}`]));
    return EXIT_UNREADABLE;
  }
  // Listening first: a port in use is said at once, before any build.
  const app = deferred<string>();
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  try {
    server = await startLiveServer({
      file,
      port,
      appDir: app.promise,
      onChange: (event) =>
        io.out(
          safeLines([
            event.missing
              ? t(lang, "cli.serve.unreadableNow", { file, code: event.missing })
              : t(lang, "cli.serve.changed", { file, rev: event.rev }),
          ]),
        ),
    });
  } catch (error) {
    io.err(safeLines([`ec2viz: ${listenProblem(error as NodeJS.ErrnoException, port, lang)}`]));
    return EXIT_UNREADABLE;
  }
  const built = await appDir((dir) => io.err(safeLines([t(lang, "cli.serve.building", { dir })])));
  if (!built.ok) {
    app.reject(new Error(built.reason));
    await server.close();
    io.err(safeLines([t(lang, "cli.serve.cantBuild", { reason: built.reason })]));
    return EXIT_UNREADABLE;
  }
  app.resolve(built.dir);
  io.out(safeLines([t(lang, "cli.serve.running", { file, url: server.url })]));
  if (command.open) openBrowser(server.url);
  await stop();
  await server.close();
  return EXIT_OK;
}
