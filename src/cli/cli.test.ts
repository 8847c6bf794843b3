// The command line as a user runs it: `node bin/ec2viz.mjs ...` in a child process.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/ec2viz.mjs");

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), "ec2viz-cli-"));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe("ec2viz validate", { timeout: 30_000 }, () => {
  it("exits 0 for valid files and prints a summary", async () => {
    const { code, stdout } = await run("validate", "examples/seed-article.json", "examples/web-two-az.yaml");
    expect(code).toBe(0);
    expect(stdout.trim()).toBe("Checked 2 files: 0 errors, 0 warnings");
  });

  it("exits 0 with warnings only, 1 with an error, and names file, code and path", async () => {
    const { code, stdout } = await run(
      "validate",
      "examples/invalid/instance-type-unknown.json",
      "examples/invalid/subnet-overlap.json",
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      "examples/invalid/instance-type-unknown.json: warning instance-type-unknown $.instances[0].instanceType — ",
    );
    expect(stdout).toMatch(
      /^examples\/invalid\/subnet-overlap\.json: error subnet-overlap \$\.subnets\[1\]\.cidrBlock — \S/m,
    );
    const warningOnly = await run("validate", "examples/invalid/instance-type-unknown.json");
    expect(warningOnly.code).toBe(0);
  });

  it("prints the format-2 rules' codes: exit 1 for an error, 0 for a warning-only file", async () => {
    const error = await run("validate", "--json", "examples/invalid/route-table-other-vpc.json");
    expect(error.code).toBe(1);
    const [report] = JSON.parse(error.stdout) as { diagnostics: { code: string; severity: string }[] }[];
    expect(report?.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["route-table-other-vpc", "error"],
    ]);
    const warning = await run("validate", "--lang", "ko", "examples/invalid/sg-admin-port-open.json");
    expect(warning.code).toBe(0);
    expect(warning.stdout).toMatch(
      /warning sg-admin-port-open \$\.securityGroups\[0\]\.ingress\[1\] — .*EC2\.13/,
    );
    expect(warning.stdout).toContain("오류 0개, 경고 1개");
  });

  it("speaks Korean with --lang ko", async () => {
    const { code, stdout } = await run("validate", "--lang", "ko", "examples/invalid/subnet-overlap.json");
    expect(code).toBe(1);
    expect(stdout).toMatch(/subnet-overlap .*[가-힣]/);
    expect(stdout).toContain("파일 1개 검사: 오류 1개, 경고 0개");
  });

  it("prints file:line:column and exits 2 for a syntax error; the other files are still checked", async () => {
    const bad = write("bad.json", '{\n  "version": 1,\n  "vpcs": [}\n}\n');
    const { code, stdout } = await run("validate", bad, "examples/invalid/subnet-overlap.json");
    expect(code).toBe(2);
    expect(stdout).toContain(`${bad}:3:12: JSON: unexpected "}"`);
    expect(stdout).toContain("subnet-overlap");
  });

  it("gives --json as [{ file, diagnostics }] with an error entry for unreadable files", async () => {
    const newer = write("newer.yaml", "version: 9\n");
    const { code, stdout } = await run(
      "validate",
      "--json",
      "examples/invalid/ebs-size.json",
      newer,
      join(scratch, "missing.json"),
    );
    expect(code).toBe(2);
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(3);
    expect(reports[0].file).toBe("examples/invalid/ebs-size.json");
    expect(reports[0].diagnostics[0]).toMatchObject({
      code: "ebs-size",
      severity: "error",
      path: expect.any(String),
    });
    expect(reports[1]).toMatchObject({ file: newer, diagnostics: [], error: { line: 1, column: 1 } });
    expect(reports[1].error.message).toContain("version 9");
    expect(reports[2].error.message).toContain("ENOENT");
  });

  it("prints help, and exits 2 with usage for an unknown command or option", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: ec2viz <command>");
    const validateHelp = await run("validate", "--help");
    expect(validateHelp.stdout).toContain("--lang ko|en");
    const unknown = await run("lint", "x.json");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "lint"');
    const flag = await run("validate", "--strict", "examples/seed-article.json");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Usage: ec2viz validate");
    expect(flag.stdout).toBe("");
  });
});
