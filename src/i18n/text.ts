// The one shape of bilingual text and the one interpolator every table uses: UI strings, export
// texts, tooltips, command refusals and the model's diagnostics (which the CLI prints, so this file
// stays pure and imports nothing).
//
// Template syntax:
//   {name}          the param's value
//   {name:이/가}    the value followed by the Korean particle that fits how it ends
//   {이/가}         the particle that fits the text just before it ("{id}"{은/는} → "web-1"은)
// Particle pairs are written consonant form first: 이/가, 은/는, 을/를, 과/와, 으로/로.
// An unknown placeholder stays visible, so a missing param shows up in tests and screenshots.
import { particle } from "./josa.ts";

export type Lang = "en" | "ko";
export const LANGS: readonly Lang[] = ["en", "ko"];

/** Text in both UI languages. */
export type LocalText = Readonly<Record<Lang, string>>;

/** A param is a plain value, or text that is already in both languages (a kind word, a field name). */
export type TextParam = string | number | boolean | LocalText;
export type TextParams = Readonly<Record<string, TextParam>>;

const PLACEHOLDER =
  /\{(?:(\w+)(?::([\uac00-\ud7a3]+)\/([\uac00-\ud7a3]+))?|([\uac00-\ud7a3]+)\/([\uac00-\ud7a3]+))\}/g;

/** A param's text in `lang`. */
function paramText(value: TextParam, lang: Lang): string {
  return typeof value === "object" ? value[lang] : String(value);
}

/** A template cut at its placeholders: literal text, then a placeholder's parts, and so on. */
type Piece = string | { whole: string; name?: string; consonant?: string; vowel?: string };

/** Templates are few and used over and over (a chip's tooltip per box): each is cut once. */
const PIECES = new Map<string, readonly Piece[]>();

function piecesOf(template: string): readonly Piece[] {
  let pieces = PIECES.get(template);
  if (pieces) return pieces;
  const out: Piece[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out.push(template.slice(from, m.index));
    from = m.index + m[0].length;
    const [whole, name, withConsonant, withVowel, aloneConsonant, aloneVowel] = m;
    out.push(
      name === undefined
        ? { whole, consonant: aloneConsonant as string, vowel: aloneVowel as string }
        : withConsonant === undefined
          ? { whole, name }
          : { whole, name, consonant: withConsonant, vowel: withVowel as string },
    );
  }
  out.push(template.slice(from));
  pieces = out;
  // Bounded: templates come from the tables, but a caller could pass made-up ones.
  if (PIECES.size < 2000) PIECES.set(template, pieces);
  return pieces;
}

/** `template` with its placeholders filled from `params` and its Korean particles chosen. */
export function interpolate(template: string, params: TextParams = {}, lang: Lang = "en"): string {
  let out = "";
  for (const piece of piecesOf(template)) {
    if (typeof piece === "string") {
      out += piece;
      continue;
    }
    if (piece.name === undefined) {
      out += particle(out, piece.consonant as string, piece.vowel as string);
      continue;
    }
    const value = params[piece.name];
    if (value === undefined) {
      out += piece.whole;
      continue;
    }
    out += paramText(value, lang);
    if (piece.consonant !== undefined) out += particle(out, piece.consonant, piece.vowel as string);
  }
  return out;
}

/** Placeholder names a template uses, each once, sorted (particles left out); tests compare languages with it. */
export function placeholdersOf(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  return [...new Set(names.filter((name): name is string => name !== undefined))].sort();
}

/**
 * Text worded in both languages by `word`, each worded when first read: a message made where one
 * language's words may not be here yet (the page reads the other's once the user switches to it);
 * posted from a worker (which has both), both are worded as it is copied.
 */
export function inBothLanguages(word: (lang: Lang) => string): LocalText {
  const text = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    let worded: string | undefined;
    Object.defineProperty(text, lang, { enumerable: true, get: () => (worded ??= word(lang)) });
  }
  return text;
}

/** The same template filled in both languages. */
export function localize(templates: LocalText, params: TextParams = {}): LocalText {
  return { en: interpolate(templates.en, params, "en"), ko: interpolate(templates.ko, params, "ko") };
}
