// A PNG written row by row, for pictures larger than any canvas: the caller paints one band of
// rows at a time (on a canvas that fits the browser's limits) and hands its pixels over; the rows
// are filtered and deflated as they come, so memory holds one band and the compressed output, never
// the whole picture. 8-bit RGBA, non-interlaced; each row uses the "Up" filter (difference to the
// row above), which turns a diagram's long flat areas into zeros. Pure: runs in a worker and in Node.
import { Zlib } from "fflate";
import { concatBytes, makeChunk } from "./png-metadata.ts";

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG's own limit on a side (2^31 - 1). */
const PNG_MAX_SIDE = 0x7fffffff;
/** Compressed bytes gathered before they become one IDAT chunk. */
const IDAT_SIZE = 1 << 20;

export class PngRowWriter {
  /** The file so far: signature, header, extra chunks, then IDAT chunks as they fill. */
  readonly parts: Uint8Array[] = [];
  private rowsWritten = 0;
  private previous: Uint8Array;
  private pending: Uint8Array[] = [];
  private pendingSize = 0;
  private readonly zlib: Zlib;

  /** `chunks` (e.g. the topology's iTXt) go right after the header. */
  constructor(
    readonly width: number,
    readonly height: number,
    chunks: readonly Uint8Array[] = [],
    level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6,
  ) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
      throw new Error(`a PNG of ${width} × ${height} px can't be written`);
    if (width > PNG_MAX_SIDE || height > PNG_MAX_SIDE)
      throw new Error("a PNG side is at most 2,147,483,647 px");
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filtering, no interlace
    this.parts.push(SIGNATURE, makeChunk("IHDR", header), ...chunks);
    this.previous = new Uint8Array(width * 4);
    this.zlib = new Zlib({ level }, (data) => this.take(data));
  }

  private take(data: Uint8Array) {
    this.pending.push(data);
    this.pendingSize += data.length;
    if (this.pendingSize >= IDAT_SIZE) this.flush();
  }

  private flush() {
    if (this.pendingSize === 0) return;
    this.parts.push(makeChunk("IDAT", concatBytes(this.pending)));
    this.pending = [];
    this.pendingSize = 0;
  }

  /** Rows written so far. */
  get rows(): number {
    return this.rowsWritten;
  }

  /**
   * Adds `count` rows of unpremultiplied RGBA (as getImageData gives), `stride` bytes apart
   * (default: exactly the width), starting at `offset` in `pixels`.
   */
  writeRows(
    pixels: Uint8Array | Uint8ClampedArray,
    count: number,
    stride = this.width * 4,
    offset = 0,
  ): void {
    if (this.rowsWritten + count > this.height) throw new Error("more rows than the PNG's height");
    const bytes = this.width * 4;
    const band = new Uint8Array(count * (bytes + 1));
    const prev = this.previous;
    for (let r = 0; r < count; r++) {
      const start = offset + r * stride;
      const line = pixels.subarray(start, start + bytes);
      if (line.length !== bytes) throw new Error("a row is cut short");
      const at = r * (bytes + 1);
      band[at] = 2; // Up
      for (let i = 0; i < bytes; i++) band[at + 1 + i] = ((line[i] as number) - (prev[i] as number)) & 0xff;
      prev.set(line);
    }
    this.rowsWritten += count;
    this.zlib.push(band, this.rowsWritten === this.height);
  }

  /** The whole file, once every row is written. */
  finish(): Uint8Array[] {
    if (this.rowsWritten !== this.height)
      throw new Error(`${this.rowsWritten} of ${this.height} rows written`);
    this.flush();
    this.parts.push(makeChunk("IEND", new Uint8Array(0)));
    return this.parts;
  }
}
