// A PNG written row by row, for pictures larger than any canvas: the caller paints one band of
// rows at a time (on a canvas that fits the browser's limits) and hands its pixels over; the rows
// are filtered and deflated as they come, so memory holds one band and the compressed output, never
// the whole picture. 8-bit RGBA, non-interlaced; each row uses the "Up" filter (difference to the
// row above), which turns a diagram's long flat areas into zeros. The deflate is the platform's own
// (CompressionStream "deflate": zlib format, native code in browsers, workers and Node): a strips
// PNG is gigabytes of rows, and a deflate written in JavaScript took a minute for 500 million pixels.
import { concatBytes, makeChunk } from "./png-metadata.ts";

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG's own limit on a side (2^31 - 1). */
const PNG_MAX_SIDE = 0x7fffffff;
/** Compressed bytes gathered before they become one IDAT chunk. */
const IDAT_SIZE = 1 << 20;
const HIGH = 0x80808080;
const LOW = 0x7f7f7f7f;

/**
 * Up filter of one row: out[i] = (line[i] - prev[i]) mod 256, four bytes a step (each byte's
 * subtraction kept from borrowing into the next: the high bits are handled apart).
 */
function filterUp(line: Uint32Array, prev: Uint32Array, out: Uint32Array): void {
  for (let i = 0; i < line.length; i++) {
    const a = line[i] as number;
    const b = prev[i] as number;
    out[i] = ((a | HIGH) - (b & LOW)) ^ ((a ^ ~b) & HIGH);
  }
}

export class PngRowWriter {
  /** The file so far: signature, header, extra chunks, then IDAT chunks as they fill. */
  readonly parts: Uint8Array[] = [];
  private rowsWritten = 0;
  /** The last row written, as words (the Up filter's "above"). */
  private readonly previous: Uint32Array;
  /** One filtered row, word-aligned, before it goes behind its filter-type byte. */
  private readonly filtered: Uint32Array;
  private pending: Uint8Array[] = [];
  private pendingSize = 0;
  private readonly input: WritableStreamDefaultWriter<BufferSource>;
  /** Reads the compressed bytes as they come, into IDAT chunks; settles when the stream ends. */
  private readonly drained: Promise<void>;

  /** `chunks` (e.g. the topology's iTXt) go right after the header. */
  constructor(
    readonly width: number,
    readonly height: number,
    chunks: readonly Uint8Array[] = [],
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
    this.previous = new Uint32Array(width);
    this.filtered = new Uint32Array(width);
    const deflate = new CompressionStream("deflate");
    this.input = deflate.writable.getWriter();
    this.drained = this.drain(deflate.readable.getReader());
    // A failure surfaces through writeRows/finish; this keeps it from also being reported unhandled.
    this.drained.catch(() => {});
  }

  private async drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      this.pending.push(value);
      this.pendingSize += value.length;
      if (this.pendingSize >= IDAT_SIZE) this.flush();
    }
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
   * (default: exactly the width), starting at `offset` in `pixels`. Settles once the deflate has
   * taken them, so a caller that waits holds one band at a time.
   */
  async writeRows(
    pixels: Uint8Array | Uint8ClampedArray,
    count: number,
    stride = this.width * 4,
    offset = 0,
  ): Promise<void> {
    if (this.rowsWritten + count > this.height) throw new Error("more rows than the PNG's height");
    const bytes = this.width * 4;
    if (count > 0 && pixels.length - offset < (count - 1) * stride + bytes)
      throw new Error("a row is cut short");
    const band = new Uint8Array(count * (bytes + 1));
    const filteredBytes = new Uint8Array(this.filtered.buffer);
    // Rows read as words where the buffer allows it (getImageData's always does), else copied.
    const aligned = (pixels.byteOffset + offset) % 4 === 0 && stride % 4 === 0;
    const words = aligned
      ? new Uint32Array(pixels.buffer, pixels.byteOffset + offset, ((count - 1) * stride + bytes) / 4)
      : undefined;
    const copy = aligned ? undefined : new Uint32Array(this.width);
    for (let r = 0; r < count; r++) {
      const start = offset + r * stride;
      let line: Uint32Array;
      if (words) line = words.subarray((r * stride) / 4, (r * stride + bytes) / 4);
      else {
        line = copy as Uint32Array;
        new Uint8Array(line.buffer).set(pixels.subarray(start, start + bytes));
      }
      filterUp(line, this.previous, this.filtered);
      const at = r * (bytes + 1);
      band[at] = 2; // Up
      band.set(filteredBytes, at + 1);
      this.previous.set(line);
    }
    this.rowsWritten += count;
    await this.input.write(band);
  }

  /** The whole file, once every row is written. */
  async finish(): Promise<Uint8Array[]> {
    if (this.rowsWritten !== this.height)
      throw new Error(`${this.rowsWritten} of ${this.height} rows written`);
    await this.input.close();
    await this.drained;
    this.flush();
    this.parts.push(makeChunk("IEND", new Uint8Array(0)));
    return this.parts;
  }
}
