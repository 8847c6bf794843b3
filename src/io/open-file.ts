// Reading a dropped or chosen file: a topology file (.json, .yaml, .yml), or an image exported by
// ec2viz (.png, .svg) whose embedded topology is taken out. The text then goes to the topology
// parser, which the caller passes in (src/io/parse.ts `parseTopologyText`), so this module only
// knows about containers, not about the document format.
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

export { OPEN_ACCEPT } from "./open-accept.ts";

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
  const ko = lang === "ko";
  switch (kind) {
    case "unsupported-type":
      return ko
        ? "ec2viz가 여는 파일은 .json, .yaml, .yml 토폴로지와 ec2viz에서 내보낸 .png, .svg 이미지입니다."
        : "ec2viz opens .json, .yaml and .yml topology files, and .png and .svg images exported by ec2viz.";
    case "no-embedded-topology":
      return ko
        ? "이 이미지에는 토폴로지가 들어 있지 않습니다. ec2viz에서 내보낸 이미지만 다시 열 수 있습니다."
        : "This image holds no topology: only images exported by ec2viz can be opened again.";
    case "damaged-image":
      return ko
        ? "이미지 파일이 손상되어 안에 든 토폴로지를 읽을 수 없습니다."
        : "The image file is damaged, so the topology inside it can't be read.";
    case "unreadable":
      return ko ? "파일을 읽을 수 없습니다." : "The file could not be read.";
    case "too-large":
      return ko
        ? `파일이 ${formatBytes(MAX_FILE_BYTES)}보다 큽니다. ec2viz가 여는 파일은 ${formatBytes(MAX_FILE_BYTES)}까지입니다.`
        : `The file is larger than ${formatBytes(MAX_FILE_BYTES)}, the most ec2viz opens.`;
    case "embedded-too-large":
      return ko
        ? `이미지 안의 토폴로지를 풀면 ${formatBytes(MAX_INFLATED_BYTES)}를 넘어 열지 않습니다.`
        : `The topology inside this image unpacks to more than ${formatBytes(MAX_INFLATED_BYTES)}, so it isn't opened.`;
    case "not-utf8":
      return ko
        ? "파일이 UTF-8 텍스트가 아닙니다. 편집기에서 UTF-8로 저장한 뒤 다시 여세요."
        : "The file is not UTF-8 text. Save it as UTF-8 in your editor and open it again.";
  }
}
