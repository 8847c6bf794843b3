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

// Issue 9's rule list, read as a script author would: one small format-2 file per sentence of the
// issue, checked through `validate --json` (codes and severities are the public part).
describe("ec2viz validate: the format-2 rules issue 9 names", { timeout: 30_000 }, () => {
  type List =
    | "regions"
    | "vpcs"
    | "internetGateways"
    | "subnets"
    | "routeTables"
    | "natGateways"
    | "elasticIps"
    | "networkAcls"
    | "securityGroups"
    | "instances"
    | "volumes";
  type Doc = { version: number } & Record<List, Record<string, unknown>[]>;
  const base = (): Doc => ({
    version: 2,
    regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
    vpcs: [
      { id: "vpc-a", region: "us-east-1", cidrBlock: "10.0.0.0/16" },
      { id: "vpc-b", region: "us-east-1", cidrBlock: "10.1.0.0/16" },
    ],
    internetGateways: [
      { id: "igw-a", vpc: "vpc-a" },
      { id: "igw-b", vpc: "vpc-b" },
    ],
    subnets: [
      { id: "sub-pub", vpc: "vpc-a", availabilityZone: "us-east-1a", cidrBlock: "10.0.1.0/24" },
      { id: "sub-priv", vpc: "vpc-a", availabilityZone: "us-east-1a", cidrBlock: "10.0.2.0/24" },
      { id: "sub-b", vpc: "vpc-b", availabilityZone: "us-east-1a", cidrBlock: "10.1.1.0/24" },
    ],
    routeTables: [
      { id: "rtb-main", vpc: "vpc-a", main: true, routes: [] },
      {
        id: "rtb-pub",
        vpc: "vpc-a",
        subnets: ["sub-pub"],
        routes: [{ destination: "0.0.0.0/0", target: "igw-a" }],
      },
    ],
    natGateways: [{ id: "nat-1", subnet: "sub-pub" }],
    elasticIps: [{ id: "eip-1", publicIp: "203.0.113.10", natGateway: "nat-1" }],
    networkAcls: [],
    securityGroups: [
      {
        id: "sg-1",
        vpc: "vpc-a",
        ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0" }],
      },
    ],
    instances: [
      { id: "i-1", subnet: "sub-pub", instanceType: "t3.micro", securityGroups: ["sg-1"], publicIp: true },
    ],
    volumes: [
      {
        id: "vol-1",
        availabilityZone: "us-east-1a",
        sizeGiB: 8,
        volumeType: "gp3",
        attachments: [{ instance: "i-1", device: "/dev/xvda" }],
      },
    ],
  });
  /** Item i of a list (the base file has it). */
  const at = (list: Record<string, unknown>[], i: number): Record<string, unknown> => {
    const item = list[i];
    if (item === undefined) throw new Error(`the base file has no item ${i}`);
    return item;
  };
  const acl = (ingress: Record<string, unknown>[], subnets?: string[]) => ({
    id: `acl-${ingress.length}-${subnets?.join() ?? ""}`,
    vpc: "vpc-a",
    ...(subnets ? { subnets } : {}),
    ingress,
    egress: [],
  });
  const allowAll = (ruleNumber: number) => ({
    ruleNumber,
    action: "allow",
    protocol: "-1",
    cidr: "0.0.0.0/0",
  });
  const inbound = (rule: Record<string, unknown>) => (d: Doc) => {
    (at(d.securityGroups, 0).ingress as unknown[]).push(rule);
  };
  /** Each case: the words, how the base file is changed, and the "severity:code" it must give. */
  const cases: [string, (d: Doc) => void, string[]][] = [
    ["a valid file with NAT, Elastic IP and route tables", () => {}, []],
    [
      "a route table's subnet in another VPC",
      (d) => (at(d.routeTables, 1).subnets as string[]).push("sub-b"),
      ["error:route-table-other-vpc"],
    ],
    [
      "a route table's target in another VPC",
      (d) => (at(d.routeTables, 0).routes as unknown[]).push({ destination: "0.0.0.0/0", target: "igw-b" }),
      ["error:route-table-other-vpc"],
    ],
    [
      "two routes for one destination in a table",
      (d) => (at(d.routeTables, 1).routes as unknown[]).push({ destination: "0.0.0.0/0", target: "nat-1" }),
      ["error:route-duplicate"],
    ],
    [
      "a subnet associated with two route tables",
      (d) => d.routeTables.push({ id: "rtb-x", vpc: "vpc-a", subnets: ["sub-pub"], routes: [] }),
      ["error:subnet-association-multiple"],
    ],
    [
      "a subnet associated with two network ACLs",
      (d) =>
        d.networkAcls.push(
          acl([allowAll(100)], ["sub-pub"]),
          acl([allowAll(100), allowAll(200)], ["sub-pub"]),
        ),
      ["error:subnet-association-multiple"],
    ],
    [
      "more than one main table in a VPC",
      (d) => d.routeTables.push({ id: "rtb-main-2", vpc: "vpc-a", main: true, routes: [] }),
      ["error:route-table-main-multiple"],
    ],
    [
      "a public NAT gateway without an Elastic IP",
      (d) => (d.elasticIps = []),
      ["warning:nat-gateway-no-internet"],
    ],
    [
      "a public NAT gateway in a subnet that is not public",
      (d) => (at(d.natGateways, 0).subnet = "sub-priv"),
      ["warning:nat-gateway-no-internet"],
    ],
    [
      "an Elastic IP associated twice",
      (d) => d.elasticIps.push({ id: "eip-2", publicIp: "203.0.113.10", instance: "i-1" }),
      ["error:eip-association-multiple"],
    ],
    [
      "a route to a detached gateway",
      (d) => {
        d.internetGateways.push({ id: "igw-x", vpc: null as unknown as string });
        (at(d.routeTables, 0).routes as unknown[]).push({ destination: "0.0.0.0/0", target: "igw-x" });
      },
      ["warning:route-blackhole"],
    ],
    [
      "a duplicate ACL rule number",
      (d) => d.networkAcls.push(acl([allowAll(100), allowAll(100)])),
      ["error:acl-rule-number"],
    ],
    ["an ACL rule number below 1", (d) => d.networkAcls.push(acl([allowAll(0)])), ["error:acl-rule-number"]],
    [
      "an ACL rule number above 32766",
      (d) => d.networkAcls.push(acl([allowAll(32767)])),
      ["error:acl-rule-number"],
    ],
    [
      "SSH open to 0.0.0.0/0",
      inbound({ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "0.0.0.0/0" }),
      ["warning:sg-admin-port-open"],
    ],
    [
      "RDP open to 0.0.0.0/0",
      inbound({ protocol: "tcp", fromPort: 3389, toPort: 3389, cidr: "0.0.0.0/0" }),
      ["warning:sg-admin-port-open"],
    ],
    [
      "all traffic open to 0.0.0.0/0",
      inbound({ protocol: "-1", cidr: "0.0.0.0/0" }),
      ["warning:sg-admin-port-open"],
    ],
    [
      "SSH from an office range only",
      inbound({ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "203.0.113.5/32" }),
      [],
    ],
    [
      "a rule naming a security group",
      inbound({ protocol: "tcp", fromPort: 80, toPort: 80, securityGroup: "sg-1" }),
      [],
    ],
    [
      "a rule with both cidr and securityGroup",
      inbound({ protocol: "tcp", fromPort: 80, toPort: 80, cidr: "0.0.0.0/0", securityGroup: "sg-1" }),
      ["error:schema"],
    ],
    [
      "a Multi-Attach volume used as a root volume",
      (d) => Object.assign(at(d.volumes, 0), { volumeType: "io2", iops: 400, multiAttach: true }),
      ["error:ebs-boot-multi-attach"],
    ],
    ["gp3 IOPS beyond 500 per GiB", (d) => (at(d.volumes, 0).iops = 16000), ["error:ebs-performance-ratio"]],
    [
      "gp3 throughput beyond 0.25 MiB/s per IOPS",
      (d) => Object.assign(at(d.volumes, 0), { iops: 3000, throughput: 1000 }),
      ["error:ebs-performance-ratio"],
    ],
    [
      "io1 IOPS beyond 50 per GiB",
      (d) =>
        d.volumes.push({
          id: "vol-2",
          availabilityZone: "us-east-1a",
          sizeGiB: 10,
          volumeType: "io1",
          iops: 1000,
        }),
      ["error:ebs-performance-ratio"],
    ],
    [
      "six security groups on an instance (a quota that can be raised)",
      (d) => {
        const ids = ["sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6"];
        for (const id of ids.slice(1)) d.securityGroups.push({ id, vpc: "vpc-a", ingress: [] });
        at(d.instances, 0).securityGroups = ids;
      },
      ["warning:sg-limit"],
    ],
    [
      "a subnet that still says public (a format-1 key)",
      (d) => (at(d.subnets, 0).public = true as never),
      ["error:schema"],
    ],
    [
      "keyName, an external resource and a transit gateway route",
      (d) => {
        at(d.instances, 0).keyName = "ops";
        d.vpcs.push({ id: "vpc-ext", external: true });
        (at(d.routeTables, 0).routes as unknown[]).push({ destination: "10.9.0.0/16", target: "tgw-0abc" });
      },
      [],
    ],
  ];

  it("gives each case its code and severity, and exits 1 when any file has an error", async () => {
    const files = cases.map(([, change], i) => {
      const doc = base();
      change(doc);
      return write(`issue9-${i}.json`, JSON.stringify(doc));
    });
    const { code, stdout } = await run("validate", "--json", ...files);
    const reports = JSON.parse(stdout) as {
      file: string;
      diagnostics: { code: string; severity: string }[];
    }[];
    const got = cases.map(([words], i) => [
      words,
      [...new Set(reports[i]?.diagnostics.map((d) => `${d.severity}:${d.code}`))].sort(),
    ]);
    expect(got).toEqual(cases.map(([words, , expected]) => [words, expected]));
    expect(code).toBe(1);
  });
});
