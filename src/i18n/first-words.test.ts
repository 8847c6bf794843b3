// The page fetches the strings its first picture shows before that picture, and the rest once it is
// painted (issue #14, initial JS; load-language.ts). So the modules the entry imports statically (they
// run before anything is fetched later) may name only first-picture keys: a later key there would
// throw on a page whose later strings are still on their way. Lazy modules get the later strings
// with their code (withLaterWords). This walks the entry's static imports in the sources, as the
// bundler does, and reads every key each module names.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { STRINGS } from "./strings.ts";
import { EN_FIRST } from "./strings-en.ts";
import { EN_CLI } from "./strings-en-cli.ts";
import { EN_LATER } from "./strings-en-later.ts";
import { KO_FIRST } from "./strings-ko.ts";

const SRC = resolve(import.meta.dirname, "..");
const ENTRY = resolve(SRC, "main.tsx");

/** `import … from "./x.ts"` and `export … from "./x.ts"`, not `import type` (erased) nor `import(…)`. */
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s)?["'](\.{1,2}\/[^"']+)["']/gm;
/** `import("./x.ts")`, a lazy module. */
const DYNAMIC_IMPORT = /(?<!typeof )import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** A module's code without its comments (which may quote keys). */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
}

/**
 * The page's modules, by their code: every one the entry may load, or (`early`) those that may run
 * before the later words are here: what the entry imports statically, and the lazy modules these
 * load without withLaterWords (and what those import).
 */
function pageModules(entry: string, { early }: { early: boolean }): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (file: string) => {
    if (found.has(file) || !/\.tsx?$/.test(file)) return;
    const text = code(file);
    found.set(file, text);
    for (const m of text.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1] as string));
    for (const m of text.matchAll(DYNAMIC_IMPORT)) {
      // The statement the import is in, from its start: a load wrapped in withLaterWords waits.
      const before = text.slice(0, m.index);
      const statement = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf("}\n")) + 1);
      if (!early || !statement.includes("withLaterWords(")) visit(resolve(dirname(file), m[1] as string));
    }
  };
  visit(entry);
  return found;
}

/** Files that define the tables (their keys are definitions, not uses). */
const TABLES = /\/i18n\/(strings[\w-]*|face-strings|all-parts|both-languages)\.ts$/;

const early = pageModules(ENTRY, { early: true });
const allKeys = Object.keys(STRINGS.en);
const first = new Set<string>([...Object.keys(EN_FIRST), ...Object.keys(KO_FIRST)]);

/** The catalog keys a module names: as literals, and every key a `prefix.${…}` template can make. */
function keysNamed(text: string): string[] {
  const named = new Set<string>();
  for (const m of text.matchAll(/["'`]([a-zA-Z]+\.[\w.-]+)["'`]/g))
    if (allKeys.includes(m[1] as string)) named.add(m[1] as string);
  for (const m of text.matchAll(/`([a-zA-Z]+\.(?:[\w-]+\.)*)\$\{/g))
    for (const key of allKeys) if (key.startsWith(m[1] as string)) named.add(key);
  return [...named];
}

describe("the first picture's words (issue #14)", () => {
  it("finds the page's early modules: the first picture's, not the panels that wait for the later words", () => {
    const files = [...early.keys()].map((f) => f.slice(SRC.length + 1));
    expect(files).toContain("app/Workbench.tsx");
    expect(files).toContain("diagram/DiagramCanvas.tsx");
    expect(files).toContain("i18n/strings.ts");
    expect(files).not.toContain("panels/DetailsPanel.tsx");
    expect(files).not.toContain("diagram/export/ExportMenu.tsx");
  });

  it("modules that may run before the later words name only first-picture keys", () => {
    const late: string[] = [];
    for (const [file, text] of early)
      if (!TABLES.test(file))
        for (const key of keysNamed(text))
          if (!first.has(key)) late.push(`${file.slice(SRC.length + 1)}: ${key}`);
    expect(late).toEqual([]);
  });

  it("the page never names a word only the command line has (it never fetches them)", () => {
    const cli = new Set(Object.keys(EN_CLI));
    const named: string[] = [];
    for (const [file, text] of pageModules(ENTRY, { early: false }))
      if (!TABLES.test(file))
        for (const key of keysNamed(text))
          if (cli.has(key)) named.push(`${file.slice(SRC.length + 1)}: ${key}`);
    expect(named).toEqual([]);
  });

  it("the first part is the small one: the later and command-line words are not in it", () => {
    for (const key of [...Object.keys(EN_LATER), ...Object.keys(EN_CLI)])
      expect(first.has(key), key).toBe(false);
    expect(Object.keys(EN_LATER).length).toBeGreaterThan(3 * Object.keys(EN_FIRST).length);
  });
});
