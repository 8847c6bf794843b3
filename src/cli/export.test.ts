// `ec2viz export --to drawio|cloudformation` through main(), output captured.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importTopology } from "../import/topology.ts";
import { checkXml } from "../io/testing/xml-check.ts";
import { topology } from "../model/schema.ts";
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

describe("ec2viz export --to cloudformation", { timeout: 60_000 }, () => {
  const importBack = (file: string) => {
    const result = importTopology([{ name: file, bytes: readFileSync(file) }]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("; "));
    return result.doc;
  };

  it("writes YAML for .yaml/.yml and JSON for .json, exits 0, and ec2viz import reads it back", async () => {
    for (const name of ["t.yaml", "t.yml", "t.json"]) {
      const out = join(scratch, name);
      const { code, stdout, stderr } = await run(
        "export",
        "--to",
        "cloudformation",
        example("web-two-az.json"),
        "-o",
        out,
      );
      expect(code).toBe(0);
      expect(stdout).toBe(`Wrote ${out}\n`);
      // Notes only: what a template can't say (the main route table made explicit).
      for (const line of stderr.split("\n").filter((l) => l !== "")) expect(line).toMatch(/^ec2viz: /);
      const text = readFileSync(out, "utf8");
      if (name.endsWith(".json")) expect(JSON.parse(text).AWSTemplateFormatVersion).toBe("2010-09-09");
      else expect(text).toMatch(/^AWSTemplateFormatVersion: "2010-09-09"$/m);
      const back = importBack(out);
      const source = topology.parse(JSON.parse(readFileSync(example("web-two-az.json"), "utf8")));
      expect(back.instances.map((i) => i.id).sort()).toEqual(source.instances.map((i) => i.id).sort());
      expect(back.subnets.map((s) => s.id).sort()).toEqual(source.subnets.map((s) => s.id).sort());
    }
  });

  it("exits 1 with rule errors listed (the template is written), 2 with nothing written", async () => {
    const out = join(scratch, "overlap.yaml");
    const errors = await run(
      "export",
      "--to",
      "cloudformation",
      example("invalid/subnet-overlap.json"),
      "-o",
      out,
    );
    expect(errors.code).toBe(1);
    expect(errors.stderr).toContain("error subnet-overlap");
    expect(existsSync(out)).toBe(true);

    const nothing = async (args: string[], message: string, out: string) => {
      const result = await run("export", ...args, "-o", out);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(out)).toBe(false);
    };
    await nothing(
      ["--to", "cloudformation", join(scratch, "none.json")],
      "can't read the file (ENOENT)",
      join(scratch, "missing.yaml"),
    );
    await nothing(
      ["--to", "cloudformation", example("seed-article.json")],
      '-o must end in .yaml, .yml or .json (got "',
      join(scratch, "t.template"),
    );
    await nothing(
      ["--to", "terraform", example("seed-article.json")],
      "--to needs one of: drawio, cloudformation",
      join(scratch, "t2.yaml"),
    );
    // Two Regions can't be one stack: refused with the reason.
    const two = join(scratch, "two-regions.json");
    const seed = JSON.parse(readFileSync(example("seed-article.json"), "utf8"));
    seed.regions.push({ id: "us-east-1", availabilityZones: ["us-east-1a"] });
    seed.vpcs.push({ id: "vpc-us", region: "us-east-1", cidrBlock: "10.9.0.0/16" });
    writeFileSync(two, JSON.stringify(seed));
    await nothing(["--to", "cloudformation", two], "one Region", join(scratch, "two.yaml"));
    const ko = await run(
      "export",
      "--to",
      "cloudformation",
      two,
      "-o",
      join(scratch, "two-ko.yaml"),
      "--lang",
      "ko",
    );
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain("리전마다 따로 내보내세요");
  });
});
