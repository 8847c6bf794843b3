// Reading a dropped or chosen file: a topology file (.json, .yaml, .yml), or an image exported by
// ec2viz (.png, .svg) whose embedded topology is taken out. The text then goes to the topology
// parser, which the caller passes in (src/io/parse.ts `parseTopologyText`), so this module only
// knows about containers, not about the document format.
import { t } from "../i18n/strings.ts";
import type { Lang } from "../model/diagnostics.ts";
import { formatBytes, MAX_FILE_BYTES, MAX_INFLATED_BYTES } from "./limits.ts";
import { isPng, readTopologyFromPng } from "./png-metadata.ts";
import { readTopologyFromSvg } from "./svg-metadata.ts";
import { decodeTopologyBytes } from "./text-decode.ts";

type FileSource = "json" | "yaml" | "png" | "svg";

export type OpenFileErrorKind =
  | "unsupported-type"
  | "no-embedded-topology"
  | "damaged-image"
  | "unreadable"
  | "too-large"
  | "embedded-too-large"
  | "not-utf8";

type ExtractResult = { ok: true; text: string; source: FileSource } | { ok: false; error: OpenFileErrorKind };

/** The part of a File this module needs (a File or Blob with a name works). */
export interface FileLike {
  name: string;
  /** Bytes, when known before reading (File has it): a file over MAX_FILE_BYTES is refused unread. */
  size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const EXTENSIONS: Record<string, FileSource> = {
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  png: "png",
  svg: "svg",
};

function sourceOf(name: string, bytes: Uint8Array): FileSource | undefined {
  if (isPng(bytes)) return "png";
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const byName = ext ? EXTENSIONS[ext] : undefined;
  if (byName) return byName === "png" ? undefined : byName;
  // No telling extension: look at the start of the text.
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg\b/.test(head)) return "svg";
  if (head.startsWith("{")) return "json";
  return ext === undefined || ext === "txt" ? "yaml" : undefined;
}

/** The topology text inside `file`, or why there is none. */
export async function extractTopologyText(
  file: FileLike,
  inflatedLimit = MAX_INFLATED_BYTES,
): Promise<ExtractResult> {
  if (file.size !== undefined && file.size > MAX_FILE_BYTES) return { ok: false, error: "too-large" };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: "unreadable" };
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: "too-large" };
  const source = sourceOf(file.name, bytes);
  if (source === undefined) return { ok: false, error: "unsupported-type" };
  if (source === "png") {
    const read = readTopologyFromPng(bytes, inflatedLimit);
    if (read.ok) return { ok: true, text: read.text, source };
    const error =
      read.error === "not-found"
        ? "no-embedded-topology"
        : read.error === "too-large"
          ? "embedded-too-large"
          : "damaged-image";
    return { ok: false, error };
  }
  const decoded = decodeTopologyBytes(bytes);
  if (!decoded.ok) return { ok: false, error: "not-utf8" };
  if (source === "svg") {
    const read = readTopologyFromSvg(decoded.text);
    if (read.ok) return { ok: true, text: read.text, source };
    return { ok: false, error: read.error === "damaged" ? "damaged-image" : "no-embedded-topology" };
  }
  return { ok: true, text: decoded.text, source };
}

type OpenResult<R> = { ok: true; source: FileSource; parsed: R } | { ok: false; error: OpenFileErrorKind };

/** Extracts the text and hands it to `parse` (e.g. `parseTopologyText` from ./parse.ts). */
export async function openTopologyFile<R>(
  file: FileLike,
  parse: (text: string, format: "json" | "yaml") => R,
): Promise<OpenResult<R>> {
  const extracted = await extractTopologyText(file);
  if (!extracted.ok) return extracted;
  // Images embed JSON; a .json file is read as JSON even when it doesn't start with "{".
  const format = extracted.source === "yaml" ? "yaml" : "json";
  return { ok: true, source: extracted.source, parsed: parse(extracted.text, format) };
}

export function openFileErrorMessage(kind: OpenFileErrorKind, lang: Lang): string {
  switch (kind) {
    case "unsupported-type":
      return t(lang, "io.open.unsupportedType");
    case "no-embedded-topology":
      return t(lang, "io.open.noEmbeddedTopology");
    case "damaged-image":
      return t(lang, "io.open.damagedImage");
    case "unreadable":
      return t(lang, "io.open.unreadable");
    case "too-large":
      return t(lang, "io.open.tooLarge", { max: formatBytes(MAX_FILE_BYTES) });
    case "embedded-too-large":
      return t(lang, "io.open.embeddedTooLarge", { max: formatBytes(MAX_INFLATED_BYTES) });
    case "not-utf8":
      return t(lang, "io.open.notUtf8");
  }
}
