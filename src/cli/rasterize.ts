// SVG -> PNG pixels in Node, through resvg (a Rust SVG renderer) compiled to WebAssembly
// (@resvg/resvg-wasm): no native binary, and fonts handed over as bytes read once. (The native
// @resvg/resvg-js re-reads a font file from disk for every text run; with a 20 MB CJK collection
// that made a small diagram take many seconds.) resvg uses only the first name of a font-family
// list, so the drawing's CSS font stacks are swapped for one installed family before painting.
// Korean needs a font with Hangul glyphs: we look for one among the installed fonts and, when
// there is none, paint with a Latin font and say so (Korean then shows as empty boxes).
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { MONO, SANS } from "../io/svg-render.ts";

interface FontFamilies {
  /** Files making up the family (regular and bold). */
  files: RegExp;
  sans: string;
  mono: string;
  korean: boolean;
}

/** Known fonts by file name, best first: Korean ones, then Latin-only ones. */
const FONTS: readonly FontFamilies[] = [
  {
    files: /^NotoSansCJK(kr)?-(Regular|Bold)\.(ttc|otc|otf)$/i,
    sans: "Noto Sans CJK KR",
    mono: "Noto Sans Mono CJK KR",
    korean: true,
  },
  {
    files: /^NotoSansKR-(Regular|Bold)\.(otf|ttf)$/i,
    sans: "Noto Sans KR",
    mono: "Noto Sans KR",
    korean: true,
  },
  {
    files: /^AppleSDGothicNeo\.ttc$/i,
    sans: "Apple SD Gothic Neo",
    mono: "Apple SD Gothic Neo",
    korean: true,
  },
  { files: /^malgun(bd)?\.ttf$/i, sans: "Malgun Gothic", mono: "Malgun Gothic", korean: true },
  { files: /^NanumGothic(Bold)?\.ttf$/i, sans: "NanumGothic", mono: "NanumGothic", korean: true },
  {
    files: /^DejaVuSans(-Bold|Mono|Mono-Bold)?\.ttf$/i,
    sans: "DejaVu Sans",
    mono: "DejaVu Sans Mono",
    korean: false,
  },
  {
    files: /^Liberation(Sans|Mono)-(Regular|Bold)\.ttf$/i,
    sans: "Liberation Sans",
    mono: "Liberation Mono",
    korean: false,
  },
  { files: /^(arial|arialbd|consola|consolab)\.ttf$/i, sans: "Arial", mono: "Consolas", korean: false },
  { files: /^(Helvetica|Menlo)\.ttc$/i, sans: "Helvetica", mono: "Menlo", korean: false },
];

/** Where operating systems keep fonts; missing folders are skipped. */
function systemFontDirs(): string[] {
  const home = homedir();
  const dirs = [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    join(home, ".fonts"),
    join(home, ".local/share/fonts"),
    "/System/Library/Fonts",
    "/Library/Fonts",
    join(home, "Library/Fonts"),
  ];
  if (process.env.WINDIR) dirs.push(join(process.env.WINDIR, "Fonts"));
  return dirs;
}

/** Every font file under `dirs` (a few levels deep), in a stable order. */
function fontFiles(dirs: readonly string[]): { name: string; path: string }[] {
  const found: { name: string; path: string }[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (depth < 4) walk(path, depth + 1);
      } else if (/\.(ttf|otf|ttc|otc)$/i.test(e.name)) {
        found.push({ name: e.name, path });
      }
    }
  };
  for (const dir of dirs) walk(dir, 0);
  return found;
}

interface ChosenFonts {
  sans: string;
  mono: string;
  korean: boolean;
  paths: string[];
}

/** The best known font family installed under `dirs`, Korean ones first; undefined when none. */
function chooseFonts(dirs: readonly string[]): ChosenFonts | undefined {
  const files = fontFiles(dirs);
  for (const family of FONTS) {
    const paths = files.filter((f) => family.files.test(f.name)).map((f) => f.path);
    if (paths.length > 0) return { sans: family.sans, mono: family.mono, korean: family.korean, paths };
  }
  return undefined;
}

/** Text a Latin-only font can't show: Hangul, CJK ideographs, kana, full-width forms. */
const NEEDS_CJK_FONT = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

export interface RasterOptions {
  /** Folders searched for fonts (default: systemFontDirs()); tests point it elsewhere. */
  fontDirs?: readonly string[];
}

interface Raster {
  png: Uint8Array;
  width: number;
  height: number;
  /** Set when the drawing has Korean (CJK) text but no font with those glyphs was found. */
  missingCjkFont: boolean;
  /** Set when no font at all was found: the text is not drawn. */
  missingFonts: boolean;
}

let wasmReady: Promise<void> | undefined;
const fontCache = new Map<string, { chosen: ChosenFonts | undefined; buffers: Uint8Array[] }>();

function loadWasm(): Promise<void> {
  if (!wasmReady) {
    const require = createRequire(import.meta.url);
    wasmReady = initWasm(readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
  }
  return wasmReady;
}

/** The fonts for `dirs`, read once per process. */
function fontsFor(dirs: readonly string[]) {
  const key = dirs.join("\n");
  let entry = fontCache.get(key);
  if (!entry) {
    const chosen = chooseFonts(dirs);
    const buffers = (chosen?.paths ?? []).map((p) => new Uint8Array(readFileSync(p)));
    entry = { chosen, buffers };
    fontCache.set(key, entry);
  }
  return entry;
}

const quote = (family: string) => `'${family}'`;

/** Paints `svg` at its own size (its width/height attributes are the PNG's pixels). */
export async function rasterize(svg: string, options: RasterOptions = {}): Promise<Raster> {
  await loadWasm();
  const { chosen, buffers } = fontsFor(options.fontDirs ?? systemFontDirs());
  const sans = chosen?.sans ?? "sans-serif";
  const mono = chosen?.mono ?? "monospace";
  const painted = svg
    .replaceAll(`font-family="${SANS}"`, `font-family="${quote(sans)}"`)
    .replaceAll(`font-family="${MONO}"`, `font-family="${quote(mono)}"`);
  const resvg = new Resvg(painted, {
    font: { fontBuffers: buffers, defaultFontFamily: sans, sansSerifFamily: sans, monospaceFamily: mono },
  });
  try {
    const image = resvg.render();
    const result = {
      png: new Uint8Array(image.asPng()),
      width: image.width,
      height: image.height,
      missingCjkFont: !chosen?.korean && NEEDS_CJK_FONT.test(svg),
      missingFonts: chosen === undefined,
    };
    image.free();
    return result;
  } finally {
    resvg.free();
  }
}
