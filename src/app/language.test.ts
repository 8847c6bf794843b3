import { describe, expect, it } from "vitest";
import { detectLanguage, firstRegionFor, initialLanguage, LANGUAGE_STORAGE_KEY } from "./language.ts";

describe("language choice", () => {
  it("follows the browser's first Korean or English preference", () => {
    expect(detectLanguage(["ko-KR", "en-US"])).toBe("ko");
    expect(detectLanguage(["fr-FR", "en-GB", "ko"])).toBe("en");
    expect(detectLanguage(["de"])).toBe("en");
    expect(detectLanguage([])).toBe("en");
  });

  it("prefers the remembered choice and ignores junk in storage", () => {
    const store = (value: string | null) => ({
      getItem: (k: string) => (k === LANGUAGE_STORAGE_KEY ? value : null),
    });
    expect(initialLanguage(store("ko"), ["en-US"])).toBe("ko");
    expect(initialLanguage(store("xx"), ["ko-KR"])).toBe("ko");
    expect(initialLanguage(undefined, ["en"])).toBe("en");
  });
});

describe("firstRegionFor", () => {
  it("follows the browser's languages, most specific first, then the UI language", () => {
    expect(firstRegionFor(["ko-KR", "en-US"], "en")).toBe("ap-northeast-2");
    expect(firstRegionFor(["en-GB"], "en")).toBe("eu-west-2");
    expect(firstRegionFor(["fr-CA"], "en")).toBe("ca-central-1");
    expect(firstRegionFor(["en-US", "ko"], "en")).toBeUndefined();
    expect(firstRegionFor([], "ko")).toBe("ap-northeast-2");
    expect(firstRegionFor(["xx"], "en")).toBeUndefined();
  });
});
