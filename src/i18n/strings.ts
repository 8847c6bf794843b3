// UI strings, English and Korean: one flat table per language, keyed by "area.thing". A box's face
// words and the counts live in face-strings.ts (the layout worker reads only those) and are part of it.
// English comes in two parts: `EN_NAMES` below, the English read whatever the UI language (the words
// English accessible names are made of: toolbar, import and export buttons, folding, the palette;
// and the English a parse error carries), which every page has at once; and the rest
// (strings-en.ts), a chunk of its own like Korean's (issue #14, initial JS): a Korean first visit
// doesn't fetch it before its first picture.
// Add a key to English first (here when it is read in English whatever the UI language, else in
// strings-en.ts); the type of `ko` (strings-ko.ts) then refuses to compile until Korean has it too.
// Placeholders are {name}, or {name:이/가} for a Korean particle after the value (see text.ts);
// strings.test.ts checks both languages use the same ones.
import { FACE_EN } from "./face-strings.ts";
import type { EN_REST } from "./strings-en.ts";
import { interpolate, type Lang, type LocalText, type TextParams } from "./text.ts";

/** English every page has before any table is loaded (see above). */
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
  "import.placeholders": "Drawn as outside the document ({count})",
  "import.skipped": "Skipped ({count})",
  "import.notes": "Notes",
  "import.import": "Import",
  "import.cancel": "Cancel",
  // The Export menu (diagram/export/ExportMenu.tsx): the English item names tests find them by
  "export.export": "Export",
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
  // The English every parse error carries (io/parse-json.ts, io/parse-messages.ts), in any UI language
  "io.parse.syntax": "{format} syntax error at line {line}, column {column}",
  "io.parse.notAnObject": 'A topology file is an object like { "version": 1, ... }.',
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

export type StringKey = keyof typeof EN_NAMES | keyof typeof EN_REST;
type Table = Record<StringKey, string>;

/** The tables loaded so far (loadLanguage, both-languages.ts). */
const tables: { en?: Table; ko?: Table } = {};

/**
 * Makes a language available: the page once its chunk arrives (load-language.ts), the CLI, the
 * workers and the tests at once (both-languages.ts). English is given without EN_NAMES.
 */
export function provideStrings(lang: "en", table: typeof EN_REST): void;
export function provideStrings(lang: "ko", table: Table): void;
export function provideStrings(lang: Lang, table: typeof EN_REST | Table): void {
  if (lang === "en") tables.en = { ...EN_NAMES, ...(table as typeof EN_REST) };
  else tables.ko = table as Table;
}

/** Whether t(lang, …) can answer every key now. */
export function languageLoaded(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

function table(lang: Lang): Table {
  const got = tables[lang];
  if (got) return got;
  const name = lang === "en" ? "English" : "Korean";
  throw new Error(`${name} UI strings were asked for before they were loaded (loadLanguage("${lang}"))`);
}

/** The template for `key` in `lang`, if it can be had now. */
function template(lang: Lang, key: StringKey): string | undefined {
  const got = tables[lang];
  if (got) return got[key];
  if (lang === "en" && key in EN_NAMES) return EN_NAMES[key as keyof typeof EN_NAMES];
  return undefined;
}

/** Whether `key` is a catalog key (for keys made from data, e.g. `field.${name}`). */
export function isStringKey(key: string): key is StringKey {
  return key in EN_NAMES || key in (tables.en ?? tables.ko ?? table("en"));
}

/** Both tables; reading one before it is loaded throws. */
export const STRINGS: Readonly<Record<Lang, Table>> = {
  get en() {
    return table("en");
  },
  get ko() {
    return table("ko");
  },
};

export type StringParams = TextParams;

/** The string for `key` in `lang`, with {placeholders} filled; unknown placeholders stay visible. */
export function t(lang: Lang, key: StringKey, params: StringParams = {}): string {
  return interpolate(template(lang, key) ?? table(lang)[key], params, lang);
}

/**
 * The string for `key` in both languages: an undo step's name is shown in whichever is chosen later.
 * A language not loaded yet is made when read: by then the user has switched to it, which loads it
 * first (and a Korean page loads English once its first picture is painted).
 */
export function textOf(key: StringKey, params: StringParams = {}): LocalText {
  const text = {} as Record<Lang, string>;
  for (const lang of ["en", "ko"] as const) {
    if (template(lang, key) !== undefined) text[lang] = t(lang, key, params);
    else Object.defineProperty(text, lang, { enumerable: true, get: () => t(lang, key, params) });
  }
  return text;
}
