import { describe, expect, it } from "vitest";
import { explainInstanceType } from "./instance-type-text.ts";

describe("explainInstanceType", () => {
  it("explains t3.micro part by part in English", () => {
    const e = explainInstanceType("t3.micro", "en");
    expect(e.ok).toBe(true);
    expect(e.summary).toBe("t3.micro: burstable general purpose, generation 3, size micro");
    expect(e.parts[0]).toBe("Family t3");
    expect(e.parts[1]).toMatch(/^Series t: burstable/);
    expect(e.parts[2]).toMatch(/^Generation 3/);
    expect(e.parts.at(-1)).toMatch(/^Size micro/);
    expect(e.parts).toHaveLength(4);
  });

  it("explains attributes and sizes in Korean", () => {
    const e = explainInstanceType("c7gn.2xlarge", "ko");
    expect(e.summary).toBe("c7gn.2xlarge: 컴퓨팅 최적화, 7세대, 크기 2xlarge");
    expect(e.parts).toContain("속성 g: AWS Graviton(Arm) 프로세서");
    expect(e.parts.some((p) => p.startsWith("속성 n:"))).toBe(true);
    expect(e.parts.at(-1)).toContain("약 2배");
  });

  it("marks letters it doesn't know rather than inventing a meaning", () => {
    const e = explainInstanceType("g3s.xlarge", "en");
    expect(e.parts.find((p) => p.startsWith("Attribute s"))).toContain("no explanation");
  });

  it("says plainly when a name can't be read", () => {
    const en = explainInstanceType("banana", "en");
    expect(en.ok).toBe(false);
    expect(en.summary).toContain("banana");
    expect(en.parts).toEqual([]);
    expect(explainInstanceType("banana", "ko").summary).toContain("읽을 수 없습니다");
  });
});
