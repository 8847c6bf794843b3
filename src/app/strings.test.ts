import { describe, expect, it } from "vitest";
import { appText, countText } from "./strings.ts";

describe("appText", () => {
  it("fills named parameters in both languages", () => {
    expect(appText("en", "confirmDelete", { name: "web-1" })).toBe("Delete web-1?");
    expect(appText("ko", "opened", { file: "a.json" })).toBe("a.json 파일을 열었습니다.");
  });

  it("counts errors and warnings in words", () => {
    expect(countText("en", "error", 1)).toBe("1 error");
    expect(countText("en", "warning", 3)).toBe("3 warnings");
    expect(countText("ko", "error", 2)).toBe("오류 2개");
  });

  it("leaves unknown placeholders visible rather than dropping them", () => {
    expect(appText("en", "opened")).toBe("Opened {file}.");
  });
});
