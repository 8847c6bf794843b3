// `ec2viz serve <file>`: checks the file and the port, gets the built app, starts the server,
// prints the address and runs until Ctrl+C (exit 0). Exit 2: bad arguments, an unreadable file,
// a port in use, or an app that can't be built.
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { formatBytes, MAX_FILE_BYTES } from "../../io/limits.ts";
import type { Lang } from "../../model/diagnostics.ts";
import { safeLines } from "../draw-report.ts";
import { EXIT_OK, EXIT_UNREADABLE } from "../format.ts";
import type { Output } from "../main.ts";
import { appDir } from "./app-files.ts";
import { parseServeArgs, SERVE_USAGE } from "./args.ts";
import { startLiveServer } from "./server.ts";

const say = (lang: Lang, en: string, ko: string) => (lang === "ko" ? ko : en);

/** Why `file` can't be served, or undefined when it is a readable file of a size ec2viz reads. */
async function fileProblem(file: string, lang: Lang): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return say(lang, `${file}: not a file`, `${file}: 파일이 아닙니다`);
    if (info.size > MAX_FILE_BYTES) {
      const limit = formatBytes(MAX_FILE_BYTES);
      return say(
        lang,
        `${file}: the file is larger than ${limit}, the most ec2viz reads`,
        `${file}: 파일이 ${limit}보다 큽니다. ec2viz가 읽는 파일은 ${limit}까지입니다.`,
      );
    }
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return say(lang, `${file}: can't read the file (${code})`, `${file}: 파일을 읽을 수 없습니다 (${code})`);
  }
}

function listenProblem(error: NodeJS.ErrnoException, port: number, lang: Lang): string {
  if (error.code === "EADDRINUSE")
    return say(
      lang,
      `port ${port} is in use on 127.0.0.1; pick another with --port N, or --port 0 for any free port`,
      `127.0.0.1:${port}에서 이미 다른 프로그램이 기다리고 있습니다. --port N으로 다른 포트를 고르거나 --port 0으로 빈 포트를 쓰세요.`,
    );
  if (error.code === "EACCES")
    return say(
      lang,
      `port ${port} needs more permissions; pick a port above 1023 with --port N`,
      `포트 ${port}에는 권한이 더 필요합니다. --port N으로 1023보다 큰 포트를 고르세요.`,
    );
  return say(
    lang,
    `can't listen on 127.0.0.1:${port} (${error.code ?? error.message})`,
    `127.0.0.1:${port}에서 기다릴 수 없습니다 (${error.code ?? error.message})`,
  );
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
              ? say(
                  lang,
                  `${file}: can't be read now (${event.missing})`,
                  `${file}: 지금은 읽을 수 없습니다 (${event.missing})`,
                )
              : say(
                  lang,
                  `${file}: changed (version ${event.rev})`,
                  `${file}: 바뀌었습니다 (버전 ${event.rev})`,
                ),
          ]),
        ),
    });
  } catch (error) {
    io.err(safeLines([`ec2viz: ${listenProblem(error as NodeJS.ErrnoException, port, lang)}`]));
    return EXIT_UNREADABLE;
  }
  const built = await appDir((dir) =>
    io.err(
      safeLines([
        say(
          lang,
          `ec2viz: building the app into ${dir} (first use, or the sources changed; this takes a minute)…`,
          `ec2viz: 앱을 ${dir}에 빌드합니다(처음 쓰거나 소스가 바뀌었습니다. 1분쯤 걸립니다)…`,
        ),
      ]),
    ),
  );
  if (!built.ok) {
    app.reject(new Error(built.reason));
    await server.close();
    io.err(
      safeLines([
        say(
          lang,
          `ec2viz: can't build the app: ${built.reason}`,
          `ec2viz: 앱을 빌드할 수 없습니다: ${built.reason}`,
        ),
      ]),
    );
    return EXIT_UNREADABLE;
  }
  app.resolve(built.dir);
  io.out(
    safeLines([
      say(
        lang,
        `ec2viz serve: ${file} at ${server.url} (only this machine can connect; Ctrl+C stops)`,
        `ec2viz serve: ${file} → ${server.url} (이 컴퓨터에서만 접속할 수 있습니다. Ctrl+C로 멈춥니다)`,
      ),
    ]),
  );
  if (command.open) openBrowser(server.url);
  await stop();
  await server.close();
  return EXIT_OK;
}
