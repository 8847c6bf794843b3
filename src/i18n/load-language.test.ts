import { describe, expect, it, vi } from "vitest";

// A fresh copy of the catalog, as the page has it before any table is loaded (test-setup.ts gives
// every other test every part of both languages, as the CLI has them).
async function freshCatalog() {
  vi.doUnmock("./strings.ts");
  vi.resetModules();
  const strings = await import("./strings.ts");
  const loading = await import("./load-language.ts");
  return { ...strings, ...loading };
}

describe("the UI strings load on demand (issue #14, initial JS)", () => {
  it("nothing but the English names answers before a table is loaded, and asking early says so", async () => {
    const { t, languageLoaded, loadFirstWords, loadLanguage } = await freshCatalog();
    expect(languageLoaded("en")).toBe(false);
    expect(languageLoaded("ko")).toBe(false);
    // The words English accessible names are made of are there at once (a Korean page needs them).
    expect(t("en", "app.undo")).toBe("Undo");
    expect(t("en", "export.png")).toBe("PNG image");
    expect(() => t("en", "details.title")).toThrow(
      /English UI strings .* before they were loaded: "details.title"/,
    );
    expect(() => t("ko", "app.undo")).toThrow(/Korean UI strings .* before they were loaded/);
    await loadFirstWords("ko");
    expect(languageLoaded("ko")).toBe(true);
    expect(t("ko", "app.undo")).toBe("실행 취소");
    // The first picture's words only: the Details panel's come later.
    expect(t("ko", "app.fitView")).toBe("화면에 맞추기");
    expect(() => t("ko", "details.title")).toThrow(/Korean UI strings .* "details.title"/);
    expect(() => t("ko", "export.png")).toThrow(/Korean UI strings/);
    expect(() => t("en", "details.title")).toThrow(/English UI strings/);
    await loadLanguage("ko");
    expect(languageLoaded("ko", "later")).toBe(true);
    expect(t("ko", "details.title")).toBe("세부 정보");
    await loadLanguage("en");
    expect(t("en", "details.title")).toBe("Details");
    // The command line's words are never fetched by the page.
    expect(languageLoaded("en", "cli")).toBe(false);
    expect(() => t("en", "cli.notAFile")).toThrow(/English UI strings .* "cli.notAFile"/);
  });

  it("code loaded with withLaterWords arrives with the later words of the page's language, and only those", async () => {
    const { t, languageLoaded, loadFirstWords, withLaterWords } = await freshCatalog();
    await loadFirstWords("en");
    const load = withLaterWords(async () => ({ speak: () => t("en", "details.noTags") }));
    const mod = await load();
    expect(mod.speak()).toBe("No tags.");
    // An English page doesn't fetch Korean for it.
    expect(languageLoaded("ko", "first")).toBe(false);
    expect(languageLoaded("ko", "later")).toBe(false);
  });

  it("withLaterWords waits for a start language still on its way (a page asks before its first words arrive)", async () => {
    const { t, loadFirstWords, withLaterWords } = await freshCatalog();
    const first = loadFirstWords("ko");
    const mod = await withLaterWords(async () => ({ speak: () => t("ko", "details.noTags") }))();
    await first;
    expect(mod.speak()).toBe("태그가 없습니다.");
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

  it("is fetched once however many ask, and both languages have the same keys", async () => {
    const { loadLanguage, STRINGS } = await freshCatalog();
    await Promise.all([loadLanguage("ko"), loadLanguage("ko"), loadLanguage("en"), loadLanguage("en")]);
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });
});
