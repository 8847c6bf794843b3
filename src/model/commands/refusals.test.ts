import { describe, expect, it } from "vitest";
import { LANGS } from "../diagnostics.ts";
import { REFUSAL_CODES, refusalBesideField, refusalMessage } from "./refusals.ts";
import { invalidValue } from "./types.ts";

const params = {
  kind: { en: "VPC", ko: "VPC" },
  id: "vpc-9",
  region: { en: "Region Seoul", ko: "리전 Seoul" },
  vpc: { en: "VPC main-vpc", ko: "VPC main-vpc" },
  gateway: { en: "Internet gateway igw-main", ko: "인터넷 게이트웨이 igw-main" },
  instance: { en: "EC2 instance web-1", ko: "EC2 인스턴스 web-1" },
  group: { en: "Security group web", ko: "보안 그룹 web" },
  az: "ap-northeast-2b",
  code: "us-east-1",
  zone: "us-east-1b",
  from: "ap-northeast-2a",
  to: "ap-northeast-2b",
  volumes: "web-1-root",
  cidr: "10.0.0.0/16",
  count: 4,
  limit: 5,
  field: { en: "IPv4 CIDR", ko: "IPv4 CIDR" },
  message: { en: "Must lie inside", ko: "안에 있어야" },
  item: "instance",
  target: { en: "Region Seoul", ko: "리전 Seoul" },
};

describe("refusalMessage", () => {
  it("renders every code in both languages without holes", () => {
    for (const code of REFUSAL_CODES) {
      for (const lang of LANGS) {
        const text = refusalMessage({ code, params }, lang);
        expect(text.length, `${code}/${lang}`).toBeGreaterThan(5);
        expect(text).not.toMatch(/undefined|\[object/);
      }
    }
  });

  it("explains a wrong drop with the AWS rule in the current language", () => {
    const reason = {
      code: "drop-wrong-target" as const,
      params: { item: "instance", target: params.target },
    };
    expect(refusalMessage(reason, "en")).toBe(
      "EC2 instance can't go on Region Seoul. An EC2 instance is launched in a subnet: drop it on a public or private subnet.",
    );
    expect(refusalMessage(reason, "ko")).toContain("서브넷");
  });
});

describe("refusalBesideField", () => {
  it("shows an invalid value's rule alone and any other refusal in full", () => {
    const bad = invalidValue("cidrBlock", {
      en: "Must lie inside 10.0.0.0/16",
      ko: "10.0.0.0/16 안에 있어야 합니다",
    });
    if (bad.ok) throw new Error("expected a refusal");
    expect(refusalBesideField(bad.reason, "en")).toBe("Must lie inside 10.0.0.0/16");
    expect(refusalBesideField(bad.reason, "ko")).toBe("10.0.0.0/16 안에 있어야 합니다");
    expect(refusalMessage(bad.reason, "en")).toBe("IPv4 CIDR: Must lie inside 10.0.0.0/16");
    const other = { code: "id-immutable" as const, params: {} };
    expect(refusalBesideField(other, "en")).toBe(refusalMessage(other, "en"));
  });
});
