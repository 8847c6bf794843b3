// Issue #15: the importers turn hostile input into named errors too.
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_LOOP_RESOURCES } from "../io/limits.ts";
import { ALIAS_BOMB } from "../io/parse-json.ts";
import { topologyMetadata } from "../io/svg-metadata.ts";
import { pngWith, yamlAliasBomb } from "../io/testing/hostile-inputs.ts";
import { parseCloudFormationYaml } from "./cloudformation/yaml.ts";
import { importFiles, isImportSource } from "./import.ts";
import { imported, textFile } from "./testing/fixtures.ts";

describe("CloudFormation YAML on hostile input", () => {
  it("names nesting deeper than any template instead of overflowing the stack", () => {
    for (const text of ["[".repeat(100_000), `${"- ".repeat(5000)}x`]) {
      const result = parseCloudFormationYaml(text);
      expect(result).toMatchObject({ ok: false, message: "the document nests too deeply" });
    }
  });
});

describe("deeply nested JSON in an import (#15 B5)", () => {
  it("reads 100,000 nested lists in AWS CLI output, a template and Terraform state without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const select = (n: number) => `${'{"Fn::Select": [0, '.repeat(n)}"10.0.0.0/16"${"]}".repeat(n)}`;
    const files = [
      textFile("vpcs.json", `{"Vpcs": ${deep}}`),
      textFile(
        "stack.json",
        `{"Resources": {"V": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": ${select(20_000)}, "Tags": ${deep}}}}}`,
      ),
      textFile(
        "plan.json",
        `{"format_version": "1.0", "values": {"root_module": {"resources": [{"address": "aws_vpc.a", "mode": "managed", "type": "aws_vpc", "name": "a", "values": {"cidr_block": "10.0.0.0/16", "tags": ${deep}}}]}}}`,
      ),
    ];
    for (const file of files) {
      const result = importFiles([file], { region: "us-east-1" });
      // Read, skipped or a placeholder, each by name: never a RangeError.
      expect(result.ok || result.problems.length > 0).toBe(true);
    }
  });
});

describe("YAML aliases in an import (#15 B5)", () => {
  it("refuses a billion laughs by name at once instead of making 387 million values", () => {
    const result = parseCloudFormationYaml(yamlAliasBomb(9));
    expect(result).toMatchObject({ ok: false, message: ALIAS_BOMB });
  });

  it("is not read as an import by Open… or the CLI, and an honest template with aliases still is", () => {
    const bomb = { name: "bomb.yaml", bytes: strToU8(yamlAliasBomb(9)) };
    expect(isImportSource(bomb)).toBe(false);
    const template = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      "Resources:",
      "  Vpc:",
      "    Type: AWS::EC2::VPC",
      "    Properties: &props",
      "      CidrBlock: 10.0.0.0/16",
      "  Vpc2:",
      "    Type: AWS::EC2::VPC",
      "    Properties: *props",
    ].join("\n");
    const read = parseCloudFormationYaml(template);
    expect(read.ok && (read.data as { Resources: { Vpc2: unknown } }).Resources.Vpc2).toEqual({
      Type: "AWS::EC2::VPC",
      Properties: { CidrBlock: "10.0.0.0/16" },
    });
  });
});

describe("Fn::ForEach loops that multiply (#15, beyond the review)", () => {
  /** Two nested loops over `n` items each: n² VPCs from a template of a few KB. */
  const nested = (n: number, extra: Record<string, unknown> = {}) => {
    const items = Array.from({ length: n }, (_, i) => `a${i}`);
    const vpc = { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.0.0.0/16" } };
    const loops = ["X", items, { "Fn::ForEach::Inner": ["Y", items, { "Vpc${X}${Y}": vpc }] }];
    const template = {
      Transform: "AWS::LanguageExtensions",
      Resources: { ...extra, "Fn::ForEach::Outer": loops },
    };
    return textFile("loops.json", JSON.stringify(template));
  };

  it("skips a loop that would make more than the limit, whole and by name, and keeps the rest", () => {
    const side = { Side: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.9.0.0/16" } } };
    // 1,000 × 1,000 would be a million VPCs: 28 s and 1.8 GB before the limit.
    const { doc, report } = imported([nested(1000, side)]);
    expect(doc.vpcs?.map((v) => v.id)).toEqual(["Side"]);
    expect(report.skipped).toEqual([
      expect.objectContaining({
        source: "Fn::ForEach::Outer",
        reason: expect.stringContaining(`more than ${MAX_LOOP_RESOURCES.toLocaleString("en-US")} resources`),
      }),
    ]);
  });

  it("expands loops up to the limit", () => {
    const n = Math.floor(Math.sqrt(MAX_LOOP_RESOURCES));
    const { doc, report } = imported([nested(n)]);
    expect(doc.vpcs).toHaveLength(n * n);
    expect(report.skipped).toEqual([]);
  });
});

describe("AWS CLI output with entries AWS never writes (#15, beyond the review)", () => {
  it("names each entry that isn't an object or lacks its id instead of dropping it, and reads the rest", () => {
    const output = {
      Vpcs: [null, { CidrBlock: "10.0.0.0/16" }, { VpcId: "vpc-1", CidrBlock: "10.1.0.0/16" }],
      Reservations: [7, { Instances: [null, { InstanceId: { x: 1 } }] }],
    };
    const { doc, report } = imported([textFile("describe.json", JSON.stringify(output))]);
    expect(doc.vpcs?.map((v) => v.id)).toEqual(["vpc-1"]);
    expect(report.skipped.map((s) => [s.source, s.reason])).toEqual([
      ["Vpcs[0]", "An entry that is not an object, which AWS never writes: not read."],
      ["Vpcs[1]", "An entry without its VpcId (a string), which AWS always writes: not read."],
      ["Reservations[0]", "An entry that is not an object, which AWS never writes: not read."],
      ["Reservations[1].Instances[0]", "An entry that is not an object, which AWS never writes: not read."],
      [
        "Reservations[1].Instances[1]",
        "An entry without its InstanceId (a string), which AWS always writes: not read.",
      ],
    ]);
  });
});

describe("an image given to import (#15)", () => {
  it("is named as an image an ec2viz export opens from, not text to save as UTF-8 again", () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by ec2viz -->\n<svg xmlns="http://www.w3.org/2000/svg">${topologyMetadata("{}")}</svg>`;
    for (const [name, bytes, kind] of [
      ["diagram.png", pngWith(), "PNG"],
      ["diagram.svg", strToU8(svg), "SVG"],
      ["named-as.json", strToU8(`\uFEFF  <svg>`), "SVG"],
    ] as const) {
      const result = importFiles([{ name, bytes }]);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const [problem] = result.problems;
      expect(problem?.message.en).toBe(
        `This is an image (${kind}), not text to import. An image ec2viz exported carries its topology: give it as it is to validate or render, or open it in the app. ec2viz import reads AWS CLI describe-* output, CloudFormation templates and Terraform state or \`terraform show -json\` output.`,
      );
      expect(problem?.message.ko).toContain(`이미지(${kind})`);
    }
    // Text that merely mentions <svg> is read as text.
    const yaml = importFiles([textFile("notes.yaml", "description: <svg> drawings\n")]);
    expect(!yaml.ok && yaml.problems[0]?.message.en).toMatch(/^Not recognised/);
  });
});
