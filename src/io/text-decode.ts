// Bytes of a topology file -> its text. UTF-8 is the format's encoding; a byte-order mark is
// accepted (and dropped), UTF-16 (with a BOM, or plain ASCII-range text with zero bytes) is read
// too, because Windows editors save it. Anything else is named instead of read as mojibake.

type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: "not-utf8" };

function encodingOf(bytes: Uint8Array): { encoding: TextEncodingName; skip: number } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", skip: 2 };
  // No mark: a topology starts with ASCII ("{", "version:", a comment), one zero byte per character in UTF-16.
  if (bytes.length >= 2 && a !== 0 && b === 0) return { encoding: "utf-16le", skip: 0 };
  if (bytes.length >= 2 && a === 0 && b !== 0) return { encoding: "utf-16be", skip: 0 };
  return { encoding: "utf-8", skip: 0 };
}

export function decodeTopologyBytes(bytes: Uint8Array): DecodeResult {
  const { encoding, skip } = encodingOf(bytes);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
    return { ok: true, text: text.replace(/^\uFEFF/, ""), encoding };
  } catch {
    return { ok: false, error: "not-utf8" };
  }
}
