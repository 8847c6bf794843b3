import { describe, expect, it } from "vitest";
import { importFiles } from "./import.ts";
import { fixture, textFile } from "./testing/fixtures.ts";
import { parseJsonDocuments, rstJsonBlocks } from "./text.ts";

describe("import: reading files", () => {
  it("splits JSON documents written one after another and says where a broken one breaks", () => {
    const parsed = parseJsonDocuments('{"a":1}\n{"b":[2]}  {"c":3}');
    expect(parsed.ok && parsed.docs.map((d) => d.value)).toEqual([{ a: 1 }, { b: [2] }, { c: 3 }]);
    const broken = parseJsonDocuments('{"a":1}\n{"b": "x,\n}');
    expect(broken).toMatchObject({ ok: false, line: 2 });
  });

  it("forgives a trailing comma, as in the AWS CLI's own examples", () => {
    const parsed = parseJsonDocuments('{"Vpcs": [{"VpcId": "vpc-1",}]}');
    expect(parsed.ok && parsed.docs[0]?.value).toEqual({ Vpcs: [{ VpcId: "vpc-1" }] });
  });

  it("takes the JSON blocks out of reStructuredText Output:: sections (CRLF, 4- or 2-space indents)", () => {
    const rst =
      'Example\r\n\r\nOutput::\r\n\r\n    {\r\n        "Vpcs": []\r\n    }\r\n\r\nMore text.\r\n\r\nOutput::\r\n\r\n  i-1 i-2\r\n';
    expect(rstJsonBlocks(rst)).toEqual([{ text: '{\n    "Vpcs": []\n}', line: 5 }]);
  });

  it("refuses what it doesn't recognise, with the file, and a --query list with advice", () => {
    const other = importFiles([textFile("x.json", '{"hello": "world"}')]);
    expect(other).toMatchObject({ ok: false, problems: [{ file: "x.json" }] });
    const query = importFiles([textFile("q.json", '[["i-0123456789abcdef0", "running"]]')]);
    expect(query.ok).toBe(false);
    expect(query.problems[0]?.message.en).toContain("--query");
    const empty = importFiles([textFile("e.json", "  ")]);
    expect(empty.ok).toBe(false);
  });

  it("says an ec2viz topology needs no import, rather than 'Not recognised' (JSON or YAML)", () => {
    for (const [name, text] of [
      ["seed.json", '{"version": 2, "regions": [], "vpcs": []}'],
      ["web.yaml", "version: 2\nvpcs: []\ninstances: []\n"],
    ]) {
      // --format too: a Terraform reader read the topology's `version` as the state's.
      for (const format of [undefined, "aws-cli", "cloudformation", "terraform"] as const) {
        const result = importFiles([textFile(name as string, text as string)], format ? { format } : {});
        if (result.ok) throw new Error(`${name} was imported with --format ${format}`);
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]?.message.en).toMatch(/^This is already an ec2viz topology/);
        expect(result.problems[0]?.message.ko).toMatch(/^이미 ec2viz 토폴로지 파일이라/);
      }
    }
    // Something with a version but none of the topology's lists is still not recognised.
    const other = importFiles([textFile("x.json", '{"version": 2, "hello": []}')]);
    expect(other.problems[0]?.message.en).toMatch(/^Not recognised/);
  });

  it("names an error AWS returned, with its code and message, rather than 'Not recognised'", () => {
    const problem = (name: string, text: string) => {
      const result = importFiles([textFile(name, text)]);
      if (result.ok) throw new Error(`${name} was imported`);
      return result.problems[0];
    };
    // What the AWS CLI prints on stderr, captured with 2>&1 (after an empty line).
    const cli = problem(
      "instances.json",
      "\nAn error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation.\n",
    );
    expect(cli?.line).toBe(2);
    expect(cli?.message.en).toBe(
      "An error AWS returned to DescribeInstances, not output to import: UnauthorizedOperation: You are not authorized to perform this operation. Import the command's output once it succeeds.",
    );
    expect(cli?.message.ko).toContain("AWS가 DescribeInstances 호출에 돌려준 오류라");
    const retried = problem(
      "vpcs.txt",
      "An error occurred (RequestLimitExceeded) when calling the DescribeVpcs operation (reached max retries: 4): Request limit exceeded.",
    );
    expect(retried?.message.en).toContain(
      "to DescribeVpcs, not output to import: RequestLimitExceeded: Request limit exceeded.",
    );
    // A JSON error response.
    const json = problem(
      "subnets.json",
      JSON.stringify({
        Error: {
          Code: "AuthFailure",
          Message: "AWS was not able to validate the provided access credentials",
        },
      }),
    );
    expect(json?.message.en).toBe(
      "An error AWS returned, not output to import: AuthFailure: AWS was not able to validate the provided access credentials Import the command's output once it succeeds.",
    );
    // Escaped and cut short: nothing from the file reaches a terminal raw, nor at any length.
    const hostile = problem(
      "x.json",
      JSON.stringify({ Error: { Code: "Bad\u001b[31mCode", Message: `${"m".repeat(5000)}\u202e` } }),
    );
    expect(hostile?.message.en).toContain("Bad\\u001b[31mCode");
    expect(hostile?.message.en).not.toContain("\u001b");
    expect(hostile?.message.en.length).toBeLessThan(500);
    expect(hostile?.message.en).toContain("m…");
    // A template that quotes such a line (in a script) is still a template.
    const template =
      "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n    Metadata:\n      Note: |\n        An error occurred (Throttling) when calling the X operation: slow\n";
    expect(importFiles([textFile("t.yaml", template)]).ok).toBe(true);
  });

  it("imports what it can when one of several files is broken, and notes the broken one with its place", () => {
    const result = importFiles([fixture("aws-cli-network.out"), textFile("bad.json", '{"Vpcs": [')]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report.notes.some((n) => n.startsWith("bad.json:1:"))).toBe(true);
    // Several files: the document is named for the format as people write it, one file by its name.
    expect(result.ok && result.doc.name).toBe("AWS CLI import");
    const one = importFiles([fixture("cfn-web.yaml")]);
    expect(one.ok && one.doc.name).toBe("cfn-web");
  });

  it("--format picks the reader, but never reads a file of another kind as empty (exit 2, saying what it is)", () => {
    const plan = importFiles([fixture("tf-plan.json")], { format: "aws-cli" });
    expect(plan.ok).toBe(false);
    expect(plan.problems.map((p) => p.message.en)).toEqual([
      "This is Terraform input, not AWS CLI: leave out --format, or give --format terraform.",
    ]);
    expect(importFiles([fixture("tf-plan.json")], { format: "terraform" }).ok).toBe(true);
    const other = importFiles([textFile("x.json", '{"hello": "world"}')], { format: "cloudformation" });
    expect(other.ok).toBe(false);
    expect(other.problems[0]?.message.en).toMatch(/^Not recognised/);
    // Terraform's reader still judges what no detector knows: a state trimmed by hand (no serial).
    const trimmed = JSON.stringify({
      version: 4,
      resources: [
        {
          mode: "managed",
          type: "aws_vpc",
          name: "main",
          instances: [{ attributes: { id: "vpc-1", cidr_block: "10.0.0.0/16" } }],
        },
      ],
    });
    expect(importFiles([textFile("s.json", trimmed)]).ok).toBe(false);
    const forced = importFiles([textFile("s.json", trimmed)], { format: "terraform" });
    expect(forced.ok && forced.doc.vpcs).toEqual([expect.objectContaining({ id: "vpc-1" })]);
  });

  it("never copies secrets (user data, passwords, private blobs, sensitive outputs) into the topology or report", () => {
    for (const name of ["tf-state.tfstate", "tf-plan.json", "cfn-web.yaml", "tf-v3.tfstate"]) {
      const result = importFiles([fixture(name)], { lang: "en" });
      const korean = importFiles([fixture(name)], { lang: "ko" });
      const text = JSON.stringify([result, korean]);
      for (const secret of [
        "do-not-copy",
        "hunter2",
        "user-data-secret",
        "IyEvYmluL2Jhc2g",
        "c2VjcmV0LXVzZXItZGF0YQ",
        "8f6e1b2c0d9a7e3f",
        "0123456789abcdef0123",
        "eyJzY2hlbWFf",
        "/etc/app-password",
      ]) {
        expect(text, `${name} leaks ${secret}`).not.toContain(secret);
      }
    }
  });

  it("writes the report in Korean when asked", () => {
    const result = importFiles([fixture("aws-cli-compute.out")], { lang: "ko" });
    expect(result.ok && result.report.skipped.find((s) => s.type === "Instance")?.reason).toMatch(/[가-힣]/);
  });

  it("says why there is nothing to draw, in every format, and only then", () => {
    const notesOf = (name: string, text: string) => {
      const result = importFiles([textFile(name, text)]);
      if (!result.ok) throw new Error(`${name} not read`);
      return result.report.notes.join("\n");
    };
    const empty = {
      "state.tfstate": '{"version":4,"terraform_version":"1.9.0","serial":1,"lineage":"x","resources":[]}',
      "show.json": '{"format_version":"1.0"}',
      "template.json": '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}',
      "vpcs.json": '{"Vpcs":[]}',
    };
    for (const [name, text] of Object.entries(empty)) {
      expect(notesOf(name, text), name).toMatch(/^Nothing to draw: the .* (lists|defines) no resources/m);
    }
    const onlyOthers =
      '{"version":4,"terraform_version":"1.9.0","serial":1,"lineage":"x","resources":[' +
      '{"mode":"managed","type":"null_resource","name":"n","provider":"provider[\\"registry.terraform.io/hashicorp/null\\"]","instances":[{"attributes":{"id":"1"}}]}]}';
    expect(notesOf("other.tfstate", onlyOthers)).toContain("none of its resources is one ec2viz draws");
    expect(notesOf("vpc.json", '{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}]}')).not.toContain(
      "Nothing to draw",
    );
    const korean = importFiles([textFile("state.tfstate", empty["state.tfstate"])], { lang: "ko" });
    expect(korean.ok && korean.report.notes.join(" ")).toContain("그릴 것이 없습니다");
  });

  it("names a resource by a lowercase name tag when it has no Name tag, in every format, and says so", () => {
    const tfState = JSON.stringify({
      version: 4,
      terraform_version: "1.9.0",
      serial: 1,
      lineage: "x",
      resources: [
        ["aws_vpc", "main", { id: "vpc-1", cidr_block: "10.0.0.0/16", tags: { name: "core" } }],
        ["aws_security_group", "web", { id: "sg-1", vpc_id: "vpc-1", name: "web-sg", tags: { name: "web" } }],
        [
          "aws_subnet",
          "both",
          {
            id: "subnet-1",
            vpc_id: "vpc-1",
            cidr_block: "10.0.1.0/24",
            availability_zone: "eu-west-1a",
            tags: { name: "low", Name: "Upper" },
          },
        ],
      ].map(([type, name, attributes]) => ({
        mode: "managed",
        type,
        name,
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [{ attributes }],
      })),
    });
    const cli =
      '{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16","Tags":[{"Key":"NAME","Value":"core"}]}]}';
    const cfn =
      '{"Resources":{"Vpc":{"Type":"AWS::EC2::VPC","Properties":{"CidrBlock":"10.0.0.0/16","Tags":[{"Key":"name","Value":"core"}]}}}}';
    for (const [name, text] of [
      ["state.tfstate", tfState],
      ["vpcs.json", cli],
      ["template.json", cfn],
    ] as const) {
      const result = importFiles([textFile(name, text)]);
      if (!result.ok) throw new Error(`${name} not read`);
      const vpcs = result.doc.vpcs as { name?: string; tags?: Record<string, string> }[];
      expect(vpcs[0]?.name, name).toBe("core");
      expect(vpcs[0]?.tags?.Name, name).toBeUndefined(); // the tags stay as AWS has them
      expect(result.report.notes.join(" "), name).toContain("Tag keys are case-sensitive");
    }
    const tf = importFiles([textFile("state.tfstate", tfState)]);
    const byId = (key: string, id: string) =>
      tf.ok ? (tf.doc[key] as { id: string; name?: string }[]).find((r) => r.id === id)?.name : undefined;
    expect(byId("securityGroups", "sg-1")).toBe("web"); // the tag before the group's own name, as with Name
    expect(byId("subnets", "subnet-1")).toBe("Upper"); // Name wins when both are there
  });

  it("reads terraform show -json inside a log of setup-terraform's wrapper, and places a break by the file's lines", () => {
    const plan =
      '{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{"resources":[' +
      '{"address":"aws_vpc.main","mode":"managed","type":"aws_vpc","name":"main","values":{"cidr_block":"10.0.0.0/16"}}]}}}';
    const log = (output: string) =>
      [
        "[command]/home/runner/work/_temp/0c1d/terraform-bin show -json plan.tfplan",
        output,
        "::debug::Terraform exited with code 0.",
        `::set-output name=stdout::${output}%0A`,
        "::set-output name=exitcode::0",
      ].join("\n");
    const result = importFiles([textFile("plan.json", log(plan))]);
    expect(result.ok && result.doc.vpcs).toEqual([expect.objectContaining({ id: "aws_vpc.main" })]);
    expect(result.ok && result.report.notes.join(" ")).toContain("setup-terraform");
    const broken = importFiles([textFile("plan.json", log('{"format_version":'))]);
    expect(broken.ok).toBe(false);
    expect(broken.problems.find((p) => p.line !== undefined)).toMatchObject({ line: 2 });
  });
});
