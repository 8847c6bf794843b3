// zlib inflation that stops at a size limit. A few kilobytes of deflate can expand a thousandfold,
// so compressed input (share links, PNG text chunks) is fed to fflate's streaming inflater in
// small slices and abandoned as soon as the output passes the limit: memory and time stay
// proportional to the limit, never to what the input would expand to.
import { Unzlib } from "fflate";

type InflateError = "too-large" | "damaged";
type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; error: InflateError };

/** Input slice per step: deflate expands at most ~1032×, so one step adds at most ~4 MB. */
const SLICE = 4096;

/** Adler-32 (zlib's trailer checksum) over `bytes`. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the longest run before the sums can overflow 32 bits (zlib's NMAX).
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * Inflates zlib data (header, deflate, Adler-32 trailer), checking the trailer: fflate does not,
 * and a cut or altered payload must be refused rather than read half-way.
 */
export function inflateZlibLimited(data: Uint8Array, limit: number): InflateResult {
  if (data.length < 6) return { ok: false, error: "damaged" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const stream = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > limit) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !tooLarge; at += SLICE) {
      const end = Math.min(at + SLICE, data.length);
      stream.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return { ok: false, error: tooLarge ? "too-large" : "damaged" };
  }
  if (tooLarge) return { ok: false, error: "too-large" };
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return view.getUint32(data.length - 4) === adler32(out)
    ? { ok: true, bytes: out }
    : { ok: false, error: "damaged" };
}
