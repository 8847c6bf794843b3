import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PngRowWriter } from "./png-encode.ts";
import { concatBytes, pngSize, readChunks, readTopologyFromPng, topologyChunk } from "./png-metadata.ts";

/** Decodes our own output back to RGBA (Up filter only), independently of the writer. */
function decode(parts: Uint8Array[]) {
  const file = concatBytes(parts);
  const read = readChunks(file);
  if (!read.ok) throw new Error(read.error);
  expect(read.chunks.every((c) => c.crcOk)).toBe(true);
  const size = pngSize(file) as { width: number; height: number };
  const idat = read.chunks.filter((c) => c.type === "IDAT").map((c) => c.data);
  const raw = unzlibSync(concatBytes(idat));
  const stride = size.width * 4;
  expect(raw.length).toBe(size.height * (stride + 1));
  const out = new Uint8Array(size.height * stride);
  for (let y = 0; y < size.height; y++) {
    if (raw[y * (stride + 1)] !== 2) throw new Error(`row ${y}: filter ${raw[y * (stride + 1)]}`);
    for (let i = 0; i < stride; i++) {
      const up = y > 0 ? (out[(y - 1) * stride + i] as number) : 0;
      out[y * stride + i] = ((raw[y * (stride + 1) + 1 + i] as number) + up) & 0xff;
    }
  }
  return { file, size, pixels: out, types: read.chunks.map((c) => c.type) };
}

describe("PngRowWriter", () => {
  it("writes the rows it is given, band by band, into a valid PNG with the extra chunks", () => {
    const width = 37;
    const height = 23;
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 5)) & 0xff;
    const writer = new PngRowWriter(width, height, [topologyChunk('{"version":2,"name":"x"}')]);
    // Uneven bands, the last read from a wider buffer (a stride larger than the row).
    writer.writeRows(pixels, 10);
    writer.writeRows(pixels.subarray(10 * width * 4), 5);
    const wide = new Uint8Array(8 * (width + 3) * 4);
    for (let r = 0; r < 8; r++)
      wide.set(pixels.subarray((15 + r) * width * 4, (16 + r) * width * 4), r * (width + 3) * 4 + 12);
    writer.writeRows(wide, 8, (width + 3) * 4, 12);
    const { file, size, pixels: back, types } = decode(writer.finish());
    expect(size).toEqual({ width, height });
    expect(Buffer.compare(back, pixels)).toBe(0);
    expect(types[0]).toBe("IHDR");
    expect(types[1]).toBe("iTXt");
    expect(types.at(-1)).toBe("IEND");
    expect(readTopologyFromPng(file)).toEqual({ ok: true, text: '{"version":2,"name":"x"}' });
  });

  it("splits long output into several IDAT chunks", () => {
    const width = 512;
    const height = 1024;
    const pixels = new Uint8Array(width * height * 4);
    let seed = 1;
    for (let i = 0; i < pixels.length; i++) {
      // xorshift32: noise that deflate can't shrink.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      pixels[i] = seed & 0xff;
    }
    const writer = new PngRowWriter(width, height, [], 1);
    for (let y = 0; y < height; y += 64) writer.writeRows(pixels.subarray(y * width * 4), 64);
    const { pixels: back, types } = decode(writer.finish());
    expect(types.filter((t) => t === "IDAT").length).toBeGreaterThan(1);
    expect(Buffer.compare(back, pixels)).toBe(0);
  });

  it("refuses sizes and row counts that don't make a PNG", () => {
    expect(() => new PngRowWriter(0, 5)).toThrow(/can't be written/);
    const writer = new PngRowWriter(2, 2);
    expect(() => writer.finish()).toThrow(/0 of 2 rows/);
    expect(() => writer.writeRows(new Uint8Array(24), 3)).toThrow(/more rows/);
    expect(() => writer.writeRows(new Uint8Array(4), 1)).toThrow(/cut short/);
  });
});
