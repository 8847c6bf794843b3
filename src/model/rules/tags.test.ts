import { describe, expect, it } from "vitest";
import { MAX_KEY_LENGTH, MAX_TAGS, MAX_VALUE_LENGTH } from "../aws-limits.ts";
import { codesOf, runRule, withEdit } from "../testing/fixtures.ts";
import { tagLimits } from "./tags.ts";

const tagged = (tags: Record<string, string>) =>
  withEdit((d) => {
    (d.subnets[1] as { tags?: Record<string, string> }).tags = tags;
  });

const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`k${k}`, "v"]));

describe("tag-limit", () => {
  it(`allows ${MAX_TAGS} tags and flags ${MAX_TAGS + 1}`, () => {
    expect(runRule(tagLimits, tagged(many(MAX_TAGS)))).toEqual([]);
    const found = runRule(tagLimits, tagged(many(MAX_TAGS + 1)));
    expect(found.map((f) => [f.code, f.path, f.resource])).toEqual([
      ["tag-limit", "$.subnets[1].tags", "subnet-priv"],
    ]);
  });

  it(`allows a ${MAX_KEY_LENGTH}-character key and flags ${MAX_KEY_LENGTH + 1}`, () => {
    expect(runRule(tagLimits, tagged({ ["k".repeat(MAX_KEY_LENGTH)]: "v" }))).toEqual([]);
    const key = "k".repeat(MAX_KEY_LENGTH + 1);
    const [f] = runRule(tagLimits, tagged({ [key]: "v" }));
    expect(f?.code).toBe("tag-limit");
    expect(f?.path).toBe(`$.subnets[1].tags.${key}`);
    expect(f?.message.en).toContain("129");
  });

  it(`allows a ${MAX_VALUE_LENGTH}-character value and flags ${MAX_VALUE_LENGTH + 1}`, () => {
    expect(runRule(tagLimits, tagged({ Name: "v".repeat(MAX_VALUE_LENGTH) }))).toEqual([]);
    const [f] = runRule(tagLimits, tagged({ Name: "v".repeat(MAX_VALUE_LENGTH + 1) }));
    expect(f?.path).toBe("$.subnets[1].tags.Name");
    expect(f?.message.ko).toContain("257");
  });

  it('flags keys starting with "aws:" in any case, and an empty key', () => {
    expect(codesOf(runRule(tagLimits, tagged({ "aws:cloudformation:stack-name": "x" })))).toEqual([
      "tag-limit",
    ]);
    expect(codesOf(runRule(tagLimits, tagged({ "AWS:thing": "x" })))).toEqual(["tag-limit"]);
    expect(codesOf(runRule(tagLimits, tagged({ "": "x" })))).toEqual(["tag-limit"]);
    expect(runRule(tagLimits, tagged({ "awsome:key": "x", "my:aws:key": "x" }))).toEqual([]);
  });

  it("quotes odd keys in the path", () => {
    const [f] = runRule(tagLimits, tagged({ "aws:x y": "v" }));
    expect(f?.path).toBe('$.subnets[1].tags["aws:x y"]');
  });

  it("checks every collection, including the Region", () => {
    const doc = withEdit((d) => {
      (d.regions[0] as { tags?: Record<string, string> }).tags = { "aws:x": "1" };
      (d.volumes[1] as { tags?: Record<string, string> }).tags = many(51);
    });
    expect(runRule(tagLimits, doc).map((f) => f.resource)).toEqual(["ap-northeast-2", "vol-app-root"]);
  });
});
