// `ec2viz import` as a user runs it: `node bin/ec2viz.mjs import ...` in a child process.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseImportArgs } from "./import-args.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/ec2viz.mjs");
const FIXTURES = join(ROOT, "src/import/fixtures");

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const scratch = mkdtempSync(join(tmpdir(), "ec2viz-import-"));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe("ec2viz import", { timeout: 60_000 }, () => {
  it("writes a topology ec2viz validates, and the report on stderr", async () => {
    const out = join(scratch, "web.json");
    const imported = await run(
      "import",
      join(FIXTURES, "cfn-web.yaml"),
      "--region",
      "ap-northeast-2",
      "-o",
      out,
    );
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain("Imported (cloudformation)");
    expect(imported.stderr).toContain("AWS::S3::Bucket Logs");
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.version).toBeGreaterThanOrEqual(2);
    expect(doc.vpcs[0]).toMatchObject({ id: "VPC", region: "ap-northeast-2" });
    const checked = await run("validate", out, "--json");
    expect(JSON.parse(checked.stdout)[0].error).toBeUndefined();
  });

  it("--json prints the report shape on stdout, exactly these keys", async () => {
    const { code, stdout } = await run(
      "import",
      join(FIXTURES, "aws-cli-network.out"),
      join(FIXTURES, "aws-cli-compute.out"),
      "--json",
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["format", "imported", "placeholders", "skipped", "notes"]);
    expect(report.format).toBe("aws-cli");
    expect(report.imported.instances).toBe(1);
    expect(report.placeholders[0]).toEqual({
      id: "sg-bastion1EXAMPLE",
      kind: "securityGroup",
      reason: expect.any(String),
    });
    expect(report.skipped[0]).toEqual({
      source: expect.any(String),
      type: expect.any(String),
      reason: expect.any(String),
    });
  });

  it("writes the topology to stdout without -o, and YAML for -o .yaml; --param and --lang apply", async () => {
    const plain = await run("import", join(FIXTURES, "tf-state.tfstate"));
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).instances[0].id).toBe("i-0web0000000000000");
    const out = join(scratch, "dev.yaml");
    const dev = await run(
      "import",
      join(FIXTURES, "cfn-web.yaml"),
      "--param",
      "Environment=dev",
      "-o",
      out,
      "--lang",
      "ko",
    );
    expect(dev.code).toBe(0);
    expect(dev.stderr).toMatch(/가져옴/);
    const doc = parse(readFileSync(out, "utf8"));
    expect(doc.instances.find((i: { id: string }) => i.id === "DevOnlyInstance")).toBeTruthy();
  });

  it("exits 2 naming the file, line and column when nothing can be read, never with a stack trace", async () => {
    const broken = write("broken.json", '{"Vpcs": [\n  {"VpcId": "vpc-1",\n  "CidrBlock": 10.0.0.0/16}\n]}');
    const result = await run("import", broken);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${broken}:3:`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const unknown = await run("import", write("x.json", '{"hello": 1}'), "--json");
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout).errors[0].file).toContain("x.json");
    // An error AWS returned, captured where the output was expected: named, with AWS's code.
    const error = write(
      "denied.json",
      "\nAn error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation.\n",
    );
    const denied = await run("import", error, "--json");
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain(`${error}:2: An error AWS returned to DescribeInstances`);
    expect(JSON.parse(denied.stdout).errors[0]).toMatchObject({ line: 2 });
    expect(JSON.parse(denied.stdout).errors[0].message).toContain(
      "UnauthorizedOperation: You are not authorized",
    );
    // A list that is no output ec2viz reads: exit 2, the same report shape, saying what it holds.
    const list = await run(
      "import",
      write("policies.json", '[{"policyId": "p-1", "status": "failing"}]'),
      "--json",
    );
    expect(list.code).toBe(2);
    expect(Object.keys(JSON.parse(list.stdout))).toEqual([
      "format",
      "imported",
      "placeholders",
      "skipped",
      "notes",
      "errors",
    ]);
    expect(JSON.parse(list.stdout).errors[0].message).toMatch(
      /^A JSON list of objects with keys such as policyId, status \(1 in all\)/,
    );
    // A describe-instances output flattened by --query 'Reservations[].Instances[]': read (exit 0).
    const flat = write(
      "instances.json",
      '[{"InstanceId": "i-0123456789abcdef0", "InstanceType": "t3.micro", "SubnetId": "subnet-1", "Placement": {"AvailabilityZone": "eu-west-1a"}}]',
    );
    const read = await run("import", flat, "--json");
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ format: "aws-cli", imported: { instances: 1 } });
    const missing = await run("import", join(scratch, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("ENOENT");
  });

  it("exits 2 when --format names another kind of file, and writes nothing (never an empty topology)", async () => {
    const out = join(scratch, "forced.json");
    const result = await run("import", join(FIXTURES, "cfn-web.yaml"), "--format", "aws-cli", "-o", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "cfn-web.yaml:1:1: This is CloudFormation input, not AWS CLI: leave out --format, or give --format cloudformation.",
    );
    expect(() => readFileSync(out)).toThrow();
    const right = await run(
      "import",
      join(FIXTURES, "cfn-web.yaml"),
      "--format",
      "cloudformation",
      "-o",
      out,
    );
    expect(right.code).toBe(0);
  });

  it("refuses a bad command line with usage", () => {
    expect(parseImportArgs(["a.json", "-o", "out.txt"])).toMatchObject({ kind: "usage-error" });
    expect(parseImportArgs(["a.json", "--param", "novalue"])).toMatchObject({ kind: "usage-error" });
    expect(parseImportArgs(["a.json", "--format", "pulumi"])).toMatchObject({ kind: "usage-error" });
    expect(parseImportArgs([])).toMatchObject({ kind: "usage-error" });
    expect(
      parseImportArgs(["a.json", "b.json", "--param=K=V=W", "--region=eu-west-1", "--format", "aws-cli"]),
    ).toEqual({
      kind: "import",
      files: ["a.json", "b.json"],
      format: "aws-cli",
      region: "eu-west-1",
      params: { K: "V=W" },
      json: false,
      lang: "en",
    });
  });
});
