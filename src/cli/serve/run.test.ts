// `ec2viz serve` as a user runs it: the exit code 2 cases, said in English or Korean, before any build.
import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { main } from "../main.ts";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function occupy(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

describe("ec2viz serve: exit codes", () => {
  it("prints its help with exit 0, and is listed in the main help", async () => {
    const help = await run(["serve", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: ec2viz serve <file> [--port N]");
    expect((await run(["--help"])).out).toContain("serve <file>");
  });

  it("exits 2 with the usage for a wrong command line", async () => {
    const result = await run(["serve", "examples/seed-article.json", "--port", "http"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("--port needs a whole number");
    expect(result.err).toContain("Usage: ec2viz serve");
    expect((await run(["serve"])).code).toBe(2);
  });

  it("exits 2 for a file it can't read, in the language asked for", async () => {
    const en = await run(["serve", "no/such/file.json", "--port", "0"]);
    expect(en.code).toBe(2);
    expect(en.err).toBe("ec2viz: no/such/file.json: can't read the file (ENOENT)\n");
    const ko = await run(["serve", "no/such/file.json", "--lang", "ko"]);
    expect(ko.err).toBe("ec2viz: no/such/file.json: 파일을 읽을 수 없습니다 (ENOENT)\n");
    expect((await run(["serve", "examples"])).err).toContain("examples: not a file");
  });

  it("exits 2 when the port is in use, saying how to pick another", async () => {
    const taken = await occupy();
    try {
      const port = String((taken.address() as { port: number }).port);
      const en = await run(["serve", "examples/seed-article.json", "--port", port]);
      expect(en.code).toBe(2);
      expect(en.err).toContain(`port ${port} is in use on 127.0.0.1`);
      expect(en.err).toContain("--port 0");
      const ko = await run(["serve", "examples/seed-article.json", "--port", port, "--lang", "ko"]);
      expect(ko.code).toBe(2);
      expect(ko.err).toContain(`127.0.0.1:${port}에서 이미 다른 프로그램이 기다리고 있습니다`);
    } finally {
      taken.close();
    }
  });
});
