import { describe, expect, it } from "vitest";
import { baseTopology, codesOf, runRule, withEdit } from "../testing/fixtures.ts";
import { duplicateIds, unknownReferences } from "./references.ts";

describe("duplicate-id", () => {
  it("passes unique ids", () => {
    expect(runRule(duplicateIds, baseTopology())).toEqual([]);
  });

  it("flags a repeat inside one collection, pointing at the first use", () => {
    const doc = withEdit((d) => {
      d.securityGroups.push({ id: "sg-web", vpc: "vpc-1", ingress: [] });
    });
    const [f, ...rest] = runRule(duplicateIds, doc);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "duplicate-id", path: "$.securityGroups[1].id", resource: "sg-web" });
    expect(f?.message.en).toContain("$.securityGroups[0].id");
  });

  it("flags the same id across collections", () => {
    const doc = withEdit((d) => {
      (d.volumes[0] as { id: string }).id = "i-web";
    });
    const found = runRule(duplicateIds, doc);
    expect(found.map((f) => f.path)).toEqual(["$.volumes[0].id"]);
    expect(found[0]?.message.ko).toContain("$.instances[0].id");
  });

  it("flags every extra copy", () => {
    const doc = withEdit((d) => {
      d.internetGateways.push({ id: "vpc-1", vpc: null }, { id: "vpc-1", vpc: null });
    });
    expect(codesOf(runRule(duplicateIds, doc))).toEqual(["duplicate-id", "duplicate-id"]);
  });
});

describe("unknown-reference", () => {
  it("passes when every reference exists with the right kind", () => {
    expect(runRule(unknownReferences, baseTopology())).toEqual([]);
  });

  it("doesn't treat a detached gateway as a reference", () => {
    const doc = withEdit((d) => {
      (d.internetGateways[0] as { vpc: string | null }).vpc = null;
    });
    expect(runRule(unknownReferences, doc)).toEqual([]);
  });

  it.each([
    [
      "vpc region",
      (d: ReturnType<typeof baseTopology>) => ((d.vpcs[0] as { region: string }).region = "nope"),
      "$.vpcs[0].region",
    ],
    [
      "gateway vpc",
      (d: ReturnType<typeof baseTopology>) =>
        ((d.internetGateways[0] as { vpc: string | null }).vpc = "nope"),
      "$.internetGateways[0].vpc",
    ],
    [
      "subnet vpc",
      (d: ReturnType<typeof baseTopology>) => ((d.subnets[1] as { vpc: string }).vpc = "nope"),
      "$.subnets[1].vpc",
    ],
    [
      "group vpc",
      (d: ReturnType<typeof baseTopology>) => ((d.securityGroups[0] as { vpc: string }).vpc = "nope"),
      "$.securityGroups[0].vpc",
    ],
    [
      "instance subnet",
      (d: ReturnType<typeof baseTopology>) => ((d.instances[1] as { subnet: string }).subnet = "nope"),
      "$.instances[1].subnet",
    ],
    [
      "instance group",
      (d: ReturnType<typeof baseTopology>) =>
        ((d.instances[0] as { securityGroups: string[] }).securityGroups = ["sg-web", "nope"]),
      "$.instances[0].securityGroups[1]",
    ],
    [
      "attachment",
      (d: ReturnType<typeof baseTopology>) =>
        ((d.volumes[1]?.attachments?.[0] as { instance: string }).instance = "nope"),
      "$.volumes[1].attachments[0].instance",
    ],
  ])("flags a missing id in the %s", (_what, edit, path) => {
    const found = runRule(unknownReferences, withEdit(edit));
    expect(found.map((f) => [f.code, f.path])).toEqual([["unknown-reference", path]]);
    expect(found[0]?.message.en).toContain('"nope"');
  });

  it("flags an id of the wrong kind and names both kinds", () => {
    const doc = withEdit((d) => {
      (d.instances[0] as { subnet: string }).subnet = "vpc-1";
    });
    const [f, ...rest] = runRule(unknownReferences, doc);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "unknown-reference", path: "$.instances[0].subnet", resource: "i-web" });
    expect(f?.message.en).toContain("a VPC");
    expect(f?.message.en).toContain("a subnet");
    expect(f?.message.ko).toContain("서브넷");
  });
});
