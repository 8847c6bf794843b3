// `ec2viz export --to drawio` through main(), output captured.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkXml } from "../io/testing/xml-check.ts";
import { main } from "./main.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "ec2viz-export-"));
const example = (name: string) => join(ROOT, "examples", name);

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { out: (t) => stdout.push(t), err: (t) => stderr.push(t) });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("ec2viz export --to drawio", { timeout: 60_000 }, () => {
  it("writes a well-formed .drawio file and exits 0", async () => {
    const out = join(scratch, "two-az.drawio");
    const { code, stdout, stderr } = await run(
      "export",
      "--to",
      "drawio",
      example("web-two-az.yaml"),
      "-o",
      out,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote ${out}\n`);
    const xml = readFileSync(out, "utf8");
    expect(checkXml(xml).ok).toBe(true);
    expect(xml).toContain('id="ec2viz-vpc-web"');
  });

  it("folds containers, and gives the same bytes twice", async () => {
    const a = join(scratch, "a.drawio");
    const b = join(scratch, "b.drawio");
    for (const out of [a, b])
      expect(
        (
          await run(
            "export",
            "--to=drawio",
            example("web-two-az.json"),
            "-o",
            out,
            "--collapse",
            "subnet-private-a",
          )
        ).code,
      ).toBe(0);
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
    expect(readFileSync(a, "utf8")).toContain("1 instance · 2 volumes");
    expect(readFileSync(a, "utf8")).not.toContain('parent="ec2viz-subnet-private-a"');
  });

  it("exits 1 with rule errors listed, 2 when nothing can be written", async () => {
    const out = join(scratch, "overlap.drawio");
    const errors = await run("export", "--to", "drawio", example("invalid/subnet-overlap.json"), "-o", out);
    expect(errors.code).toBe(1);
    expect(errors.stderr).toContain("error subnet-overlap");
    expect(checkXml(readFileSync(out, "utf8")).ok).toBe(true);
    const missing = await run(
      "export",
      "--to",
      "drawio",
      join(scratch, "none.json"),
      "-o",
      join(scratch, "x.drawio"),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("can't read the file (ENOENT)");
    const usage = await run("export", "--to", "visio", example("seed-article.json"), "-o", "x.vsdx");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: ec2viz export");
  });
});
