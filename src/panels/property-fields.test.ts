import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topology } from "../model/schema.ts";
import { seed } from "../model/testing/commands.ts";
import {
  checkFieldText,
  checkPatch,
  fieldsFor,
  parseFieldText,
  rowsToRules,
  rowsToTags,
  ruleRows,
  tagRows,
} from "./property-fields.ts";

function field(kind: Parameters<typeof fieldsFor>[1], id: string, key: string) {
  const found = fieldsFor(seed(), kind, id).find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

describe("fieldsFor", () => {
  it("lists the fields of each kind, with the subnet's zones and the instance's groups", () => {
    const doc = seed();
    expect(fieldsFor(doc, "vpc", "vpc-main").map((f) => f.key)).toEqual(["name", "cidrBlock"]);
    expect(field("subnet", "subnet-public-a", "availabilityZone").options?.map((o) => o.value)).toEqual([
      "ap-northeast-2a",
    ]);
    expect(field("instance", "i-web-1", "securityGroups").options).toEqual([
      { value: "sg-web", label: "web" },
    ]);
    expect(field("instance", "i-web-1", "subnet").options).toEqual([
      { value: "subnet-public-a", label: "public-a · ap-northeast-2a · 10.0.1.0/24" },
    ]);
    expect(fieldsFor(doc, "volume", "vol-web-1-root").map((f) => f.key)).toContain("iops");
    const codes = field("region", "ap-northeast-2", "id").options?.map((o) => o.value) ?? [];
    expect(codes).toContain("ap-northeast-2");
    expect(codes).toContain("us-east-1");
  });

  it("offers a security group's default mark as a checkbox named for security groups, and accepts it", () => {
    const mark = field("securityGroup", "sg-web", "default");
    expect(mark.input).toBe("checkbox");
    expect(mark.label).toEqual({ en: "Default security group", ko: "기본 보안 그룹" });
    const check = checkPatch(seed(), "securityGroup", "sg-web", { default: true }, "en");
    expect(check.result.ok && check.changed).toBe(true);
  });
});

describe("internet gateway attachment", () => {
  it("offers every VPC or detached, and an empty choice stores null (detached)", () => {
    const doc = seed();
    const field = fieldsFor(doc, "internetGateway", "igw-main").find((f) => f.key === "vpc");
    expect(field?.options?.map((o) => o.value)).toEqual(["", "vpc-main"]);
    const parsed = field ? parseFieldText(field, "") : undefined;
    expect(parsed).toEqual({ ok: true, value: null });
    const check = checkPatch(doc, "internetGateway", "igw-main", { vpc: null }, "en");
    expect(check.result.ok).toBe(true);
    expect(check.changed).toBe(true);
  });
});

describe("parseFieldText", () => {
  it("removes optional fields left empty and requires the others", () => {
    expect(parseFieldText(field("vpc", "vpc-main", "name"), "  ")).toEqual({ ok: true, value: undefined });
    expect(parseFieldText(field("vpc", "vpc-main", "cidrBlock"), "").ok).toBe(false);
  });

  it("reads whole numbers only", () => {
    const size = field("volume", "vol-web-1-root", "sizeGiB");
    expect(parseFieldText(size, " 30 ")).toEqual({ ok: true, value: 30 });
    expect(parseFieldText(size, "3.5").ok).toBe(false);
    expect(parseFieldText(size, "ten").ok).toBe(false);
  });
});

describe("checkFieldText", () => {
  it("shows the rule's message in the UI language and never offers an invalid commit", () => {
    const doc = seed();
    const cidr = field("subnet", "subnet-public-a", "cidrBlock");
    const outside = checkFieldText(doc, "subnet", "subnet-public-a", cidr, "10.9.0.0/24", "en");
    expect(outside.result.ok).toBe(false);
    expect(outside.message).toContain("10.0.0.0/16");
    const ko = checkFieldText(doc, "subnet", "subnet-public-a", cidr, "10.9.0.0/24", "ko");
    expect(ko.message).toContain("10.0.0.0/16 안의 블록을 고르세요");
    const good = checkFieldText(doc, "subnet", "subnet-public-a", cidr, "10.0.7.0/24", "en");
    expect(good.result.ok).toBe(true);
    expect(good.message).toBeUndefined();
    expect(good.patch).toEqual({ cidrBlock: "10.0.7.0/24" });
  });

  it("reports an unchanged value as not changed", () => {
    const doc = seed();
    const check = checkFieldText(doc, "vpc", "vpc-main", field("vpc", "vpc-main", "name"), "main-vpc", "en");
    expect(check.changed).toBe(false);
  });

  it("accepts any volume size in range and refuses any outside it (gp3)", () => {
    const doc = seed();
    const size = field("volume", "vol-web-1-root", "sizeGiB");
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 70000 }), (n) => {
        const check = checkFieldText(doc, "volume", "vol-web-1-root", size, String(n), "en");
        expect(check.result.ok).toBe(n >= 1 && n <= 65536);
        if (check.result.ok) expect(topology.safeParse(check.result.doc).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses the security group list of another VPC", () => {
    const doc = seed();
    doc.securityGroups.push({ id: "sg-far", vpc: "vpc-other", ingress: [] });
    expect(checkPatch(doc, "instance", "i-web-1", { securityGroups: ["sg-far"] }, "en").message).toMatch(
      /own VPC/,
    );
  });
});

describe("tag rows", () => {
  it("round-trips tags and ignores blank rows", () => {
    const tags = { Name: "web-1", Project: "x" };
    expect(rowsToTags([...tagRows(tags), { key: "", value: "" }])).toEqual({ ok: true, value: tags });
    expect(rowsToTags([])).toEqual({ ok: true, value: undefined });
  });

  it("refuses duplicate and missing keys", () => {
    expect(
      rowsToTags([
        { key: "a", value: "1" },
        { key: "a", value: "2" },
      ]).ok,
    ).toBe(false);
    expect(rowsToTags([{ key: " ", value: "x" }]).ok).toBe(false);
  });
});

describe("rule rows", () => {
  it("round-trips the seed's rules", () => {
    const rules = seed().securityGroups[0]?.ingress ?? [];
    expect(rowsToRules(ruleRows(rules))).toEqual({ ok: true, value: rules });
  });

  it("reads a single port as a one-port range and drops ports for all traffic", () => {
    const row = { protocol: "tcp" as const, fromPort: "22", toPort: "", cidr: "0.0.0.0/0", description: "" };
    expect(rowsToRules([row])).toEqual({
      ok: true,
      value: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidr: "0.0.0.0/0" }],
    });
    expect(rowsToRules([{ ...row, protocol: "-1" }])).toEqual({
      ok: true,
      value: [{ protocol: "-1", cidr: "0.0.0.0/0" }],
    });
    expect(rowsToRules([{ ...row, fromPort: "ssh" }]).ok).toBe(false);
  });

  it("reads an ICMP row as type and code: a type alone means all its codes, as in AWS's API", () => {
    const row = {
      protocol: "icmp" as const,
      fromPort: "8",
      toPort: "",
      cidr: "10.0.0.0/16",
      description: "",
    };
    expect(rowsToRules([row])).toEqual({
      ok: true,
      value: [{ protocol: "icmp", fromPort: 8, toPort: -1, cidr: "10.0.0.0/16" }],
    });
    expect(rowsToRules([{ ...row, toPort: "4", fromPort: "3" }])).toEqual({
      ok: true,
      value: [{ protocol: "icmp", fromPort: 3, toPort: 4, cidr: "10.0.0.0/16" }],
    });
    expect(rowsToRules([{ ...row, fromPort: "" }])).toEqual({
      ok: true,
      value: [{ protocol: "icmp", cidr: "10.0.0.0/16" }],
    });
  });

  it("leaves range and CIDR checks to the update command", () => {
    const parsed = rowsToRules([
      { protocol: "tcp", fromPort: "80", toPort: "80", cidr: "0.0.0.0/33", description: "" },
    ]);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(
        checkPatch(seed(), "securityGroup", "sg-web", { ingress: parsed.value }, "en").message,
      ).toBeTruthy();
  });
});
