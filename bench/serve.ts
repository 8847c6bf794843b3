// `ec2viz serve` timings for `npm run bench`: on generated topologies, how long from an editor's
// save (a new file renamed over the old one) to the server's change event, and how long a Save
// from the app takes (the reader's and the rules' checks plus writing the file whole), against
// the same checks and serialisation done in-process with no server. Run alone:
// `npx tsx bench/serve.ts [--runs=N]`.
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkSave } from "../src/cli/serve/save.ts";
import { type LiveServer, startLiveServer } from "../src/cli/serve/server.ts";
import { LIVE_EVENTS, LIVE_SAVE } from "../src/io/live-protocol.ts";
import { toJsonText } from "../src/io/serialize.ts";
import { generateTopology } from "./generate.ts";
import { median, printTable } from "./stats.ts";

export interface ServeBenchRow {
  instances: number;
  fileKB: number;
  changeMs: number;
  saveMs: number;
  inProcessMs: number;
}

/** Resolves on the next `file` event after `after` has run. */
function nextEvent(server: LiveServer, after: () => Promise<void>): Promise<number> {
  return new Promise((resolve, reject) => {
    let started = 0;
    let seenFirst = false;
    const req = request(
      {
        host: "127.0.0.1",
        port: server.port,
        path: LIVE_EVENTS,
        headers: { host: `127.0.0.1:${server.port}` },
      },
      (res) => {
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (!chunk.includes("event: file")) return;
          if (!seenFirst) {
            seenFirst = true;
            started = performance.now();
            void after();
            return;
          }
          const ms = performance.now() - started;
          req.destroy();
          resolve(ms);
        });
      },
    );
    req.on("error", (e) => (seenFirst ? undefined : reject(e)));
    req.end();
  });
}

function post(server: LiveServer, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: server.port,
        path: LIVE_SAVE,
        method: "POST",
        headers: {
          host: `127.0.0.1:${server.port}`,
          origin: `http://127.0.0.1:${server.port}`,
          "content-type": "application/json",
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export async function benchServe(sizes: readonly number[] = [100, 1000], runs = 5): Promise<ServeBenchRow[]> {
  const rows: ServeBenchRow[] = [];
  const dir = await mkdtemp(join(tmpdir(), "ec2viz-bench-serve-"));
  const app = join(dir, "app");
  await mkdir(app);
  await writeFile(join(app, "index.html"), "<html><head></head></html>");
  try {
    for (const instances of sizes) {
      const doc = generateTopology(instances);
      const text = toJsonText(doc);
      const file = join(dir, `t${instances}.json`);
      await writeFile(file, text);
      const server = await startLiveServer({ file, port: 0, appDir: app });
      const change: number[] = [];
      const save: number[] = [];
      const inProcess: number[] = [];
      try {
        for (let i = 0; i < runs; i++) {
          const edited = toJsonText({ ...doc, name: `run ${i}` });
          change.push(
            await nextEvent(server, async () => {
              await writeFile(`${file}.swp`, edited);
              await rename(`${file}.swp`, file);
            }),
          );
          const body = JSON.stringify({ baseRev: server.rev(), doc: { ...doc, name: `saved ${i}` } });
          const started = performance.now();
          const status = await post(server, body);
          save.push(performance.now() - started);
          if (status !== 200) throw new Error(`save answered ${status}`);
          const t = performance.now();
          const check = checkSave(JSON.stringify({ baseRev: 1, doc }), {
            rev: 1,
            name: "t.json",
            format: "json",
          });
          if (!check.ok) throw new Error("in-process check refused the document");
          inProcess.push(performance.now() - t);
        }
      } finally {
        await server.close();
      }
      rows.push({
        instances,
        fileKB: text.length / 1024,
        changeMs: median(change),
        saveMs: median(save),
        inProcessMs: median(inProcess),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

export function printServeBench(rows: readonly ServeBenchRow[]): void {
  console.log(
    "\nec2viz serve, median ms: editor save → change event (60 ms debounce included), and Save from the app" +
      "\n(HTTP + checks + write) against the same checks and serialisation in-process:",
  );
  printTable(
    ["instances", "file KB", "change ms", "save ms", "in-process", "save÷in-proc"],
    rows.map((r) => [
      String(r.instances),
      r.fileKB.toFixed(0),
      r.changeMs.toFixed(0),
      r.saveMs.toFixed(0),
      r.inProcessMs.toFixed(0),
      `${(r.saveMs / r.inProcessMs).toFixed(2)}×`,
    ]),
    12,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const runsArg = process.argv.find((a) => a.startsWith("--runs="));
  printServeBench(await benchServe([100, 1000], runsArg ? Math.max(1, Number(runsArg.slice(7))) : 5));
}
