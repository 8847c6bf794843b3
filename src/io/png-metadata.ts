// Text chunks inside PNG files: exported images carry their topology in an iTXt chunk (keyword
// "ec2viz-topology", zlib-compressed UTF-8), so opening the image again gives back the document.
// Pure byte work, no DOM: it runs the same in the browser, in Node and in tests.
import { strFromU8, strToU8, zlibSync } from "fflate";
import { inflateZlibLimited } from "./inflate-limited.ts";
import { MAX_INFLATED_BYTES } from "./limits.ts";

export const TOPOLOGY_KEYWORD = "ec2viz-topology";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

let table: Uint32Array | undefined;

/** CRC-32 as PNG uses it (ISO 3309 polynomial, reflected), over `bytes[start, end)`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++)
    crc = (table[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface PngChunk {
  type: string;
  /** Offset of the chunk's length field in the file. */
  offset: number;
  /** The chunk's data (a view into the file, not a copy). */
  data: Uint8Array;
  crcOk: boolean;
}

type PngReadError = "not-png" | "truncated";

/** Walks the chunks of a PNG; stops after IEND. */
export function readChunks(
  png: Uint8Array,
): { ok: true; chunks: PngChunk[] } | { ok: false; error: PngReadError } {
  if (!isPng(png)) return { ok: false, error: "not-png" };
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at: number = SIGNATURE.length;
  while (at < png.length) {
    if (at + 12 > png.length) return { ok: false, error: "truncated" };
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > png.length) return { ok: false, error: "truncated" };
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const stored = view.getUint32(at + 8 + length);
    chunks.push({
      type,
      offset: at,
      data: png.subarray(at + 8, at + 8 + length),
      crcOk: crc32(png, at + 4, at + 8 + length) === stored,
    });
    at = end;
    if (type === "IEND") return { ok: true, chunks };
  }
  return { ok: false, error: "truncated" };
}

/** One complete chunk (length, type, data, CRC) as bytes. */
/** The bytes of `parts`, one after the other, in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

function checkKeyword(keyword: string): void {
  // PNG keywords are 1-79 Latin-1 printable characters.
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword)) throw new Error(`invalid PNG text keyword "${keyword}"`);
}

/** iTXt data: keyword, compressed flag 1, method 0, no language, no translated keyword, zlib text. */
function iTxtData(keyword: string, text: string): Uint8Array {
  const head = strToU8(`${keyword}\0\x01\x00\0\0`, true);
  const body = zlibSync(strToU8(text), { level: 9 });
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

/** The keyword a tEXt, zTXt or iTXt chunk starts with. */
function keywordOf(data: Uint8Array): string | undefined {
  const nul = data.indexOf(0);
  return nul <= 0 ? undefined : strFromU8(data.subarray(0, nul), true);
}

const TEXT_TYPES = new Set(["tEXt", "zTXt", "iTXt"]);

/**
 * A copy of `png` with `text` stored under `keyword` in a compressed iTXt chunk just before IEND.
 * Text chunks with the same keyword are dropped, so re-exporting never piles up old copies.
 */
export function writePngText(png: Uint8Array, keyword: string, text: string): Uint8Array<ArrayBuffer> {
  checkKeyword(keyword);
  const read = readChunks(png);
  if (!read.ok) throw new Error(read.error === "not-png" ? "not a PNG file" : "the PNG file is cut short");
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE.length)];
  for (const chunk of read.chunks) {
    if (chunk.type === "IEND") parts.push(makeChunk("iTXt", iTxtData(keyword, text)));
    if (TEXT_TYPES.has(chunk.type) && keywordOf(chunk.data) === keyword) continue;
    parts.push(png.subarray(chunk.offset, chunk.offset + 12 + chunk.data.length));
  }
  return concatBytes(parts);
}

type PngTextError = PngReadError | "not-found" | "bad-crc" | "bad-data" | "too-large";

type PngTextResult = { ok: true; text: string } | { ok: false; error: PngTextError };

class TooLarge extends Error {}

/** Inflates a compressed text value, stopping at `limit` bytes; throws on damaged data. */
function inflateText(body: Uint8Array, limit: number): Uint8Array {
  const inflated = inflateZlibLimited(body, limit);
  if (inflated.ok) return inflated.bytes;
  throw inflated.error === "too-large" ? new TooLarge() : new Error("damaged compressed text");
}

/** Decodes one text chunk's value; throws on damaged compressed data or past `limit` bytes. */
function decodeText(type: string, data: Uint8Array, keywordLength: number, limit: number): string {
  let at = keywordLength + 1;
  if (type === "tEXt") {
    if (data.length - at > limit) throw new TooLarge();
    return strFromU8(data.subarray(at), true);
  }
  if (type === "zTXt") return strFromU8(inflateText(data.subarray(at + 1), limit), true);
  const compressed = data[at] === 1;
  at += 2;
  for (let skip = 0; skip < 2; skip++) {
    const nul = data.indexOf(0, at);
    if (nul < 0) throw new Error("iTXt header cut short");
    at = nul + 1;
  }
  const body = data.subarray(at);
  if (!compressed && body.length > limit) throw new TooLarge();
  return new TextDecoder("utf-8", { fatal: true }).decode(compressed ? inflateText(body, limit) : body);
}

/** The text stored under `keyword` (tEXt, zTXt or iTXt), with a named reason when it can't be read. */
export function readPngText(png: Uint8Array, keyword: string, limit = MAX_INFLATED_BYTES): PngTextResult {
  const read = readChunks(png);
  if (!read.ok) return read;
  const chunk = read.chunks.find((c) => TEXT_TYPES.has(c.type) && keywordOf(c.data) === keyword);
  if (!chunk) return { ok: false, error: "not-found" };
  if (!chunk.crcOk) return { ok: false, error: "bad-crc" };
  try {
    return { ok: true, text: decodeText(chunk.type, chunk.data, keyword.length, limit) };
  } catch (error) {
    return { ok: false, error: error instanceof TooLarge ? "too-large" : "bad-data" };
  }
}

export const embedTopologyInPng = (png: Uint8Array, json: string): Uint8Array<ArrayBuffer> =>
  writePngText(png, TOPOLOGY_KEYWORD, json);

/** The iTXt chunk carrying the topology, for a PNG written chunk by chunk (png-encode.ts). */
export const topologyChunk = (json: string): Uint8Array =>
  makeChunk("iTXt", iTxtData(TOPOLOGY_KEYWORD, json));

export const readTopologyFromPng = (png: Uint8Array, limit = MAX_INFLATED_BYTES): PngTextResult =>
  readPngText(png, TOPOLOGY_KEYWORD, limit);

/** Width and height from the IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  if (!isPng(png) || png.length < 24) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
