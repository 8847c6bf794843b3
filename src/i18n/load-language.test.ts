import { describe, expect, it, vi } from "vitest";

// A fresh copy of the catalog, as the page has it before Korean is loaded (test-setup.ts gives
// every other test both languages, as the CLI has them).
async function freshCatalog() {
  vi.doUnmock("./strings.ts");
  vi.resetModules();
  const strings = await import("./strings.ts");
  const { loadLanguage } = await import("./load-language.ts");
  return { ...strings, loadLanguage };
}

describe("the Korean strings load on demand (issue #14, initial JS)", () => {
  it("English answers at once; Korean only once loaded, and asking early says so", async () => {
    const { t, languageLoaded, loadLanguage } = await freshCatalog();
    expect(languageLoaded("en")).toBe(true);
    expect(languageLoaded("ko")).toBe(false);
    expect(t("en", "app.undo")).toBe("Undo");
    expect(() => t("ko", "app.undo")).toThrow(/Korean UI strings .* before they were loaded/);
    await loadLanguage("ko");
    expect(languageLoaded("ko")).toBe(true);
    expect(t("ko", "app.undo")).toBe("실행 취소");
  });

  it("text made before Korean arrived reads Korean once it is here (an undo step named on an English page)", async () => {
    const { textOf, loadLanguage } = await freshCatalog();
    const label = textOf("history.openExample", { name: "seed" });
    expect(label.en).toBe("Open example seed");
    await loadLanguage("ko");
    expect(label.ko).toBe(textOf("history.openExample", { name: "seed" }).ko);
    expect(label.ko).toMatch(/seed/);
    expect(label.ko).toMatch(/[\uac00-\ud7a3]/);
  });

  it("is fetched once however many ask", async () => {
    const { loadLanguage, STRINGS } = await freshCatalog();
    await Promise.all([loadLanguage("ko"), loadLanguage("ko"), loadLanguage("en")]);
    expect(Object.keys(STRINGS.ko).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });
});
