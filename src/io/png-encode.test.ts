import fc from "fast-check";
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
  it("writes the rows it is given, band by band, into a valid PNG with the extra chunks", async () => {
    const width = 37;
    const height = 23;
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 5)) & 0xff;
    const writer = new PngRowWriter(width, height, [topologyChunk('{"version":2,"name":"x"}')]);
    // Uneven bands, the last read from a wider buffer (a stride larger than the row).
    await writer.writeRows(pixels, 10);
    await writer.writeRows(pixels.subarray(10 * width * 4), 5);
    const wide = new Uint8Array(8 * (width + 3) * 4);
    for (let r = 0; r < 8; r++)
      wide.set(pixels.subarray((15 + r) * width * 4, (16 + r) * width * 4), r * (width + 3) * 4 + 12);
    await writer.writeRows(wide, 8, (width + 3) * 4, 12);
    const { file, size, pixels: back, types } = decode(await writer.finish());
    expect(size).toEqual({ width, height });
    expect(Buffer.compare(back, pixels)).toBe(0);
    expect(types[0]).toBe("IHDR");
    expect(types[1]).toBe("iTXt");
    expect(types.at(-1)).toBe("IEND");
    expect(readTopologyFromPng(file)).toEqual({ ok: true, text: '{"version":2,"name":"x"}' });
  });

  it("splits long output into several IDAT chunks", async () => {
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
    const writer = new PngRowWriter(width, height);
    for (let y = 0; y < height; y += 64) await writer.writeRows(pixels.subarray(y * width * 4), 64);
    const { pixels: back, types } = decode(await writer.finish());
    expect(types.filter((t) => t === "IDAT").length).toBeGreaterThan(1);
    expect(Buffer.compare(back, pixels)).toBe(0);
  });

  it("refuses sizes and row counts that don't make a PNG", async () => {
    expect(() => new PngRowWriter(0, 5)).toThrow(/can't be written/);
    const writer = new PngRowWriter(2, 2);
    await expect(writer.finish()).rejects.toThrow(/0 of 2 rows/);
    await expect(writer.writeRows(new Uint8Array(24), 3)).rejects.toThrow(/more rows/);
    await expect(writer.writeRows(new Uint8Array(4), 1)).rejects.toThrow(/cut short/);
  });

  it("gives back exactly the pixels it was given, for any size, bands, stride and offset (aligned or not)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        async (width, height, band, extra, offset, seed) => {
          const pixels = new Uint8Array(width * height * 4);
          let s = seed | 1;
          for (let i = 0; i < pixels.length; i++) {
            s ^= s << 13;
            s ^= s >>> 17;
            s ^= s << 5;
            // Runs of one colour (as in a diagram) mixed with noise, every byte value reached.
            pixels[i] = (s & 3) === 0 ? (s >>> 8) & 0xff : (pixels[i - 4] ?? 0xff);
          }
          const stride = width * 4 + extra;
          const writer = new PngRowWriter(width, height);
          for (let y = 0; y < height; y += band) {
            const rows = Math.min(band, height - y);
            // Each band from a wider buffer at an offset: odd offsets and strides are read byte-wise.
            const buffer = new Uint8Array(offset + rows * stride + 3).subarray(offset % 4);
            for (let r = 0; r < rows; r++)
              buffer.set(pixels.subarray((y + r) * width * 4, (y + r + 1) * width * 4), offset + r * stride);
            await writer.writeRows(buffer, rows, stride, offset);
          }
          expect(Buffer.compare(decode(await writer.finish()).pixels, pixels)).toBe(0);
        },
      ),
      { numRuns: 120 },
    );
  });
});
