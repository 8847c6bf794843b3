import { describe, expect, it } from "vitest";
import type { Lang } from "./diagnostics.ts";
import { schemaDiagnostics, topologyFromSchema } from "./schema-diagnostics.ts";
import { baseTopology } from "./testing/fixtures.ts";

const one = (data: unknown, lang: Lang = "en") => {
  const list = schemaDiagnostics(data, lang);
  expect(list).toHaveLength(1);
  return list[0] as NonNullable<(typeof list)[number]>;
};

const volume = (extra: Record<string, unknown>) => ({
  version: 2,
  volumes: [{ id: "vol-1", availabilityZone: "ap-northeast-2a", sizeGiB: 8, volumeType: "gp3", ...extra }],
});

describe("topologyFromSchema", () => {
  it("returns the parsed document with absent lists filled in", () => {
    expect(topologyFromSchema({ version: 2 })?.instances).toEqual([]);
    expect(topologyFromSchema(baseTopology())).toEqual(baseTopology());
    expect(topologyFromSchema({ version: 2, extra: true })).toBeUndefined();
  });
});

describe("schemaDiagnostics", () => {
  it("is empty for a well-formed document", () => {
    expect(schemaDiagnostics(baseTopology())).toEqual([]);
    expect(schemaDiagnostics({ version: 2, $schema: "../schemas/topology.schema.json" })).toEqual([]);
  });

  it("reports a missing key with its path and the resource it belongs to", () => {
    const d = one({ version: 2, vpcs: [{ id: "vpc-1", region: "ap-northeast-2" }] });
    expect(d).toMatchObject({
      code: "schema",
      severity: "error",
      path: "$.vpcs[0].cidrBlock",
      resource: "vpc-1",
    });
    expect(d.message).toContain("missing");
  });

  it("reports unknown keys (typos) on the object that holds them", () => {
    const d = one({ version: 2, vpcs: [{ id: "vpc-1", region: "r", cidrBlock: "10.0.0.0/16", cidr: "x" }] });
    expect(d.path).toBe("$.vpcs[0]");
    expect(d.message).toContain('"cidr"');
    expect(one({ version: 2, subnet: [] }).path).toBe("$");
    // Many at once: the first five, then how many more.
    const many = Object.fromEntries(["a", "b", "c", "d", "e", "f", "g"].map((k) => [k, 1]));
    expect(one({ version: 2, ...many }).message).toBe(
      'The document (top level) has unknown keys "a", "b", "c", "d", "e" (+2): check the spelling (keys are case-sensitive camelCase).',
    );
  });

  it("names the expected and the found type", () => {
    expect(one(volume({ encrypted: "yes" })).message).toBe(
      "$.volumes[0].encrypted must be true or false, not text.",
    );
    expect(one({ version: 2, regions: {} }).message).toContain("must be a list, not an object");
    expect(one([]).message).toContain("The document (top level)");
  });

  it("says 'more than 0' for a positive size, not 'at least 0'", () => {
    const d = one(volume({ sizeGiB: 0 }));
    expect(d.message).toBe("$.volumes[0].sizeGiB must be more than 0.");
    expect(one(volume({ sizeGiB: 0 }), "ko").message).toContain("0보다 커야");
  });

  it("shows the fraction when a whole number is required", () => {
    expect(one(volume({ sizeGiB: 1.5 })).message).toBe(
      "$.volumes[0].sizeGiB must be a whole number, not 1.5.",
    );
  });

  it("explains bad CIDR syntax, with the corrected block for host bits", () => {
    const vpc = (cidrBlock: string) => ({ version: 2, vpcs: [{ id: "v", region: "r", cidrBlock }] });
    expect(one(vpc("10.0.1.0/16")).message).toContain("write 10.0.0.0/16");
    expect(one(vpc("10.0.1.0/16"), "ko").message).toContain("10.0.0.0/16으로 쓰세요");
    expect(one(vpc("10.0.0.0/40")).message).toContain("above /32");
    expect(one(vpc("10.0.0.0/40"), "ko").message).toContain("/32보다");
    expect(one(vpc("ten")).message).toContain("not an IPv4 CIDR block");
    expect(one(vpc("ten"), "ko").message).toContain("IPv4 CIDR 블록이 아닙니다");
  });

  it("explains enums, empty ids and patterns in both languages", () => {
    expect(one(volume({ volumeType: "gp4" })).message).toContain('"gp3"');
    expect(one({ version: 2, regions: [{ id: "", availabilityZones: [] }] }).message).toContain(
      "can't be empty",
    );
    const ami = {
      version: 2,
      instances: [{ id: "i", subnet: "s", instanceType: "t3.micro", imageId: "ami-x" }],
    };
    expect(one(ami).message).toContain("hex digits");
    expect(one(ami, "ko").message).toMatch(/AMI ID는/);
    const device = volume({ attachments: [{ instance: "i", device: "xvda" }] });
    expect(one(device).path).toBe("$.volumes[0].attachments[0].device");
    expect(one(device, "ko").message).toContain("장치 이름은");
  });

  it("reports version 3 as a schema problem (the parser refuses it earlier)", () => {
    expect(one({ version: 3 }).path).toBe("$.version");
  });

  it("lists several problems at once, each with its own path", () => {
    const list = schemaDiagnostics({ version: 2, vpcs: [{ id: 1 }], subnets: "none" });
    expect(list.map((d) => d.path).sort()).toEqual([
      "$.subnets",
      "$.vpcs[0].cidrBlock",
      "$.vpcs[0].id",
      "$.vpcs[0].region",
    ]);
    // A number id is not a resource id to name.
    expect(list.every((d) => d.resource === undefined)).toBe(true);
  });
});
