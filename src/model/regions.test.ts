import { describe, expect, it } from "vitest";
import { awsRegion, regionOfZoneName } from "./regions.ts";

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
});
