import { describe, expect, it, vi } from "vitest";

// A fresh copy of the catalog, as the page has it before any table is loaded (test-setup.ts gives
// every other test both languages, as the CLI has them).
async function freshCatalog() {
  vi.doUnmock("./strings.ts");
  vi.resetModules();
  const strings = await import("./strings.ts");
  const { loadLanguage } = await import("./load-language.ts");
  return { ...strings, loadLanguage };
}

describe("the UI strings load on demand (issue #14, initial JS)", () => {
  it("nothing but the English names answers before a table is loaded, and asking early says so", async () => {
    const { t, languageLoaded, loadLanguage } = await freshCatalog();
    expect(languageLoaded("en")).toBe(false);
    expect(languageLoaded("ko")).toBe(false);
    // The words English accessible names are made of are there at once (a Korean page needs them).
    expect(t("en", "app.undo")).toBe("Undo");
    expect(() => t("en", "details.title")).toThrow(/English UI strings .* before they were loaded/);
    expect(() => t("ko", "app.undo")).toThrow(/Korean UI strings .* before they were loaded/);
    await loadLanguage("ko");
    expect(languageLoaded("ko")).toBe(true);
    expect(t("ko", "app.undo")).toBe("실행 취소");
    expect(() => t("en", "details.title")).toThrow(/English UI strings/);
    await loadLanguage("en");
    expect(languageLoaded("en")).toBe(true);
    expect(t("en", "details.title")).toBe("Details");
  });

  it("text made before a language arrived reads that language once it is here (an undo step named early)", async () => {
    const { textOf, loadLanguage } = await freshCatalog();
    const label = textOf("history.openExample", { name: "seed" });
    await loadLanguage("en");
    expect(label.en).toBe("Open example seed");
    await loadLanguage("ko");
    expect(label.ko).toBe(textOf("history.openExample", { name: "seed" }).ko);
    expect(label.ko).toMatch(/seed/);
    expect(label.ko).toMatch(/[\uac00-\ud7a3]/);
  });

  it("tells catalog keys from other words with whichever table is loaded", async () => {
    const { isStringKey, loadLanguage } = await freshCatalog();
    expect(isStringKey("app.undo")).toBe(true);
    await loadLanguage("ko");
    expect(isStringKey("field.cidrBlock")).toBe(true);
    expect(isStringKey("field.noSuchField")).toBe(false);
  });

  it("is fetched once however many ask, and both tables have the same keys", async () => {
    const { loadLanguage, STRINGS } = await freshCatalog();
    await Promise.all([loadLanguage("ko"), loadLanguage("ko"), loadLanguage("en"), loadLanguage("en")]);
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });
});
