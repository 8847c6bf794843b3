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

  it("says which Mac a Mac type is built on only where AWS's page says it", () => {
    const m2pro = explainInstanceType("mac2-m2pro.metal", "en");
    expect(m2pro.parts).toContain(
      "Hardware: 2023 Mac mini hardware powered by Apple silicon M2 Pro processors",
    );
    expect(explainInstanceType("mac1.metal", "ko").parts).toContain(
      "하드웨어: 3.2GHz Intel 8세대(Coffee Lake) Core i7 프로세서를 쓰는 2018년 Mac mini 하드웨어",
    );
    // M1 Ultra, M3 Ultra and M4 Max chips never shipped in a Mac mini: no page we read names their hardware.
    for (const type of ["mac2-m1ultra.metal", "mac-m3ultra.metal", "mac-m4max.metal", "mac-m4.metal"]) {
      const e = explainInstanceType(type, "en");
      expect(e.ok).toBe(true);
      expect(e.parts.join(" ")).not.toMatch(/Mac mini|Hardware:/);
    }
    expect(explainInstanceType("mac-m4.metal", "en").summary).toBe(
      "mac-m4.metal: macOS on Apple Mac hardware, size metal",
    );
    expect(explainInstanceType("mac-m4.metal", "ko").summary).toBe(
      "mac-m4.metal: Apple Mac 하드웨어의 macOS, 크기 metal",
    );
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
