import { describe, expect, it } from "vitest";
import { fieldLabel } from "./field-labels.ts";

describe("fieldLabel", () => {
  it("calls a Region's id its Region code, and any other resource's id its ID", () => {
    expect(fieldLabel("id", "region")).toEqual({ en: "Region code", ko: "리전 코드" });
    for (const kind of ["vpc", "subnet", "instance", "volume", undefined])
      expect(fieldLabel("id", kind)).toEqual({ en: "ID", ko: "ID" });
  });

  it("names known fields in both languages from the catalog, and shows an unknown key as it is", () => {
    expect(fieldLabel("instanceType")).toEqual({ en: "Instance type", ko: "인스턴스 유형" });
    expect(fieldLabel("vpc")).toEqual({ en: "Attached VPC", ko: "연결된 VPC" });
    expect(fieldLabel("notAField")).toEqual({ en: "notAField", ko: "notAField" });
  });
});
