import { describe, expect, it } from "vitest";
import { exportFileName } from "./download.ts";

describe("exportFileName", () => {
  it("makes a safe file name from the document name", () => {
    expect(exportFileName("EC2 basics (Seoul)", "png")).toBe("EC2-basics-Seoul.png");
    expect(exportFileName("서울 리전 / 웹", "svg")).toBe("서울-리전-웹.svg");
    expect(exportFileName("../../etc/passwd", "json")).toBe("etc-passwd.json");
    expect(exportFileName(undefined, "yaml")).toBe("topology.yaml");
    expect(exportFileName("???", "png")).toBe("topology.png");
    expect(exportFileName("x".repeat(200), "png")).toBe(`${"x".repeat(80)}.png`);
  });
});
