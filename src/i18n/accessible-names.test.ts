// Every accessible name the e2e specs find a part by is a public name (accessible-names.ts): a
// rename in the catalog, the kind labels or the export words breaks this test, not only the e2e run.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fieldLabel } from "../model/commands/field-labels.ts";
import {
  BOX_KIND_NAMES,
  PALETTE_ITEM_NAMES,
  PUBLIC_NAMES,
  type PublicName,
  publicName,
} from "./accessible-names.ts";
import { t } from "./strings.ts";
import { LANGS } from "./text.ts";

interface Looked {
  role: string;
  /** The name as written: a literal, a template literal (`${…}` parts vary) or a regular expression. */
  name: string | RegExp;
  where: string;
}

const E2E = new URL("../../e2e/", import.meta.url);
const sources = ["", "fixtures/"].flatMap((dir) =>
  readdirSync(new URL(dir, E2E))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => ({ file: `e2e/${dir}${f}`, text: readFileSync(new URL(`${dir}${f}`, E2E), "utf8") })),
);

const STRING = String.raw`"((?:[^"\\]|\\.)*)"`;
const NAME = String.raw`(?:"((?:[^"\\]|\\.)*)"|\`([^\`]*)\`|/((?:[^/\\]|\\.)+)/[a-z]*)`;

/** The names the specs and fixtures look for, by role. */
function looked(): Looked[] {
  const out: Looked[] = [];
  for (const { file, text } of sources) {
    const at = (index: number) => `${file}:${text.slice(0, index).split("\n").length}`;
    for (const m of text.matchAll(new RegExp(String.raw`getByRole\("(\w+)", \{ name: ${NAME}`, "g"))) {
      const [, role, plain, template, regex] = m;
      const name = regex !== undefined ? new RegExp(regex) : (plain ?? template ?? "");
      if (plain === "" || (template?.startsWith("${") && !template.includes(" "))) continue; // a helper passing its argument on, checked at its callers
      out.push({ role: role as string, name, where: at(m.index) });
    }
    for (const m of text.matchAll(new RegExp(String.raw`(paletteItem|dropOn)\(page, ${STRING}`, "g")))
      out.push({ role: "palette", name: m[2] as string, where: at(m.index) });
    for (const m of text.matchAll(new RegExp(String.raw`dropOn\(page, ${STRING}, ${STRING}`, "g")))
      out.push({ role: "button", name: m[2] as string, where: at(m.index) });
    for (const m of text.matchAll(
      new RegExp(String.raw`(diagramNode|nodeButton|dragNode|toolbarButton)\(\s*\w+, ${STRING}`, "g"),
    ))
      out.push({ role: "button", name: m[2] as string, where: at(m.index) });
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every text a public name can take with `{kind}` as each kind word; other `{…}` parts stay open. */
function templatesOf(name: PublicName): string[] {
  const texts = name.english ? [name.text.en] : LANGS.map((lang) => name.text[lang]);
  return texts.flatMap((t) =>
    t.includes("{kind}") ? BOX_KIND_NAMES.map((k) => t.replace("{kind}", k)) : [t],
  );
}

function matches(template: string, wanted: Looked["name"]): boolean {
  if (wanted instanceof RegExp) {
    // A regular expression in a spec: the template, its open parts filled with the expression's own
    // words, must satisfy it ("Diagnostics: {counts}" for /^Diagnostics:/).
    const words = wanted.source.replace(/^\^|\$$/g, "").replace(/\\(.)/g, "$1");
    return wanted.test(template.replace(/\{[^}]+\}/g, words));
  }
  const open = template
    .split(/\{[^}]+\}/)
    .map(escapeRegExp)
    .join(".+");
  return new RegExp(`^${open}$`).test(wanted.replace(/\$\{[^}]+\}/g, "x"));
}

const ALL = Object.values(PUBLIC_NAMES) as PublicName[];

describe("public accessible names", () => {
  const names = looked();

  it("finds the names the e2e specs use", () => {
    expect(names.length).toBeGreaterThan(80);
  });

  it("lists every name an e2e spec finds a part by", () => {
    const missing = names.filter(({ role, name }) => {
      if (typeof name === "string" && PALETTE_ITEM_NAMES.includes(name) && role !== "link") return false;
      if (role === "palette") return true;
      return !ALL.some((p) => p.role === role && templatesOf(p).some((t) => matches(t, name)));
    });
    expect(missing.map((m) => `${m.where} ${m.role} ${String(m.name)}`)).toEqual([]);
  });

  it("gives English names in every language and the others in the UI language", () => {
    expect(publicName("undoButton", "ko")).toBe("Undo");
    expect(publicName("propertiesTab", "ko")).toBe("속성");
    expect(publicName("propertiesTab", "en")).toBe("Properties");
    for (const p of ALL) for (const lang of LANGS) expect(p.text[lang]).not.toBe("");
  });

  it("says what the export menu and the properties form show (their words are written out here)", () => {
    const menu = [
      "export",
      "png",
      "svg",
      "json",
      "yaml",
      "copyPng",
      "copyLink",
      "drawio",
      "cloudformation",
      "cancel",
    ] as const;
    const ids = [
      "exportButton",
      "exportPng",
      "exportSvg",
      "exportJson",
      "exportYaml",
      "exportCopyPng",
    ] as const;
    const more = ["exportCopyLink", "exportDrawio", "exportCloudFormation", "exportCancel"] as const;
    expect([...ids, ...more].map((id) => publicName(id, "en"))).toEqual(
      menu.map((k) => t("en", `export.${k}`)),
    );
    for (const lang of LANGS) {
      expect(publicName("exportDialog", lang)).toBe(t(lang, "export.dialog"));
      expect(publicName("shareLink", lang)).toBe(t(lang, "export.shareLink"));
      expect(publicName("attachedVpc", lang)).toBe(fieldLabel("vpc")[lang]);
      expect(publicName("instanceState", lang)).toBe(fieldLabel("state")[lang]);
    }
    expect(publicName("exportAtFit", "en")).toBe(`${t("en", "export.atFit")} ({scale}×)`);
    expect(publicName("exportInStrips", "en")).toBe(`${t("en", "export.inStrips")} ({scale}×)`);
  });

  it("fails for a name nothing lists (the check can fail)", () => {
    const renamed: Looked = { role: "button", name: "Undo last step", where: "" };
    expect(
      ALL.some((p) => p.role === renamed.role && templatesOf(p).some((t) => matches(t, renamed.name))),
    ).toBe(false);
  });
});
