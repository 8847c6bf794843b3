// Issue #15: the importers turn hostile input into named errors too.
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { ALIAS_BOMB } from "../io/parse-json.ts";
import { yamlAliasBomb } from "../io/testing/hostile-inputs.ts";
import { parseCloudFormationYaml } from "./cloudformation/yaml.ts";
import { isImportSource } from "./import.ts";

describe("CloudFormation YAML on hostile input", () => {
  it("names nesting deeper than any template instead of overflowing the stack", () => {
    for (const text of ["[".repeat(100_000), `${"- ".repeat(5000)}x`]) {
      const result = parseCloudFormationYaml(text);
      expect(result).toMatchObject({ ok: false, message: "the document nests too deeply" });
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
