import { describe, expect, it } from "vitest";
import { importFromFiles } from "./from-file.ts";
import { fixture } from "./testing/fixtures.ts";

const asFile = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe("files chosen in the app", () => {
  it("imports several AWS CLI files as one bundle, through the project's reader", async () => {
    const files = ["aws-cli-network.out", "aws-cli-compute.out"].map((n) => asFile(n, fixture(n).bytes));
    const result = await importFromFiles(files, "en");
    expect(result.kind).toBe("import");
    if (result.kind !== "import" || !result.result.ok) throw new Error("not imported");
    expect(result.result.doc.instances.map((i) => i.id)).toEqual(["i-1234567890abcdef0"]);
    expect(result.result.report.imported.vpcs).toBe(1);
  });

  it("leaves topology files and images to the ordinary reader", async () => {
    const topology = new TextEncoder().encode('{"version": 1, "regions": []}');
    expect((await importFromFiles([asFile("mine.json", topology)], "en")).kind).toBe("not-import");
    expect((await importFromFiles([asFile("diagram.png", topology)], "en")).kind).toBe("not-import");
    expect(
      (await importFromFiles([asFile("broken.yaml", new TextEncoder().encode("a: [b"))], "en")).kind,
    ).toBe("not-import");
  });

  it("refuses an error AWS returned as an import, naming AWS's code, not as a broken topology", async () => {
    const text = JSON.stringify({ Error: { Code: "AuthFailure", Message: "AWS was not able to validate" } });
    const result = await importFromFiles([asFile("vpcs.json", new TextEncoder().encode(text))], "en");
    if (result.kind !== "import" || result.result.ok) throw new Error("not refused as an import");
    expect(result.result.problems[0]?.message.en).toContain(
      "An error AWS returned, not output to import: AuthFailure",
    );
  });

  it("imports a template with its parameters file, whichever is chosen first", async () => {
    const encode = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    const template = encode({
      Parameters: { Cidr: { Type: "String" } },
      Resources: { Vpc: { Type: "AWS::EC2::VPC", Properties: { CidrBlock: { Ref: "Cidr" } } } },
    });
    const parameters = encode([{ ParameterKey: "Cidr", ParameterValue: "10.4.0.0/16" }]);
    const result = await importFromFiles(
      [asFile("params.json", parameters), asFile("vpc.json", template)],
      "en",
    );
    if (result.kind !== "import" || !result.result.ok) throw new Error("not imported");
    expect(result.result.doc.vpcs).toEqual([
      expect.objectContaining({ id: "Vpc", cidrBlock: "10.4.0.0/16" }),
    ]);
  });
});
