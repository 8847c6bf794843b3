import { describe, expect, it } from "vitest";
import { formatImportReport } from "./report-text.ts";
import { importTopology } from "./topology.ts";

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
