// The one way the CLI reads an input: a file, or standard input when the name is "-". Bounded
// before work: a regular file over the limit is refused before it is read, and anything else
// (standard input, a pipe, /dev/zero) is read in chunks and given up on just past the limit, so
// no input can make the CLI hold more than MAX_FILE_BYTES.

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { MAX_FILE_BYTES } from "../io/limits.ts";

/** The name that means "read standard input". */
const STDIN_NAME = "-";

export type ReadBytesResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; error: "too-large" }
  /** `code` is the system's error code (ENOENT, EISDIR, EACCES…). */
  | { ok: false; error: "cant-read"; code: string };

const codeOf = (error: unknown) => String((error as NodeJS.ErrnoException)?.code ?? "error");

/** Reads `stream` to its end, or stops as soon as it has given more than `limit` bytes. */
async function readLimited(
  stream: NodeJS.ReadableStream & { destroy?: () => void },
  limit: number,
): Promise<ReadBytesResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
      total += bytes.length;
      if (total > limit) {
        stream.destroy?.();
        return { ok: false, error: "too-large" };
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, error: "cant-read", code: codeOf(error) };
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
}

/** The bytes of `path` ("-": standard input), at most `limit` of them. */
export async function readInputBytes(
  path: string,
  limit = MAX_FILE_BYTES,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<ReadBytesResult> {
  if (path === STDIN_NAME) return readLimited(stdin, limit);
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > limit) return { ok: false, error: "too-large" };
    if (info.isDirectory()) return { ok: false, error: "cant-read", code: "EISDIR" };
  } catch (error) {
    return { ok: false, error: "cant-read", code: codeOf(error) };
  }
  return readLimited(createReadStream(path), limit);
}
