import { describe, expect, it } from "vitest";
import { AWS_REGIONS, awsRegion, COMMERCIAL_REGIONS, regionOfZoneName, regionShortName } from "./regions.ts";

describe("regions", () => {
  it("names Regions in English and Korean", () => {
    expect(awsRegion("ap-northeast-2")).toEqual({
      code: "ap-northeast-2",
      en: "Asia Pacific (Seoul)",
      ko: "아시아 태평양(서울)",
    });
    expect(awsRegion("ap-northest-2")).toBeUndefined();
  });

  it("reads the zone names of the European Sovereign Cloud and the ISO Regions", () => {
    expect(regionOfZoneName("eusc-de-east-1a")).toBe("eusc-de-east-1");
    expect(regionOfZoneName("us-iso-east-1a")).toBe("us-iso-east-1");
    expect(regionOfZoneName("us-isob-east-1b")).toBe("us-isob-east-1");
    expect(regionOfZoneName("eu-isoe-west-1a")).toBe("eu-isoe-west-1");
    expect(regionOfZoneName("us-isof-south-1c")).toBe("us-isof-south-1");
  });

  it("finds the Region of Availability, Local and Wavelength Zone names", () => {
    expect(regionOfZoneName("ap-northeast-2a")).toBe("ap-northeast-2");
    expect(regionOfZoneName("us-gov-west-1b")).toBe("us-gov-west-1");
    expect(regionOfZoneName("us-west-2-lax-1a")).toBe("us-west-2");
    expect(regionOfZoneName("us-east-1-wl1-bos-wlz-1")).toBe("us-east-1");
    expect(regionOfZoneName("ap-northeast-2")).toBeUndefined();
    expect(regionOfZoneName("ap-northeast-20a")).toBe("ap-northeast-20");
    expect(regionOfZoneName("seoul-a")).toBeUndefined();
  });

  it("lists the commercial Regions: every one an ordinary account can open, with a Korean name", () => {
    const codes = COMMERCIAL_REGIONS.map((r) => r.code);
    for (const code of [
      "us-east-1",
      "ap-northeast-2",
      "ap-east-2",
      "ap-southeast-6",
      "ap-southeast-7",
      "mx-central-1",
    ])
      expect(codes).toContain(code);
    for (const code of ["cn-north-1", "us-gov-west-1", "us-iso-east-1", "eu-isoe-west-1", "eusc-de-east-1"])
      expect(codes).not.toContain(code);
    // Every other SDK Region is one of those other partitions.
    for (const r of AWS_REGIONS.filter((a) => !codes.includes(a.code)))
      expect(r.code).toMatch(/^(cn|us-gov|us-iso[a-z]*|eu-iso[a-z]*|eusc)-/);
    for (const r of COMMERCIAL_REGIONS) expect(r.ko, r.code).toMatch(/[가-힣]/);
  });

  it("gives each Region a short place name, keeping the country for a bare direction", () => {
    const name = (code: string, lang: "en" | "ko" = "en") => {
      const region = awsRegion(code);
      return region ? regionShortName(region, lang) : undefined;
    };
    expect(name("ap-northeast-2")).toBe("Seoul");
    expect(name("ap-northeast-2", "ko")).toBe("서울");
    expect(name("ca-west-1")).toBe("Calgary");
    expect(name("ca-central-1")).toBe("Canada (Central)");
    expect(name("mx-central-1", "ko")).toBe("멕시코(중부)");
    expect(name("us-east-1", "ko")).toBe("버지니아 북부");
  });
});
