import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../model/diagnostics.ts";
import type { FileReport } from "./check-file.ts";
import { exitCodeOf, formatHuman, formatJson, formatReportLines, formatSummary } from "./format.ts";

const diag = (severity: "error" | "warning", code: Diagnostic["code"]): Diagnostic => ({
  code,
  severity,
  path: "$.subnets[1].cidrBlock",
  message: "what is wrong",
});

const clean: FileReport = { file: "ok.json", diagnostics: [] };
const warned: FileReport = { file: "w.json", diagnostics: [diag("warning", "region-unknown")] };
const failed: FileReport = {
  file: "x.json",
  diagnostics: [diag("error", "subnet-overlap"), diag("warning", "region-unknown")],
};
const broken: FileReport = {
  file: "b.json",
  diagnostics: [],
  error: { message: "JSON: oops", line: 3, column: 7 },
};
const unreadable: FileReport = {
  file: "n.json",
  diagnostics: [],
  error: { message: "can't read the file (ENOENT)" },
};

describe("exitCodeOf", () => {
  it("is 0 without errors, 1 with errors, 2 when a file failed to read or parse", () => {
    expect(exitCodeOf([clean, warned])).toBe(0);
    expect(exitCodeOf([clean, failed])).toBe(1);
    expect(exitCodeOf([failed, broken])).toBe(2);
    expect(exitCodeOf([unreadable])).toBe(2);
  });
});

describe("formatReportLines", () => {
  it("prints file, severity, code, path and message", () => {
    expect(formatReportLines(failed)[0]).toBe(
      "x.json: error subnet-overlap $.subnets[1].cidrBlock — what is wrong",
    );
  });

  it("prints file:line:column for syntax errors and file: for others", () => {
    expect(formatReportLines(broken)).toEqual(["b.json:3:7: JSON: oops"]);
    expect(formatReportLines(unreadable)).toEqual(["n.json: can't read the file (ENOENT)"]);
  });
});

describe("formatSummary / formatHuman / formatJson", () => {
  it("counts errors, warnings and unreadable files in English and Korean", () => {
    expect(formatSummary([clean, failed, broken], "en")).toBe(
      "Checked 3 files: 1 error, 1 warning, 1 unreadable file",
    );
    expect(formatSummary([clean], "en")).toBe("Checked 1 file: 0 errors, 0 warnings");
    expect(formatSummary([failed, warned], "ko")).toBe("파일 2개 검사: 오류 1개, 경고 2개");
  });

  it("ends the human output with the summary", () => {
    const lines = formatHuman([failed], "en").trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^Checked 1 file/);
  });

  it("prints the reports as a JSON array", () => {
    expect(JSON.parse(formatJson([clean, broken]))).toEqual([clean, broken]);
  });
});
