import { describe, expect, it } from "vitest";
import { toJsonText, toYamlText } from "../io/serialize.ts";
import { baseTopology, withEdit } from "../model/testing/fixtures.ts";
import { checkFile, checkText, formatOfPath } from "./check-file.ts";

describe("formatOfPath", () => {
  it("goes by the extension, else by the text", () => {
    expect(formatOfPath("a.JSON", "x: 1")).toBe("json");
    expect(formatOfPath("a.yml", "{}")).toBe("yaml");
    expect(formatOfPath("a.yaml", "{}")).toBe("yaml");
    expect(formatOfPath("topology", "{}")).toBe("json");
    expect(formatOfPath("topology", "version: 1")).toBe("yaml");
  });
});

describe("checkText", () => {
  it("returns rule diagnostics for JSON and YAML alike", () => {
    const doc = withEdit((d) => {
      (d.subnets[1] as { cidrBlock: string }).cidrBlock = "10.0.0.0/25";
    });
    const fromJson = checkText("a.json", toJsonText(doc), "en");
    const fromYaml = checkText("a.yaml", toYamlText(doc), "en");
    expect(fromJson.diagnostics.map((d) => d.code)).toEqual(["subnet-overlap"]);
    expect(fromYaml.diagnostics).toEqual(fromJson.diagnostics);
    expect(fromJson.error).toBeUndefined();
  });

  it("keeps a version-1 file's codes: rules added since apply once it is saved as version 2", () => {
    const sshOpen = (version: number) =>
      JSON.stringify({
        version,
        regions: [{ id: "ap-northeast-2", availabilityZones: ["ap-northeast-2a"] }],
        vpcs: [{ id: "vpc-a", region: "ap-northeast-2", cidrBlock: "10.0.0.0/16" }],
        securityGroups: [
          {
            id: "sg-ssh",
            vpc: "vpc-a",
            ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "0.0.0.0/0" }],
          },
        ],
      });
    expect(checkText("v1.json", sshOpen(1), "en").diagnostics).toEqual([]);
    expect(checkText("v2.json", sshOpen(2), "en").diagnostics.map((d) => d.code)).toEqual([
      "sg-admin-port-open",
    ]);
  });

  it("gives schema diagnostics in the chosen language", () => {
    const report = checkText("a.json", '{"version": 1, "vpcs": [{"id": "v"}]}', "ko");
    expect(report.diagnostics.map((d) => d.code)).toEqual(["schema", "schema"]);
    expect(report.diagnostics[0]?.message).toMatch(/[가-힣]/);
  });

  it("reports a syntax error with its line and column", () => {
    const report = checkText("a.json", '{\n  "version": 1,\n}', "en");
    expect(report.error).toEqual({ message: 'JSON: unexpected "}"', line: 3, column: 1 });
    expect(report.diagnostics).toEqual([]);
  });

  it("points at the version key of a newer file, and refuses a file without one", () => {
    const newer = checkText("a.yaml", "# made by a newer ec2viz\nversion: 7\n", "en");
    expect(newer.error).toMatchObject({ line: 2, column: 1 });
    expect(newer.error?.message).toContain("version 7");
    const json = checkText("a.json", '{\n  "name": "x",\n  "version": 3\n}', "en");
    expect(json.error).toMatchObject({ line: 3, column: 3 });
    const missing = checkText("a.json", '{"name": "x"}', "ko");
    expect(missing.error?.message).toContain('"version"');
    expect(missing.error?.line).toBeUndefined();
  });

  it("is clean for a valid document", () => {
    expect(checkText("a.json", toJsonText(baseTopology()), "en")).toEqual({
      file: "a.json",
      diagnostics: [],
    });
  });
});

describe("checkFile", () => {
  it("reports a file it can't read", async () => {
    const report = await checkFile("/nonexistent/ec2viz/x.json", "en");
    expect(report.error?.message).toContain("ENOENT");
  });
});
