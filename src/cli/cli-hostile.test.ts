// The reliability review's CLI cases (B5, B6, B11, B12, B14): every file ends as a one-line reason
// and exit 2, never a stack trace; encodings and bounds are named.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../io/limits.ts";
import { TOPOLOGY_KEYWORD } from "../io/png-metadata.ts";
import { topologyMetadata } from "../io/svg-metadata.ts";
import { iTxtChunk, pngWith, yamlAliasBomb, zlibBomb } from "../io/testing/hostile-inputs.ts";
import { checkFile } from "./check-file.ts";
import { main } from "./main.ts";
import { readInputBytes } from "./read-bytes.ts";

const scratch = mkdtempSync(join(tmpdir(), "ec2viz-hostile-"));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const seed = fileURLToPath(new URL("../../examples/seed-article.json", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

/** The real bin through bash, for what only a process shows (its exit code, a closed or full output). */
const shell = (script: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile("bash", ["-o", "pipefail", "-c", script], { cwd: root }, (e, stdout, stderr) =>
      resolve({ code: e ? Number(e.code) : 0, stdout, stderr }),
    ),
  );

async function runMain(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("ec2viz validate on hostile files", () => {
  it("gives one line and exit 2 for deep nesting (JSON, YAML) and an alias bomb", async () => {
    const files = [
      write("deep.json", "[".repeat(100_000)),
      write("deep.yaml", "[".repeat(100_000)),
      write("bomb.yaml", yamlAliasBomb(9)),
    ];
    for (const file of files) {
      const { code, out, err } = await runMain("validate", file);
      expect(code).toBe(2);
      expect(err).toBe("");
      expect(out.split("\n").filter(Boolean)).toHaveLength(2); // the file's line and the summary
      expect(out).not.toMatch(/at .*\.ts:\d+|Error:/);
    }
  });

  it("refuses images that threw in the readers by name, exit 2 and one line: a bad character reference, a PNG bomb, 100,000 <metadata tags (B5 c, B1, B8)", async () => {
    const badReference = topologyMetadata("{}").replace("{}", '{"version":1,"name":"&#99999999;"}');
    const cases: [string, string | Uint8Array, RegExp][] = [
      ["ref.svg", `<svg xmlns="http://www.w3.org/2000/svg">${badReference}</svg>`, /damaged/],
      ["bomb.png", pngWith(iTxtChunk(TOPOLOGY_KEYWORD, zlibBomb(MAX_FILE_BYTES + 1))), /more than 64 MB/],
      [
        "meta.svg",
        `<svg xmlns="http://www.w3.org/2000/svg">${"<metadata ".repeat(100_000)}</svg>`,
        /no topology/,
      ],
    ];
    for (const [name, content, reason] of cases)
      for (const command of [
        ["render", write(name, content), "-o", join(scratch, "out.svg")],
        ["export", "--to", "drawio", write(name, content), "-o", join(scratch, "out.drawio")],
      ]) {
        const { code, out, err } = await runMain(...command);
        expect(code, `${command[0]} ${name}`).toBe(2);
        expect(out).toBe("");
        expect(err.split("\n").filter(Boolean)).toEqual([expect.stringMatching(reason)]);
      }
    // validate too: the same reason on the file's line, not "not UTF-8" or "not an object".
    const { code, out } = await runMain("validate", ...cases.map(([name, content]) => write(name, content)));
    expect(code).toBe(2);
    expect(out.split("\n").filter(Boolean)).toEqual([
      ...cases.map(([name, , reason]) => expect.stringMatching(new RegExp(`${name}: .*${reason.source}`))),
      "Checked 3 files: 0 errors, 0 warnings, 3 unreadable files",
    ]);
  });

  it("refuses hostile text the same way in render, export and import: one line, exit 2 (B2, B5)", async () => {
    const huge = write("huge-all.json", "");
    truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: no disk used
    const cases: [string, RegExp][] = [
      [huge, /larger than 64 MB/],
      [write("deep-all.json", "[".repeat(100_000)), /nested more than 64 levels|ends too early/],
      [write("bomb-all.yaml", yamlAliasBomb(9)), /aliases expand to too much/],
    ];
    for (const [file, reason] of cases)
      for (const command of [
        ["render", file, "-o", join(scratch, "out.svg")],
        ["export", "--to", "cloudformation", file, "-o", join(scratch, "out.yaml")],
        ["import", file, "-o", join(scratch, "out.json")],
      ]) {
        const { code, out, err } = await runMain(...command);
        expect(code, `${command[0]} ${file}`).toBe(2);
        expect(out).toBe("");
        expect(err.split("\n").filter(Boolean)).toEqual([expect.stringMatching(reason)]);
      }
    // validate --json: the reason in the JSON, which stays JSON.
    const { code, out } = await runMain("validate", "--json", cases[1]?.[0] as string);
    expect(code).toBe(2);
    expect(JSON.parse(out)[0].error).toMatchObject({ message: "JSON: nested more than 64 levels deep" });
  });

  it("validates an image ec2viz exported by the topology inside it, as render and Open… read it", async () => {
    for (const out of ["seed.svg", "seed.png"]) {
      const image = join(scratch, out);
      expect((await runMain("render", seed, "-o", image)).code).toBe(0);
      expect(await runMain("validate", image)).toEqual({
        code: 0,
        out: "Checked 1 file: 0 errors, 0 warnings\n",
        err: "",
      });
    }
  });

  it("reads a UTF-8 byte-order mark and UTF-16, and names other encodings", async () => {
    const text = readFileSync(seed, "utf8");
    const bom = await checkFile(write("bom.json", `\uFEFF${text}`), "en");
    expect(bom.error).toBeUndefined();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect((await checkFile(write("utf16.json", utf16), "en")).error).toBeUndefined();
    const latin1 = await checkFile(write("latin1.json", Buffer.from([0x7b, 0xe9, 0x7d])), "en");
    expect(latin1.error?.message).toMatch(/not UTF-8/);
  });

  it("refuses a file over the size limit without reading it", async () => {
    const path = write("huge.json", "");
    truncateSync(path, MAX_FILE_BYTES + 1); // sparse: no disk used
    const report = await checkFile(path, "en");
    expect(report.error?.message).toBe("the file is larger than 64 MB, the most ec2viz reads");
  });

  it("reads standard input (-) bounded like a file: a stream is given up on just past the limit", async () => {
    const chunks = (n: number) => Readable.from(Array.from({ length: n }, () => Buffer.alloc(1000, 0x20)));
    expect(await readInputBytes("-", 10_000, chunks(11))).toEqual({ ok: false, error: "too-large" });
    const fits = await readInputBytes("-", 10_000, chunks(10));
    expect(fits.ok && fits.bytes.length).toBe(10_000);
    // A device that never ends is a stream too: refused at the limit instead of filling memory.
    expect(await readInputBytes("/dev/zero", 1_000_000)).toEqual({ ok: false, error: "too-large" });
    expect(await readInputBytes(scratch)).toEqual({ ok: false, error: "cant-read", code: "EISDIR" });
  });

  it("validates standard input with a byte-order mark or as UTF-16 (validate -)", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const text = readFileSync(seed, "utf8");
    const run = (input: Buffer) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          ["bin/ec2viz.mjs", "validate", "-"],
          { cwd: root },
          (e, stdout, stderr) => resolve({ code: e ? Number(e.code) : 0, stdout, stderr }),
        );
        child.stdin?.end(input);
      });
    const bom = await run(Buffer.from(`\uFEFF${text}`));
    expect(bom).toMatchObject({ code: 0, stdout: "Checked 1 file: 0 errors, 0 warnings\n" });
    const utf16 = await run(
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
    );
    expect(utf16).toMatchObject({ code: 0, stdout: "Checked 1 file: 0 errors, 0 warnings\n" });
    const latin1 = await run(Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(latin1.code).toBe(2);
    expect(latin1.stdout).toContain("-: the file is not UTF-8 text");
  }, 60_000);

  it("refuses duplicate JSON keys with their place", async () => {
    const report = await checkFile(write("dup.json", '{"version": 1,\n "version": 1}'), "en");
    expect(report.error).toEqual({ message: 'JSON: duplicate key "version"', line: 2, column: 2 });
  });

  it("prints a forged line from a file name or content as one escaped line", async () => {
    const path = write("x\x1b]0;t\x07.json", '{"version": 1, "name\\u001b[2J": 1}');
    const { out } = await runMain("validate", path);
    expect(out).not.toContain("\x1b");
    expect(out).not.toContain("\x07");
    expect(out).toContain("\\u001b");
  });

  it("cuts a huge key in a diagnostic's path, so the line still says what is wrong", async () => {
    const doc = JSON.parse(readFileSync(seed, "utf8"));
    doc.instances[0].tags = { ["k".repeat(1_000_000)]: "v" };
    const { code, out } = await runMain("validate", write("bigkey.json", JSON.stringify(doc)));
    expect(code).toBe(1);
    const [line] = out.split("\n");
    expect(line?.length).toBeLessThan(500);
    expect(line).toMatch(/ — \$\.instances\[0\]\.tags has key "k+…", longer than the 1024 characters/);
  });

  it("ends quietly when the reader of its output goes away (| head -1, --json too)", async () => {
    const many = Array.from({ length: 400 }, () => "examples/invalid/instance-type-unknown.json");
    for (const json of ["", " --json"]) {
      const { stdout, stderr } = await shell(
        `"${process.execPath}" bin/ec2viz.mjs validate${json} ${many.join(" ")} | head -1`,
      );
      expect(stdout.split("\n").filter(Boolean)).toHaveLength(1);
      expect(stderr).not.toMatch(/EPIPE|Error|at /);
    }
  }, 60_000);

  it.skipIf(!existsSync("/dev/full"))(
    "says in one line that a full disk took its output, and exits 2 (B12)",
    async () => {
      for (const json of ["", " --json"]) {
        const file = "examples/invalid/instance-type-unknown.json";
        const { code, stderr } = await shell(
          `"${process.execPath}" bin/ec2viz.mjs validate${json} ${file} > /dev/full`,
        );
        expect(code).toBe(2);
        expect(stderr).toBe("ec2viz: can't write the output (ENOSPC)\n");
      }
      // import's topology on a full disk: its report, then the same one line, exit 2.
      const vpcs = write("vpcs.json", '{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}]}');
      const { code, stderr } = await shell(
        `"${process.execPath}" bin/ec2viz.mjs import --region us-east-1 ${vpcs} > /dev/full`,
      );
      expect(code).toBe(2);
      expect(stderr.trimEnd().split("\n").at(-1)).toBe("ec2viz: can't write the output (ENOSPC)");
      expect(stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});
