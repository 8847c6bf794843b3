import { describe, expect, it } from "vitest";
import { trafficText } from "./describe-format.ts";

describe("trafficText for ICMP: the type and code AWS stores in FromPort/ToPort", () => {
  it("says all ICMP for -1 or no type, in both languages", () => {
    for (const rule of [{}, { fromPort: -1, toPort: -1 }]) {
      expect(trafficText({ protocol: "icmp", ...rule }, "en")).toBe("ICMP (ping and network messages)");
      expect(trafficText({ protocol: "icmp", ...rule }, "ko")).toBe("ICMP(ping 및 네트워크 메시지)");
    }
  });

  it("names a type with all its codes, or a type and one code, and what the common types are", () => {
    expect(trafficText({ protocol: "icmp", fromPort: 8, toPort: -1 }, "en")).toBe(
      "ICMP type 8, all its codes (echo request, what ping sends)",
    );
    expect(trafficText({ protocol: "icmp", fromPort: 8 }, "ko")).toBe(
      "ICMP 유형 8, 그 유형의 모든 코드(에코 요청, ping이 보내는 메시지)",
    );
    expect(trafficText({ protocol: "icmp", fromPort: 3, toPort: 4 }, "en")).toBe(
      "ICMP type 3, code 4 (destination unreachable)",
    );
    expect(trafficText({ protocol: "icmp", fromPort: 42, toPort: 0 }, "ko")).toBe("ICMP 유형 42, 코드 0");
  });
});
