// Server-side rendering is enough to read the report's words without a DOM library.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { importFiles } from "../import/import.ts";
import { ImportDialog } from "./ImportDialog.tsx";

// A template with no Region: the report tells an app user how to choose the Region there (the CLI's
// --region is not theirs to pass).
function reportOf(lang: "en" | "ko") {
  const text = JSON.stringify({
    AWSTemplateFormatVersion: "2010-09-09",
    Resources: {
      Vpc: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: "10.0.0.0/16" } },
    },
  });
  const result = importFiles([{ name: "stack.json", bytes: new TextEncoder().encode(text) }], { lang });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

/** The dialog's markup for stack.json's report, in `lang`. */
const html = (lang: "en" | "ko") =>
  renderToStaticMarkup(
    <ImportDialog
      file="stack.json"
      report={reportOf(lang)}
      lang={lang}
      onImport={() => {}}
      onCancel={() => {}}
    />,
  );

describe("ImportDialog", () => {
  it("says how to choose the Region in the app, in both languages", () => {
    expect(html("en")).toContain("in the app by changing the Region&#x27;s code in Properties");
    expect(html("ko")).toContain("앱에서는 리전 속성의 리전 코드를 바꿔 고를 수 있습니다");
  });

  it("names the format as AWS does (CloudFormation), not by its --json value (cloudformation)", () => {
    expect(html("en")).toContain("Read as CloudFormation: 1 VPC.");
    expect(html("ko")).toContain("CloudFormation 형식으로 읽었습니다");
  });
});
