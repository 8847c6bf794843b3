import { describe, expect, it } from "vitest";
import { closest, closestCached } from "./closest.ts";

describe("closestCached", () => {
  it("gives what closest gives, remembered per candidate list (B10)", () => {
    const types = ["t3.micro", "t3.small", "m7g.large"];
    for (const input of ["t3.micrx", "t3.micrx", "M7G.LARGE", "zzz", "t3.smal"])
      expect(closestCached(input, types)).toBe(closest(input, types));
    expect(closestCached("t3.micrx", ["t3.micrx"])).toBe("t3.micrx");
  });
});
