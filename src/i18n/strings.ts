// UI strings, English and Korean: flat tables keyed by "area.thing". A box's face words and the
// counts live in face-strings.ts (the layout worker reads only those) and are part of them.
// Each language comes in parts (issue #14, initial JS), and a key lives in exactly one:
// - `EN_NAMES` and `EN_NAMES_LATER` below: the English read whatever the UI language (the words
//   English accessible names are made of, and the English a parse error carries), which every page
//   has at once; their Korean is in the first and the later part.
// - the first part (strings-en.ts, strings-ko.ts): the rest of what the first picture shows, fetched
//   before it for the UI's language (App.tsx);
// - the later part (strings-en-later.ts, strings-ko-later.ts): panels, forms, dialogs, import and
//   export, fetched once the first picture is painted, with the code that shows them
//   (load-language.ts withLaterWords);
// - the command line's part (strings-en-cli.ts, strings-ko-cli.ts), which the page never fetches.
// The CLI, the workers and the tests have every part (both-languages.ts). A module the first picture
// runs may name first-part keys only (first-words.test.ts checks it).
// Add a key to English first; the Korean part's type then refuses to compile until Korean has it too.
// Placeholders are {name}, or {name:이/가} for a Korean particle after the value (see text.ts);
// strings.test.ts checks both languages use the same ones.
import { FACE_EN } from "./face-strings.ts";
import type { EN_FIRST } from "./strings-en.ts";
import type { EN_CLI } from "./strings-en-cli.ts";
import type { EN_LATER } from "./strings-en-later.ts";
import { interpolate, type Lang, type LocalText, type TextParams } from "./text.ts";

/** English every page has before any table is loaded, that its first picture names (see above). */
const EN_NAMES = {
  ...FACE_EN,
  // The toolbar's buttons (app/Toolbar.tsx) and the diagnostics button (accessible-names.ts)
  "app.new": "New",
  "app.open": "Open…",
  "app.save": "Save",
  "app.undo": "Undo",
  "app.redo": "Redo",
  "app.delete": "Delete",
  "app.diagnostics": "Diagnostics",
  "ux.more": "More",
  // The import report (app/ImportDialog.tsx)
  "import.report": "Import report",
  "import.skipped": "Skipped ({count})",
  "import.import": "Import",
  "import.cancel": "Cancel",
  // The Export menu (diagram/export/ExportMenu.tsx): the English item names tests find them by
  "export.export": "Export",
  // The English every parse error carries (io/parse-json.ts, io/parse-messages.ts), in any UI language
  "io.parse.syntax": "{format} syntax error at line {line}, column {column}",
  "io.parse.notAnObject": 'A topology file is an object like { "version": {version}, ... }.',
  "io.parse.missingVersion": 'The file has no "version" key; files in this format say "version": {version}.',
  "io.parse.newerVersion":
    "This file uses format version {found}; this ec2viz reads up to version {version}. Update ec2viz to open it.",
  "io.parse.unknownVersion": 'Unknown format version {found}: "version" is a whole number such as {version}.',
  "io.parse.schemaOne": "The file's structure has 1 problem.",
  "io.parse.schemaMany": "The file's structure has {count} problems.",
  "io.syntax.line": "{format}: {problem}",
  "io.syntax.tooDeep": "nested more than {depth} levels deep",
  "io.syntax.aliasBomb": "aliases expand to too much data",
  "io.syntax.duplicateKey": "duplicate key {key}",
  "io.syntax.unexpected": "unexpected {found}",
  "io.syntax.endsEarly": "the text ends too early",
  "io.syntax.secondDocument": "a second document starts here (after ---); a topology file is one document",
  "io.syntax.reader": "{message}",
  // Folding a container, and the palette
  "canvas.expand": "Expand",
  "canvas.collapse": "Collapse",
  "palette.heading": "Components",
} as const;

/** English every page has before any table is loaded, that only later panels and dialogs name. */
const EN_NAMES_LATER = {
  // The import report (app/ImportDialog.tsx)
  "import.placeholders": "Drawn as outside the document ({count})",
  "import.notes": "Notes",
  // The Export menu (diagram/export/ExportMenu.tsx): the English item names tests find them by
  "export.png": "PNG image",
  "export.svg": "SVG image",
  "export.json": "Topology (JSON)",
  "export.yaml": "Topology (YAML)",
  "export.copyPng": "Copy PNG to clipboard",
  "export.copyLink": "Copy share link",
  "export.drawio": "draw.io",
  "export.cloudformation": "CloudFormation",
  "export.atFit": "PNG at the largest scale that fits",
  "export.inStrips": "PNG at full size, drawn in strips",
  "export.cancel": "Cancel export",
} as const;

/** The keys of the first picture's words (strings-ko.ts has them all in Korean). */
export type FirstKey = keyof typeof EN_NAMES | keyof typeof EN_FIRST;
/** The keys of the words fetched once the first picture is painted. */
export type LaterKey = keyof typeof EN_NAMES_LATER | keyof typeof EN_LATER;
/** The keys only the command line says. */
export type CliKey = keyof typeof EN_CLI;
export type StringKey = FirstKey | LaterKey | CliKey;
type Table = Record<StringKey, string>;

/** A language's table comes in these parts (see above); the page fetches "first" and "later". */
export type Part = "first" | "later" | "cli";

/** English given by every page at once (a part's English is given without these). */
const EN_ALWAYS: Partial<Table> = { ...EN_NAMES, ...EN_NAMES_LATER };

/** The words loaded so far, by language (loadLanguage, both-languages.ts), and which parts they are. */
const tables: Record<Lang, Partial<Table>> = { en: { ...EN_ALWAYS }, ko: {} };
const loaded: Record<Lang, Set<Part>> = { en: new Set(), ko: new Set() };

/**
 * Makes a part of a language available: the page once its chunk arrives (load-language.ts), the
 * CLI, the workers and the tests at once (both-languages.ts).
 */
export function provideStrings(lang: "en", part: "first", table: typeof EN_FIRST): void;
export function provideStrings(lang: "en", part: "later", table: typeof EN_LATER): void;
export function provideStrings(lang: "en", part: "cli", table: typeof EN_CLI): void;
export function provideStrings(lang: "ko", part: "first", table: Record<FirstKey, string>): void;
export function provideStrings(lang: "ko", part: "later", table: Record<LaterKey, string>): void;
export function provideStrings(lang: "ko", part: "cli", table: Record<CliKey, string>): void;
export function provideStrings(lang: Lang, part: Part, table: Partial<Table>): void {
  Object.assign(tables[lang], table);
  loaded[lang].add(part);
}

/** Whether t(lang, …) can answer every key of `part` now (by default the first picture's). */
export function languageLoaded(lang: Lang, part: Part = "first"): boolean {
  return loaded[lang].has(part);
}

const NAMES: Record<Lang, string> = { en: "English", ko: "Korean" };

/** The template for `key` in `lang`; asking before its part is loaded throws, naming the key. */
function template(lang: Lang, key: StringKey): string {
  const got = tables[lang][key];
  if (got !== undefined) return got;
  throw new Error(
    `${NAMES[lang]} UI strings were asked for before they were loaded: "${key}" (loadLanguage("${lang}"))`,
  );
}

/** Whether `key` is a catalog key (for keys made from data, e.g. a field's name). */
export function isStringKey(key: string): key is StringKey {
  return key in tables.en || key in tables.ko;
}

/** Both tables as far as they are loaded (complete where every part is: the CLI, the tests). */
export const STRINGS: Readonly<Record<Lang, Table>> = {
  get en() {
    return tables.en as Table;
  },
  get ko() {
    return tables.ko as Table;
  },
};

export type StringParams = TextParams;

/** The string for `key` in `lang`, with {placeholders} filled; unknown placeholders stay visible. */
export function t(lang: Lang, key: StringKey, params: StringParams = {}): string {
  return interpolate(template(lang, key), params, lang);
}

/**
 * The string for `key` in both languages: an undo step's name is shown in whichever is chosen later.
 * A language not loaded yet is made when read: by then the user has switched to it, which loads it
 * first (and a Korean page loads English once its first picture is painted).
 */
export function textOf(key: StringKey, params: StringParams = {}): LocalText {
  const text = {} as Record<Lang, string>;
  for (const lang of ["en", "ko"] as const) {
    if (tables[lang][key] !== undefined) text[lang] = t(lang, key, params);
    else Object.defineProperty(text, lang, { enumerable: true, get: () => t(lang, key, params) });
  }
  return text;
}
