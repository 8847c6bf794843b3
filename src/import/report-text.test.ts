import { describe, expect, it } from "vitest";
import { REPORT_LIST_WHOLE } from "./report-groups.ts";
import { formatImportReport, skippedGroups } from "./report-text.ts";
import { importTopology } from "./topology.ts";
import type { ImportReport } from "./types.ts";

// One instance in a subnet the template names by a parameter without a default (one placeholder)
// and one resource ec2viz doesn't draw (one skipped): "1 placeholders" read wrong before.
const template = JSON.stringify({
  Parameters: { AppSubnet: { Type: "AWS::EC2::Subnet::Id" } },
  Resources: {
    Topic: { Type: "AWS::SNS::Topic" },
    Web: {
      Type: "AWS::EC2::Instance",
      Properties: {
        ImageId: "ami-0abcdef1234567890",
        InstanceType: "t3.micro",
        SubnetId: { Ref: "AppSubnet" },
      },
    },
  },
});

function reportFor(lang: "en" | "ko"): string {
  const result = importTopology([{ name: "stack.json", bytes: new TextEncoder().encode(template) }], {
    lang,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return formatImportReport(result.report, lang);
}

describe("the import report", () => {
  it("counts one of a thing in the singular", () => {
    const text = reportFor("en");
    expect(text).toMatch(/^1 placeholder \(drawn as outside the document\):$/m);
    expect(text).toMatch(/^1 source resource skipped:$/m);
    expect(text).not.toMatch(/\b1 (placeholders|source resources|errors|warnings)\b/);
  });

  it("reads as Korean, counted with 개", () => {
    const text = reportFor("ko");
    expect(text).toMatch(/^문서 밖의 것으로 그린 자리표시 1개:$/m);
    expect(text).toMatch(/^건너뛴 소스 리소스 1개:$/m);
  });
});

describe("long lists in the import report (#15: 100,000 skipped buckets)", () => {
  const report = (buckets: number): ImportReport => ({
    format: "terraform",
    imported: { vpcs: 1 },
    placeholders: [],
    skipped: [
      { source: "aws_iam_role.r", type: "aws_iam_role", reason: "ec2viz does not draw aws_iam_role." },
      ...Array.from({ length: buckets }, (_, i) => ({
        source: `aws_s3_bucket.b${i}`,
        type: "aws_s3_bucket",
        reason: "ec2viz does not draw aws_s3_bucket.",
      })),
    ],
    notes: [],
  });

  it("groups entries of one kind and reason past the limit: counted, the first few named", () => {
    const lines = formatImportReport(report(100_000), "en").trimEnd().split("\n");
    expect(lines).toEqual([
      "Imported (terraform): 1 VPC",
      "100001 source resources skipped:",
      "  aws_iam_role aws_iam_role.r: ec2viz does not draw aws_iam_role.",
      "  aws_s3_bucket ×100,000 aws_s3_bucket.b0, aws_s3_bucket.b1, aws_s3_bucket.b2 and 99,997 more: ec2viz does not draw aws_s3_bucket.",
    ]);
    expect(skippedGroups(report(100_000)).reduce((n, g) => n + g.count, 0)).toBe(100_001);
  });

  it("lists a short report entry by entry, as before", () => {
    const short = report(REPORT_LIST_WHOLE - 1);
    const lines = formatImportReport(short, "en").trimEnd().split("\n");
    expect(lines).toHaveLength(2 + REPORT_LIST_WHOLE);
    expect(lines.at(-1)).toBe(
      `  aws_s3_bucket aws_s3_bucket.b${REPORT_LIST_WHOLE - 2}: ec2viz does not draw aws_s3_bucket.`,
    );
  });
});
