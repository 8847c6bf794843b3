// Generated hostile inputs from the reliability review (../shared/reviews/reliability-review.md),
// small where possible: each is built here rather than stored, so tests stay light and readable.
import { strToU8, zlibSync } from "fflate";
import { concatBytes, makeChunk } from "../png-metadata.ts";
import { toBase64Url } from "../share-link.ts";

/** zlib data that inflates to `bytes` zero bytes (about a thousandth of that compressed). */
export const zlibBomb = (bytes: number): Uint8Array => zlibSync(new Uint8Array(bytes), { level: 9 });

/** A share-link fragment whose payload inflates to `bytes` bytes. */
export const shareLinkBomb = (bytes: number): string => `#t=${toBase64Url(zlibBomb(bytes))}`;

/** A share-link fragment carrying any text (valid zlib, checked trailer). */
export const shareLinkOf = (text: string): string => `#t=${toBase64Url(zlibSync(strToU8(text)))}`;

/** A 1×1 PNG with one extra chunk before IEND (none by default). */
export function pngWith(extra: Uint8Array = new Uint8Array(0)): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    makeChunk("IHDR", ihdr),
    makeChunk("IDAT", zlibSync(new Uint8Array([0, 255, 255, 255, 255]))),
    extra,
    makeChunk("IEND", new Uint8Array(0)),
  ];
  return concatBytes(parts);
}

/** An iTXt chunk under `keyword` whose compressed text is `zlib`. */
export function iTxtChunk(keyword: string, zlib: Uint8Array): Uint8Array {
  const head = strToU8(`${keyword}\0\x01\x00\0\0`, true);
  const data = new Uint8Array(head.length + zlib.length);
  data.set(head);
  data.set(zlib, head.length);
  return makeChunk("iTXt", data);
}

/** The classic "billion laughs" in YAML: `levels` levels of nine aliases each (353 bytes for 9). */
export function yamlAliasBomb(levels = 9): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let l = 1; l < levels; l++) {
    const prev = String.fromCharCode(96 + l);
    const name = String.fromCharCode(97 + l);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
  }
  return `version: 1\n${lines.join("\n")}\n`;
}
