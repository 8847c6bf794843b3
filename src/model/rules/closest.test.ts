import { describe, expect, it } from "vitest";
import { closest, closestCached } from "./closest.ts";

describe("closestCached", () => {
  it("gives what closest gives, remembered per candidate list (B10)", () => {
    const types = ["t3.micro", "t3.small", "m7g.large"];
    for (const input of ["t3.micrx", "t3.micrx", "M7G.LARGE", "zzz", "t3.smal"])
      expect(closestCached(input, types)).toBe(closest(input, types));
    expect(closestCached("t3.micrx", ["t3.micrx"])).toBe("t3.micrx");
  });

  it("scans the candidates once per distinct input, however many instances ask (B10)", () => {
    const types = ["t3.micro", "t3.small", "m7g.large"];
    let scans = 0;
    // The candidate list counts how often it is walked through.
    const counted: readonly string[] = Object.assign([...types], {
      [Symbol.iterator]() {
        scans++;
        return types[Symbol.iterator]();
      },
    });
    for (let i = 0; i < 10_000; i++) closestCached(i % 2 ? "t3.micrx" : "m7g.larg", counted);
    expect(scans).toBe(2);
  });
});
