import fc from "fast-check";
import { strToU8, zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  concatBytes,
  crc32,
  embedTopologyInPng,
  isPng,
  makeChunk,
  pngSize,
  readChunks,
  readPngText,
  readTopologyFromPng,
  TOPOLOGY_KEYWORD,
  writePngText,
} from "./png-metadata.ts";

/** A real width x height RGBA PNG: IHDR, one IDAT of filter-0 scanlines, IEND. */
function tinyPng(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filters, no interlace
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([x * 40, y * 40, 200, 255], y * (1 + width * 4) + 1 + x * 4);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    makeChunk("IHDR", ihdr),
    makeChunk("IDAT", zlibSync(raw)),
    makeChunk("IEND", new Uint8Array(0)),
  ];
  return concatBytes(parts);
}

function textChunk(type: "tEXt" | "zTXt", keyword: string, text: string): Uint8Array {
  const head = strToU8(`${keyword}\0${type === "zTXt" ? "\0" : ""}`, true);
  const body = type === "zTXt" ? zlibSync(strToU8(text, true)) : strToU8(text, true);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return makeChunk(type, data);
}

/** Puts an extra chunk right after IHDR. */
function insertAfterHeader(png: Uint8Array, chunk: Uint8Array): Uint8Array {
  const cut = 8 + 12 + 13;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, cut));
  out.set(chunk, cut);
  out.set(png.subarray(cut), cut + chunk.length);
  return out;
}

describe("crc32", () => {
  it("matches the standard check value and the CRC of every PNG's IEND chunk", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(strToU8("IEND"))).toBe(0xae426082);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("writes chunks whose stored CRC is the one PNG readers expect", () => {
    const iend = makeChunk("IEND", new Uint8Array(0));
    expect([...iend]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  });
});

describe("PNG text chunks", () => {
  const png = tinyPng(3, 2);

  it("builds a well-formed test image", () => {
    expect(isPng(png)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    const read = readChunks(png);
    expect(read.ok && read.chunks.map((c) => [c.type, c.crcOk])).toEqual([
      ["IHDR", true],
      ["IDAT", true],
      ["IEND", true],
    ]);
  });

  it("round-trips the topology JSON, Korean text included, and keeps the image chunks intact", () => {
    const json = JSON.stringify({ version: 1, name: '서울 <web> & "db"', regions: [] });
    const out = embedTopologyInPng(png, json);
    expect(readTopologyFromPng(out)).toEqual({ ok: true, text: json });
    const read = readChunks(out);
    if (!read.ok) throw new Error(read.error);
    expect(read.chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "iTXt", "IEND"]);
    expect(read.chunks.every((c) => c.crcOk)).toBe(true);
    const before = readChunks(png);
    if (!before.ok) throw new Error(before.error);
    expect([...(read.chunks[1]?.data ?? [])]).toEqual([...(before.chunks[1]?.data ?? [])]);
    expect(pngSize(out)).toEqual({ width: 3, height: 2 });
  });

  it("compresses the text", () => {
    const json = JSON.stringify({ instances: Array.from({ length: 200 }, (_, i) => ({ id: `i-${i}` })) });
    const out = embedTopologyInPng(png, json);
    expect(out.length - png.length).toBeLessThan(json.length / 3);
  });

  it("replaces an earlier copy instead of adding a second one", () => {
    const once = embedTopologyInPng(png, '{"a":1}');
    const twice = embedTopologyInPng(once, '{"a":2}');
    const read = readChunks(twice);
    expect(read.ok && read.chunks.filter((c) => c.type === "iTXt").length).toBe(1);
    expect(readTopologyFromPng(twice)).toEqual({ ok: true, text: '{"a":2}' });
  });

  it("keeps text chunks with other keywords", () => {
    const withOther = insertAfterHeader(png, textChunk("tEXt", "Software", "ec2viz"));
    const out = embedTopologyInPng(withOther, "{}");
    expect(readPngText(out, "Software")).toEqual({ ok: true, text: "ec2viz" });
    expect(readTopologyFromPng(out)).toEqual({ ok: true, text: "{}" });
  });

  it("reads tEXt and zTXt chunks too", () => {
    expect(
      readPngText(insertAfterHeader(png, textChunk("tEXt", TOPOLOGY_KEYWORD, '{"t":1}')), TOPOLOGY_KEYWORD),
    ).toEqual({ ok: true, text: '{"t":1}' });
    expect(
      readPngText(insertAfterHeader(png, textChunk("zTXt", TOPOLOGY_KEYWORD, '{"z":2}')), TOPOLOGY_KEYWORD),
    ).toEqual({ ok: true, text: '{"z":2}' });
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(readTopologyFromPng(embedTopologyInPng(png, text))).toEqual({ ok: true, text });
      }),
      { numRuns: 60 },
    );
  });

  it("names what is wrong with a damaged file", () => {
    const out = embedTopologyInPng(png, '{"version":1}');
    expect(readTopologyFromPng(png)).toEqual({ ok: false, error: "not-found" });
    expect(readTopologyFromPng(strToU8("GIF89a....."))).toEqual({ ok: false, error: "not-png" });
    expect(readTopologyFromPng(out.subarray(0, out.length - 20))).toEqual({ ok: false, error: "truncated" });

    const read = readChunks(out);
    if (!read.ok) throw new Error(read.error);
    const itxt = read.chunks.find((c) => c.type === "iTXt");
    if (!itxt) throw new Error("no iTXt");
    const flipped = out.slice();
    const last = itxt.offset + 8 + itxt.data.length - 1;
    flipped[last] = (flipped[last] as number) ^ 0xff;
    expect(readTopologyFromPng(flipped)).toEqual({ ok: false, error: "bad-crc" });

    // Garbage compressed data with a correct CRC: the chunk is intact but its contents aren't.
    const garbage = makeChunk("iTXt", strToU8(`${TOPOLOGY_KEYWORD}\0\x01\x00\0\0not zlib at all`, true));
    expect(readTopologyFromPng(insertAfterHeader(png, garbage))).toEqual({ ok: false, error: "bad-data" });
  });

  it("refuses to write into something that is not a PNG, and bad keywords", () => {
    expect(() => writePngText(strToU8("hello"), TOPOLOGY_KEYWORD, "{}")).toThrow(/not a PNG/);
    expect(() => writePngText(png, "", "{}")).toThrow(/keyword/);
    expect(() => writePngText(png, "x".repeat(80), "{}")).toThrow(/keyword/);
  });
});
