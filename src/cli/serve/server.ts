// The `ec2viz serve` server: Node's http on 127.0.0.1, the built app from a folder, the watched
// file as Server-Sent Events, and Save written back after the checks in save.ts. Editors save by
// writing in place or by writing a new file and renaming it over the old one, so the folder is
// watched (not the file's inode), with a slow stat poll as a fallback, and reads are debounced.
import { type FSWatcher, unwatchFile, watch, watchFile } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { basename, dirname, extname, join, normalize, sep } from "node:path";
import { isImportSource } from "../../import/import.ts";
import { MAX_FILE_BYTES } from "../../io/limits.ts";
import {
  LIVE_BASE,
  LIVE_EVENTS,
  LIVE_FILE,
  LIVE_META,
  LIVE_REV_HEADER,
  LIVE_SAVE,
  type LiveFileEvent,
  type LiveReadOnly,
} from "../../io/live-protocol.ts";
import { isPng } from "../../io/png-metadata.ts";
import { decodeTopologyBytes } from "../../io/text-decode.ts";
import { formatOfPath } from "../check-file.ts";
import { writeWholeSaying } from "../write-output.ts";
import { checkRequest } from "./guard.ts";
import { checkSave } from "./save.ts";

interface LiveServerOptions {
  file: string;
  /** 0: any free port. */
  port: number;
  /** The built app's folder (index.html and its assets); pages wait while it is being built. */
  appDir: string | Promise<string>;
  /** Quiet time after a change before the file is read (editors write in several steps). */
  debounceMs?: number;
  /** Told after each new version of the file is read or written (for the terminal). */
  onChange?: (event: LiveFileEvent) => void;
}

export interface LiveServer {
  port: number;
  url: string;
  /** The file's current revision (tests wait on it). */
  rev: () => number;
  close: () => Promise<void>;
}

interface Snapshot {
  rev: number;
  bytes: Uint8Array;
  missing?: string;
  readOnly?: LiveReadOnly;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Images exported by ec2viz and files the importer reads open, but Save doesn't write them. */
function readOnlyKind(name: string, bytes: Uint8Array): LiveReadOnly | undefined {
  if (isPng(bytes) || /\.(png|svg)$/i.test(name)) return "image";
  if (!decodeTopologyBytes(bytes).ok) return undefined;
  return isImportSource({ name, bytes }) ? "import" : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type: string,
  extra = {},
): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...extra });
  res.end(body);
}

/** Security headers on every answer: no sniffing, no framing (Save can't be clicked through a frame). */
function secure(res: ServerResponse): void {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const path = await realpath(options.file);
  const name = basename(path);
  const debounceMs = options.debounceMs ?? 60;
  const first = await readFile(path);
  let snap: Snapshot = { rev: 1, bytes: first, ...optional(readOnlyKind(name, first)) };
  const clients = new Set<ServerResponse>();

  const eventOf = (s: Snapshot): LiveFileEvent => ({
    rev: s.rev,
    name,
    ...(s.missing ? { missing: s.missing } : {}),
    ...(s.readOnly ? { readOnly: s.readOnly } : {}),
  });
  const publish = (next: Snapshot) => {
    snap = next;
    const event = eventOf(next);
    const frame = `event: file\ndata: ${JSON.stringify(event)}\n\n`;
    for (const client of clients) client.write(frame);
    options.onChange?.(event);
  };

  // Reads the file after it has been quiet for debounceMs; a file gone for a moment (deleted,
  // then written again) is read once more before it is called missing.
  let timer: NodeJS.Timeout | undefined;
  let reading = Promise.resolve();
  const readNow = async (retry: boolean) => {
    try {
      const info = await stat(path);
      if (info.size > MAX_FILE_BYTES) throw Object.assign(new Error("too large"), { code: "EFBIG" });
      const bytes = await readFile(path);
      if (!snap.missing && sameBytes(bytes, snap.bytes)) return;
      publish({ rev: snap.rev + 1, bytes, ...optional(readOnlyKind(name, bytes)) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      if (retry) {
        timer = setTimeout(() => schedule(false), 300);
        return;
      }
      if (snap.missing !== code) publish({ ...snap, rev: snap.rev + 1, missing: code });
    }
  };
  const schedule = (retry = true) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      reading = reading.then(() => readNow(retry));
    }, debounceMs);
  };

  let watcher: FSWatcher | undefined;
  let closed = false;
  const arm = () => {
    if (closed) return;
    try {
      watcher = watch(dirname(path), (_event, changed) => {
        if (changed === null || changed === name) schedule();
      });
      watcher.on("error", () => {
        watcher?.close();
        setTimeout(arm, 500);
      });
    } catch {
      setTimeout(arm, 500);
    }
  };
  arm();
  // A slow poll catches what folder events miss (network drives, some containers).
  watchFile(path, { interval: 1000 }, () => schedule());

  // Writes are one at a time, so two saves never interleave.
  let writing = Promise.resolve();
  const save = (body: string): Promise<{ status: number; reply: unknown }> => {
    const run = async (): Promise<{ status: number; reply: unknown }> => {
      await reading;
      const check = checkSave(body, {
        rev: snap.rev,
        name,
        format: formatOfPath(path, snap.missing ? "" : Buffer.from(snap.bytes).toString("utf8")),
        ...optional(snap.readOnly),
      });
      if (!check.ok) return { status: check.status, reply: check.reply };
      let mode: number | undefined;
      try {
        mode = (await stat(path)).mode & 0o7777;
      } catch {
        mode = undefined;
      }
      const failed = await writeWholeSaying(path, check.text, mode);
      if (failed) return { status: 500, reply: { ok: false, reason: "refused", message: failed } };
      publish({ rev: snap.rev + 1, bytes: Buffer.from(check.text, "utf8") });
      return { status: 200, reply: { ok: true, rev: snap.rev } };
    };
    const result = writing.then(run);
    writing = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "internal error\n", "text/plain; charset=utf-8");
      else res.end();
    });
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    secure(res);
    const verdict = checkRequest(
      {
        method: req.method,
        host: req.headers.host,
        origin: req.headers.origin,
        contentType: req.headers["content-type"],
      },
      port,
    );
    if (!verdict.ok) return send(res, verdict.status, `${verdict.reason}\n`, "text/plain; charset=utf-8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === LIVE_EVENTS) {
      res.writeHead(200, {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      res.write(`retry: 1000\nevent: file\ndata: ${JSON.stringify(eventOf(snap))}\n\n`);
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    if (url.pathname === LIVE_FILE) {
      const current = snap;
      if (current.missing) return send(res, 404, `${current.missing}\n`, "text/plain; charset=utf-8");
      return send(res, 200, current.bytes, "application/octet-stream", {
        [LIVE_REV_HEADER]: String(current.rev),
      });
    }
    if (url.pathname === LIVE_SAVE) {
      if (req.method !== "POST") return send(res, 405, "method not allowed\n", "text/plain; charset=utf-8");
      const body = await readBody(req, MAX_FILE_BYTES);
      if (body === undefined) return send(res, 413, "too large\n", "text/plain; charset=utf-8");
      const { status, reply } = await save(body);
      return send(res, status, JSON.stringify(reply), "application/json; charset=utf-8");
    }
    if (url.pathname.startsWith(`${LIVE_BASE}/`)) return send(res, 404, "not found\n", "text/plain");
    return serveApp(url.pathname, res);
  };

  const serveApp = async (pathname: string, res: ServerResponse) => {
    let root: string;
    try {
      root = normalize(await options.appDir);
    } catch (error) {
      return send(
        res,
        503,
        `the app is not available: ${(error as Error).message}\n`,
        "text/plain; charset=utf-8",
      );
    }
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, "bad path\n", "text/plain; charset=utf-8");
    }
    const parts = rel.split(/[/\\]/).filter((p) => p !== "" && p !== ".");
    if (rel.includes("\0") || parts.includes("..")) return send(res, 404, "not found\n", "text/plain");
    const index = parts.length === 0 || extname(parts[parts.length - 1] ?? "") === "";
    const full = index ? join(root, "index.html") : join(root, ...parts);
    if (!full.startsWith(root.endsWith(sep) ? root : root + sep))
      return send(res, 404, "not found\n", "text/plain");
    let body: Buffer;
    try {
      body = await readFile(full);
    } catch {
      return send(res, 404, "not found\n", "text/plain; charset=utf-8");
    }
    if (index) {
      const meta = `<meta name="${LIVE_META}" content="${LIVE_BASE}" />`;
      const html = body.toString("utf8").replace("</head>", `${meta}\n  </head>`);
      return send(res, 200, html, TYPES[".html"] as string);
    }
    const type = TYPES[extname(full).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, {
      "Content-Type": type,
      // Vite's assets carry a content hash in their names; everything else is asked for again.
      "Cache-Control": parts[0] === "assets" ? "public, max-age=31536000, immutable" : "no-cache",
    });
    res.end(body);
  };

  let port = options.port;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((error) => {
    closed = true;
    watcher?.close();
    unwatchFile(path);
    throw error;
  });
  const address = server.address();
  port = typeof address === "object" && address ? address.port : options.port;
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(": ping\n\n");
  }, 25_000);

  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    rev: () => snap.rev,
    close: async () => {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(timer);
      watcher?.close();
      unwatchFile(path);
      for (const client of clients) client.end();
      clients.clear();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await done;
    },
  };
}

function optional(readOnly: LiveReadOnly | undefined): { readOnly?: LiveReadOnly } {
  return readOnly ? { readOnly } : {};
}
