import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeInstanceType, decodeSize, INSTANCE_SERIES, SERIES_CATEGORY } from "./instance-type-decode.ts";

function decoded(text: string) {
  const result = decodeInstanceType(text);
  if (!result.ok) throw new Error(`${text} did not decode`);
  return result;
}

const codes = (text: string) => decoded(text).attributes.map((a) => a.code);

describe("decodeInstanceType", () => {
  it("reads t3.micro as burstable, generation 3, no attributes, size micro", () => {
    expect(decoded("t3.micro")).toMatchObject({
      family: "t3",
      series: "t",
      category: "burstable",
      generation: 3,
      attributes: [],
      size: "micro",
      sizeInfo: { kind: "named", name: "micro" },
    });
  });

  it("reads every attribute letter after the generation", () => {
    expect(decoded("c7gn.2xlarge")).toMatchObject({ series: "c", generation: 7, category: "compute" });
    expect(codes("c7gn.2xlarge")).toEqual(["g", "n"]);
    expect(codes("x2iezn.6xlarge")).toEqual(["i", "e", "z", "n"]);
    expect(codes("m6idn.large")).toEqual(["i", "d", "n"]);
    expect(codes("t3a.nano")).toEqual(["a"]);
    expect(codes("dl2q.24xlarge")).toEqual(["q"]);
    expect(codes("r5b.large")).toEqual(["b"]);
  });

  it("treats -flex as an attribute", () => {
    expect(decoded("m7i-flex.large")).toMatchObject({ family: "m7i-flex", generation: 7 });
    expect(codes("m7i-flex.large")).toEqual(["i", "flex"]);
  });

  it("prefers the longest series: hpc, inf, trn, im, is, mac", () => {
    expect(decoded("hpc7g.16xlarge")).toMatchObject({ series: "hpc", generation: 7, category: "hpc" });
    expect(decoded("inf2.xlarge")).toMatchObject({ series: "inf", category: "accelerated" });
    expect(decoded("trn1n.32xlarge")).toMatchObject({ series: "trn", generation: 1 });
    expect(decoded("im4gn.large")).toMatchObject({ series: "im", category: "storage" });
    expect(codes("is4gen.medium")).toEqual(["g", "e", "n"]);
    expect(decoded("mac2-m2pro.metal")).toMatchObject({ series: "mac", generation: 2, variant: "m2pro" });
  });

  it("reads the odd shapes AWS uses without failing", () => {
    expect(decoded("u-12tb1.112xlarge")).toMatchObject({ series: "u", generation: 1, variant: "12tb" });
    expect(decoded("u7in-32tb.224xlarge")).toMatchObject({ series: "u", generation: 7, variant: "32tb" });
    expect(decoded("mac-m4.metal")).toMatchObject({
      series: "mac",
      variant: "m4",
      sizeInfo: { kind: "metal" },
    });
    expect(decoded("mac-m4.metal").generation).toBeUndefined();
    expect(decoded("p6-b200.48xlarge")).toMatchObject({ series: "p", generation: 6, variant: "b200" });
    expect(decoded("c7g.metal-16xl").sizeInfo).toEqual({ kind: "metal" });
  });

  it("keeps letters it doesn't know, marked unknown", () => {
    expect(decoded("g3s.xlarge").attributes).toEqual([{ code: "s", known: false }]);
  });

  it.each(["", "t3", "t3.", ".micro", "t3.micro.extra", "banana.large", "t.micro", "tx.large", "3t.micro"])(
    "refuses %j instead of guessing",
    (text) => {
      expect(decodeInstanceType(text)).toEqual({ ok: false, text });
    },
  );

  it("is case-insensitive and keeps the original text", () => {
    expect(decoded("M5.Large")).toMatchObject({ text: "M5.Large", family: "m5", size: "large" });
  });

  it("never throws, and decodes every series+generation+size it is given", () => {
    fc.assert(fc.property(fc.string(), (text) => decodeInstanceType(text).text === text));
    fc.assert(
      fc.property(
        fc.constantFrom(...INSTANCE_SERIES),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom("nano", "large", "4xlarge", "metal"),
        (series, generation, size) => {
          const d = decoded(`${series}${generation}.${size}`);
          expect(d.series).toBe(series);
          expect(d.generation).toBe(generation);
          expect(d.category).toBe(SERIES_CATEGORY[series]);
          expect(d.sizeInfo.kind).not.toBe("other");
        },
      ),
    );
  });
});

describe("decodeSize", () => {
  it("knows named sizes, multiples of xlarge and metal", () => {
    expect(decodeSize("medium")).toEqual({ kind: "named", name: "medium" });
    expect(decodeSize("24xlarge")).toEqual({ kind: "multiple", times: 24 });
    expect(decodeSize("metal-48xl")).toEqual({ kind: "metal" });
    expect(decodeSize("huge")).toEqual({ kind: "other" });
  });
});
