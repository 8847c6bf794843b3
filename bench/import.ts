// Import timings for `npm run bench`: a generated 5,000-instance AWS CLI bundle (one file per
// describe-* command) and a generated 1,000-resource CloudFormation template (JSON, and the same as
// YAML with short-form tags), each next to JSON.parse of the same text as the in-process baseline.
import { Document, isScalar, type Node, visit } from "yaml";
import { type ImportFile, importFiles } from "../src/import/import.ts";
import { toAwsCliOutputs } from "../src/import/testing/aws-cli-writer.ts";
import { generateImportable } from "../src/import/testing/generate.ts";
import { medianTime } from "./stats.ts";

export interface ImportBenchRow {
  input: string;
  bytes: number;
  resources: number;
  importMs: number;
  parseMs: number;
}

/** A template of `count` resources: a VPC with subnets, tables, routes, groups and instances. */
export function generateTemplate(count: number): Record<string, unknown> {
  const resources: Record<string, unknown> = {
    Vpc: {
      Type: "AWS::EC2::VPC",
      Properties: {
        CidrBlock: { Ref: "VpcCidr" },
        Tags: [{ Key: "Name", Value: { "Fn::Sub": `\${AWS::StackName}-vpc` } }],
      },
    },
    Igw: { Type: "AWS::EC2::InternetGateway" },
    Attach: {
      Type: "AWS::EC2::VPCGatewayAttachment",
      Properties: { VpcId: { Ref: "Vpc" }, InternetGatewayId: { Ref: "Igw" } },
    },
    Table: { Type: "AWS::EC2::RouteTable", Properties: { VpcId: { Ref: "Vpc" } } },
    Default: {
      Type: "AWS::EC2::Route",
      Properties: {
        RouteTableId: { Ref: "Table" },
        DestinationCidrBlock: "0.0.0.0/0",
        GatewayId: { Ref: "Igw" },
      },
    },
  };
  let n = 0;
  while (Object.keys(resources).length < count) {
    const s = n++;
    resources[`Subnet${s}`] = {
      Type: "AWS::EC2::Subnet",
      Properties: {
        VpcId: { Ref: "Vpc" },
        CidrBlock: {
          "Fn::Select": [s % 256, { "Fn::Cidr": [{ "Fn::GetAtt": ["Vpc", "CidrBlock"] }, 256, 8] }],
        },
        AvailabilityZone: { "Fn::Select": [s % 3, { "Fn::GetAZs": "" }] },
      },
    };
    resources[`Assoc${s}`] = {
      Type: "AWS::EC2::SubnetRouteTableAssociation",
      Properties: { SubnetId: { Ref: `Subnet${s}` }, RouteTableId: { Ref: "Table" } },
    };
    resources[`Sg${s}`] = {
      Type: "AWS::EC2::SecurityGroup",
      Properties: {
        GroupDescription: { "Fn::Sub": `group ${s} in \${AWS::Region}` },
        VpcId: { Ref: "Vpc" },
        SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, CidrIp: "0.0.0.0/0" }],
      },
    };
    for (let i = 0; i < 3 && Object.keys(resources).length < count; i++) {
      resources[`Server${s}x${i}`] = {
        Type: "AWS::EC2::Instance",
        Condition: i === 2 ? "Big" : undefined,
        Properties: {
          InstanceType: { "Fn::If": ["Big", "m7g.large", "t3.micro"] },
          ImageId: "ami-0abcdef1234567890",
          SubnetId: { Ref: `Subnet${s}` },
          SecurityGroupIds: [{ "Fn::GetAtt": [`Sg${s}`, "GroupId"] }],
          UserData: { "Fn::Base64": { "Fn::Sub": `#!/bin/bash\necho \${AWS::StackName}` } },
          Tags: [{ Key: "Name", Value: { "Fn::Join": ["-", ["server", String(s), String(i)]] } }],
        },
      };
    }
  }
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Parameters: {
      VpcCidr: { Type: "String", Default: "10.0.0.0/16" },
      Size: { Type: "String", Default: "big" },
    },
    Conditions: { Big: { "Fn::Equals": [{ Ref: "Size" }, "big"] } },
    Resources: JSON.parse(JSON.stringify(resources)),
  };
}

/** The same template in YAML with short-form tags (!Ref, !GetAtt, !Sub...), as people write it. */
function toShortYaml(template: Record<string, unknown>): string {
  const doc = new Document(template);
  visit(doc, {
    Map(_, map) {
      const only = map.items.length === 1 ? map.items[0] : undefined;
      const key = only && isScalar(only.key) ? String(only.key.value) : "";
      if (!only || !(key === "Ref" || key.startsWith("Fn::")) || !only.value) return undefined;
      const node = only.value as Node;
      node.tag = `!${key.replace(/^Fn::/, "")}`;
      return node;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

export function benchImport(runs: number): ImportBenchRow[] {
  const rows: ImportBenchRow[] = [];
  const encoder = new TextEncoder();
  const bundle = generateImportable(5000, 1);
  const texts = toAwsCliOutputs(bundle).map((o) => JSON.stringify(o, null, 4));
  const files: ImportFile[] = texts.map((text, i) => ({
    name: `describe-${i}.json`,
    bytes: encoder.encode(text),
  }));
  const check = importFiles(files);
  rows.push({
    input: "AWS CLI bundle, 5,000 instances (12 files)",
    bytes: files.reduce((a, f) => a + f.bytes.length, 0),
    resources: check.ok ? Object.values(check.report.imported).reduce((a, b) => a + b, 0) : 0,
    importMs: medianTime(runs, () => importFiles(files)),
    parseMs: medianTime(runs, () => {
      for (const text of texts) JSON.parse(text);
    }),
  });
  const template = generateTemplate(1000);
  const json = JSON.stringify(template, null, 2);
  const yaml = toShortYaml(template);
  for (const [label, text] of [
    ["CloudFormation JSON, 1,000 resources", json],
    ["CloudFormation YAML, 1,000 resources", yaml],
  ] as const) {
    const file = [{ name: label.includes("YAML") ? "t.yaml" : "t.json", bytes: encoder.encode(text) }];
    const result = importFiles(file);
    rows.push({
      input: label,
      bytes: file[0]?.bytes.length ?? 0,
      resources: result.ok
        ? Object.values(result.report.imported).reduce((a, b) => a + b, 0) + result.report.skipped.length
        : 0,
      importMs: medianTime(runs, () => importFiles(file)),
      parseMs: medianTime(runs, () => JSON.parse(json)),
    });
  }
  return rows;
}

export function printImportBench(rows: readonly ImportBenchRow[]): void {
  console.log("\nImport, median ms, with JSON.parse of the same files as baseline (YAML: of its JSON twin):");
  console.log(
    ["input".padEnd(42), "MB", "resources", "import", "JSON.parse", "ratio"]
      .map((h, i) => (i === 0 ? h : h.padStart(10)))
      .join("  "),
  );
  for (const r of rows) {
    console.log(
      [
        r.input.padEnd(42),
        (r.bytes / 1e6).toFixed(1).padStart(10),
        String(r.resources).padStart(10),
        r.importMs.toFixed(1).padStart(10),
        r.parseMs.toFixed(1).padStart(10),
        `${(r.importMs / r.parseMs).toFixed(1)}×`.padStart(10),
      ].join("  "),
    );
  }
}
