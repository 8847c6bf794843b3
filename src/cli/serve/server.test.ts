// The server on a temporary copy of an example, at a port the OS picks: what it serves, whom it
// refuses, that it hears editors' saves (in place and by rename) and writes Save back safely.
import { chmod, copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  LIVE_EVENTS,
  LIVE_FILE,
  LIVE_META,
  LIVE_REV_HEADER,
  LIVE_SAVE,
  type LiveFileEvent,
} from "../../io/live-protocol.ts";
import { parseTopologyText } from "../../io/parse.ts";
import { type LiveServer, startLiveServer } from "./server.ts";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(
  server: LiveServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: server.port,
        path,
        method: options.method ?? "GET",
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Listens to the event stream; `next(pred)` resolves with the first event (seen or coming) that passes. */
function listen(server: LiveServer) {
  const events: LiveFileEvent[] = [];
  const waiting: { pred: (e: LiveFileEvent) => boolean; resolve: (e: LiveFileEvent) => void }[] = [];
  let buffer = "";
  const req = request(
    {
      host: "127.0.0.1",
      port: server.port,
      path: LIVE_EVENTS,
      headers: { host: `localhost:${server.port}` },
    },
    (res) => {
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (data && /^event: file$/m.test(frame)) {
            const event = JSON.parse(data) as LiveFileEvent;
            events.push(event);
            for (const w of waiting.filter((w) => w.pred(event))) {
              waiting.splice(waiting.indexOf(w), 1);
              w.resolve(event);
            }
          }
          end = buffer.indexOf("\n\n");
        }
      });
    },
  );
  req.on("error", () => undefined);
  req.end();
  return {
    events,
    next: (pred: (e: LiveFileEvent) => boolean) =>
      new Promise<LiveFileEvent>((resolve) => {
        const seen = events.find(pred);
        if (seen) resolve(seen);
        else waiting.push({ pred, resolve });
      }),
    close: () => req.destroy(),
  };
}

let dir: string;
let app: string;
let server: LiveServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "ec2viz-serve-"));
  app = join(dir, "app");
  await mkdir(app);
  await writeFile(
    join(app, "index.html"),
    "<!doctype html><html><head><title>t</title></head><body></body></html>",
  );
  await writeFile(join(app, "app.js"), "console.log(1)");
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function serveCopy(example: string, as = example.split("/").pop() as string): Promise<string> {
  const file = join(dir, as);
  await copyFile(example, file);
  server = await startLiveServer({ file, port: 0, appDir: app, debounceMs: 20 });
  return file;
}

const origin = () => `http://127.0.0.1:${server?.port}`;
const saveBody = (doc: unknown, baseRev: number) => JSON.stringify({ baseRev, doc });
const json = { "content-type": "application/json" };

describe("ec2viz serve: the server", () => {
  it("listens on 127.0.0.1 only and serves the app with the live marker", async () => {
    await serveCopy("examples/web-two-az.json");
    const live = server as LiveServer;
    expect(live.url).toBe(`http://127.0.0.1:${live.port}/`);
    const page = await call(live, "/");
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="${LIVE_META}"`);
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect((await call(live, "/app.js")).body).toBe("console.log(1)");
    // Nothing outside the app's folder: dot segments are resolved away, an encoded slash is refused.
    for (const path of ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"])
      expect((await call(live, path)).body).not.toContain("root:");
    expect((await call(live, "/x/..%2f..%2f..%2fetc%2fpasswd")).status).toBe(404);
    expect((await call(live, "/..%5c..%5cetc%5cpasswd.txt")).status).toBe(404);
    expect((await call(live, "/web-two-az.json")).status).toBe(404); // the app folder only
    const file = await call(live, LIVE_FILE);
    expect(file.headers[LIVE_REV_HEADER]).toBe("1");
    expect(JSON.parse(file.body).name).toBe(
      JSON.parse(await readFile("examples/web-two-az.json", "utf8")).name,
    );
  });

  it("refuses another Host (DNS rebinding) and another site's Origin, for pages, events and the file", async () => {
    await serveCopy("examples/web-two-az.json");
    const live = server as LiveServer;
    for (const path of ["/", LIVE_EVENTS, LIVE_FILE]) {
      expect((await call(live, path, { headers: { host: `evil.example:${live.port}` } })).status).toBe(403);
      expect((await call(live, path, { headers: { origin: "http://evil.example" } })).status).toBe(403);
    }
  });

  it("refuses writes without this Origin or without JSON, and leaves the file alone", async () => {
    const file = await serveCopy("examples/web-two-az.json");
    const live = server as LiveServer;
    const before = await readFile(file, "utf8");
    const doc = JSON.parse(before);
    doc.name = "changed";
    const body = saveBody(doc, 1);
    expect((await call(live, LIVE_SAVE, { method: "POST", headers: json, body })).status).toBe(403);
    expect(
      (
        await call(live, LIVE_SAVE, {
          method: "POST",
          headers: { ...json, origin: "http://evil.example" },
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(live, LIVE_SAVE, {
          method: "POST",
          headers: { "content-type": "text/plain", origin: origin() },
          body,
        })
      ).status,
    ).toBe(415);
    expect(await readFile(file, "utf8")).toBe(before);
  });

  it("tells listeners about a save in place and a save by rename, once each, and about a deleted file", async () => {
    const file = await serveCopy("examples/web-two-az.json");
    const events = listen(server as LiveServer);
    try {
      expect(await events.next(() => true)).toEqual({ rev: 1, name: "web-two-az.json" });
      const doc = JSON.parse(await readFile(file, "utf8"));
      doc.name = "in place";
      await writeFile(file, JSON.stringify(doc));
      const second = await events.next((e) => e.rev === 2);
      expect(second.missing).toBeUndefined();
      expect(JSON.parse((await call(server as LiveServer, LIVE_FILE)).body).name).toBe("in place");
      // An editor's save: write a new file beside it, rename it over the old one.
      doc.name = "renamed over";
      await writeFile(join(dir, ".web-two-az.json.swp"), JSON.stringify(doc));
      await rename(join(dir, ".web-two-az.json.swp"), file);
      await events.next((e) => e.rev === 3);
      expect(JSON.parse((await call(server as LiveServer, LIVE_FILE)).body).name).toBe("renamed over");
      // The watcher still hears the file after the rename replaced it.
      doc.name = "after rename";
      await writeFile(file, JSON.stringify(doc));
      await events.next((e) => e.rev === 4);
      await rm(file);
      expect((await events.next((e) => e.missing !== undefined)).missing).toBe("ENOENT");
      expect((await call(server as LiveServer, LIVE_FILE)).status).toBe(404);
      await writeFile(file, JSON.stringify(doc));
      const back = await events.next((e) => e.rev > 5 && e.missing === undefined);
      expect(back.name).toBe("web-two-az.json");
      // Nothing was announced twice: revisions only go up, one step at a time.
      expect(events.events.map((e) => e.rev)).toEqual(events.events.map((_, i) => i + 1));
    } finally {
      events.close();
    }
  });

  it("writes Save back in the file's own format (YAML stays YAML), keeping its permissions", async () => {
    const file = await serveCopy("examples/web-two-az.yaml");
    await chmod(file, 0o640);
    const live = server as LiveServer;
    const read = parseTopologyText(await readFile(file, "utf8"), "yaml");
    if (!read.ok) throw new Error("example unreadable");
    const doc = { ...read.doc, name: "Saved from the app" };
    const reply = await call(live, LIVE_SAVE, {
      method: "POST",
      headers: { ...json, origin: origin() },
      body: saveBody(doc, live.rev()),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, rev: 2 });
    const written = await readFile(file, "utf8");
    expect(written).toContain("name: Saved from the app");
    expect(written.trimStart().startsWith("{")).toBe(false);
    const back = parseTopologyText(written, "yaml");
    expect(back.ok && back.doc).toEqual(doc);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it("never writes a document with errors, nor one drawn from an older version of the file", async () => {
    const file = await serveCopy("examples/web-two-az.json");
    const live = server as LiveServer;
    const before = await readFile(file, "utf8");
    const doc = JSON.parse(before);
    doc.subnets[0].cidrBlock = "192.168.0.0/24";
    const post = (body: string) =>
      call(live, LIVE_SAVE, { method: "POST", headers: { ...json, origin: origin() }, body });
    const invalid = await post(saveBody(doc, 1));
    expect(invalid.status).toBe(422);
    expect(
      JSON.parse(invalid.body)
        .details.map((d: { en: string }) => d.en)
        .join("\n"),
    ).toContain("subnet-outside-vpc");
    expect((await post(saveBody(JSON.parse(before), 0))).status).toBe(409);
    expect((await post("x".repeat(10))).status).toBe(400);
    expect(await readFile(file, "utf8")).toBe(before);
  });

  it("serves an imported template read-only: Save is refused and says why", async () => {
    const file = join(dir, "stack.json");
    await writeFile(
      file,
      JSON.stringify({
        AWSTemplateFormatVersion: "2010-09-09",
        Resources: { Vpc: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.0.0.0/16" } } },
      }),
    );
    server = await startLiveServer({ file, port: 0, appDir: app, debounceMs: 20 });
    const events = listen(server);
    try {
      expect(await events.next(() => true)).toMatchObject({ rev: 1, readOnly: "import" });
    } finally {
      events.close();
    }
    const doc = JSON.parse(await readFile("examples/web-two-az.json", "utf8"));
    const reply = await call(server, LIVE_SAVE, {
      method: "POST",
      headers: { ...json, origin: origin() },
      body: saveBody(doc, 1),
    });
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body)).toMatchObject({ reason: "read-only" });
  });

  it("says when the port is taken", async () => {
    await serveCopy("examples/web-two-az.json");
    const taken = (server as LiveServer).port;
    await expect(
      startLiveServer({ file: join(dir, "web-two-az.json"), port: taken, appDir: app }),
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
  });
});
