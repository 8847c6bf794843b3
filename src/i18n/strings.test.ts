import { describe, expect, it } from "vitest";
import { countText } from "./face-strings.ts";
import { STRINGS, t } from "./strings.ts";
import { placeholdersOf } from "./text.ts";

const HANGUL = /[\uac00-\ud7a3]/;

describe("UI string tables", () => {
  const enKeys = Object.keys(STRINGS.en).sort();
  const koKeys = Object.keys(STRINGS.ko).sort();

  it("have exactly the same keys in English and Korean", () => {
    expect(koKeys).toEqual(enKeys);
  });

  it("have no empty string", () => {
    for (const table of [STRINGS.en, STRINGS.ko])
      for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const key of enKeys) {
      const en = STRINGS.en[key as keyof typeof STRINGS.en];
      const ko = STRINGS.ko[key as keyof typeof STRINGS.ko];
      expect(placeholdersOf(ko), key).toEqual(placeholdersOf(en));
    }
  });

  it("keep English free of Hangul", () => {
    for (const [key, value] of Object.entries(STRINGS.en)) expect(HANGUL.test(value), key).toBe(false);
  });

  it("name the panel's close button as promised", () => {
    expect(t("en", "details.close")).toBe("Close");
  });
});

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "value.sizeGiB", { size: 8 })).toBe("8 GiB");
    expect(t("ko", "details.id", { id: "i-1" })).toBe("ID: i-1");
    expect(t("en", "details.id")).toBe("Id: {id}");
  });
});

describe("countText", () => {
  it("counts errors and warnings in words", () => {
    expect(countText("en", "error", 1)).toBe("1 error");
    expect(countText("en", "warning", 3)).toBe("3 warnings");
    expect(countText("ko", "error", 2)).toBe("오류 2개");
  });
});
