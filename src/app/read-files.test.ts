import { describe, expect, it } from "vitest";
import { readFiles } from "./read-files.ts";

const asFile = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

// An aws-cli example page whose output block AWS printed with a broken string (the shape of
// awscli-examples-ec2-describe-volumes.rst): Open… said only which files ec2viz opens.
const BROKEN_RST = [
  "**To describe a volume**",
  "",
  "Output::",
  "",
  "    {",
  '        "Volumes": [',
  '            { "VolumeId": "vol-1234',
  '              ", "Size": 8 }',
  "        ]",
  "    }",
  "",
].join("\n");

describe("a file Open… can't read", () => {
  it("named as no topology but read by the importer: the refusal gives its line, column and reason", async () => {
    // Each line in both languages: the notice words it again when the language changes.
    const read = await readFiles([asFile("describe-volumes.rst", BROKEN_RST)], "en");
    if (read.kind !== "refused") throw new Error(`not refused: ${read.kind}`);
    expect(read.details).toHaveLength(1);
    for (const lang of ["en", "ko"] as const) {
      const line = read.details[0]?.[lang];
      expect(line).toMatch(/^describe-volumes\.rst:7:\d+: /);
      expect(line).toContain(lang === "en" ? "not valid JSON" : "올바른 JSON이 아닙니다");
    }
  });

  it("a JSON list that is no output ec2viz reads (an infracost policy response): the refusal says what it holds", async () => {
    const list = JSON.stringify([{ policyId: "p-1", status: "failing" }]);
    const read = await readFiles([asFile("policies.json", list)], "en");
    if (read.kind !== "refused") throw new Error(`not refused: ${read.kind}`);
    expect(read.details.map((d) => d.en)).toEqual([
      expect.stringMatching(
        /^policies\.json:1:1: A JSON list of objects with keys such as policyId, status \(1 in all\)/,
      ),
    ]);
    expect(read.details[0]?.ko).toContain("객체(키: policyId, status 등) 1개가 든 JSON 목록입니다.");
  });

  it("something else altogether (a draw.io file): the reason names every kind of file ec2viz opens", async () => {
    const read = await readFiles([asFile("diagram.drawio", "<mxfile><diagram/></mxfile>")], "en");
    if (read.kind !== "refused") throw new Error(`not refused: ${read.kind}`);
    expect(read.details).toEqual([]);
    expect(read.reason?.en).toContain("CloudFormation templates");
    expect(read.reason?.en).toContain("Terraform state");
  });
});
