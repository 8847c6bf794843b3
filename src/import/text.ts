// Bytes -> text -> parsed documents, for every import source. UTF-8 (with or without a byte-order
// mark) and UTF-16 (PowerShell's `>` writes it) are read by the project's one decoder; several JSON
// documents one after another in one file are split; JSON blocks inside reStructuredText
// (`Output::` literal blocks, as in the AWS CLI's documentation) are taken out.
import { jsonErrorOffset } from "../io/json-error-offset.ts";
import { lineColumnOf } from "../io/parse.ts";
import { decodeTopologyBytes } from "../io/text-decode.ts";

/** The text of a file (UTF-8, with or without a BOM, or UTF-16), or undefined for other encodings. */
export function decodeBytes(bytes: Uint8Array): string | undefined {
  const decoded = decodeTopologyBytes(bytes);
  return decoded.ok ? decoded.text : undefined;
}

interface JsonDocument {
  value: unknown;
  /** Where the document starts in the text (for messages). */
  line: number;
}

type JsonDocuments =
  | { ok: true; docs: JsonDocument[] }
  | { ok: false; message: string; line: number; column: number; docs: JsonDocument[] };

const TRAILING_COMMA = /,(\s*[}\]])/g;

/** One or more JSON values written one after another (`aws ... ; aws ...` > file). */
export function parseJsonDocuments(text: string): JsonDocuments {
  const docs: JsonDocument[] = [];
  let pos = 0;
  const lineAt = (offset: number) => lineColumnOf(text, offset).line;
  while (pos < text.length) {
    while (pos < text.length && /\s/.test(text[pos] as string)) pos++;
    if (pos >= text.length) break;
    const rest = pos === 0 ? text : text.slice(pos);
    try {
      docs.push({ value: JSON.parse(rest), line: lineAt(pos) });
      break;
    } catch {
      const offset = jsonErrorOffset(rest);
      const head = rest.slice(0, offset);
      try {
        if (offset <= 0 || offset >= rest.length) throw new Error("not a sequence");
        docs.push({ value: JSON.parse(head), line: lineAt(pos) });
        pos += offset;
      } catch {
        // A trailing comma before } or ] (seen in the AWS CLI's own examples) is forgiven.
        const lenient = tryLenient(rest);
        if (lenient !== undefined) {
          docs.push({ value: lenient, line: lineAt(pos) });
          break;
        }
        const at = lineColumnOf(text, pos + Math.max(0, offset));
        const found = rest[offset];
        const message =
          found === undefined ? "the text ends too early" : `unexpected ${JSON.stringify(found)}`;
        return { ok: false, message, ...at, docs };
      }
    }
  }
  return { ok: true, docs };
}

function tryLenient(text: string): unknown {
  if (!TRAILING_COMMA.test(text)) return undefined;
  try {
    return JSON.parse(text.replace(TRAILING_COMMA, "$1"));
  } catch {
    return undefined;
  }
}

interface RstBlock {
  text: string;
  /** 1-based line of the block's first line in the .rst file. */
  line: number;
}

/** The JSON-looking literal blocks after `Output::` in reStructuredText. */
export function rstJsonBlocks(text: string): RstBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: RstBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/::\s*$/.test(lines[i] as string) || !/output/i.test(lines[i] as string)) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j] as string).trim() === "") j++;
    const start = j;
    const body: string[] = [];
    while (j < lines.length && ((lines[j] as string).trim() === "" || /^\s/.test(lines[j] as string))) {
      body.push(lines[j] as string);
      j++;
    }
    while (body.length > 0 && (body[body.length - 1] as string).trim() === "") body.pop();
    const indent = Math.min(
      ...body.filter((l) => l.trim() !== "").map((l) => /^\s*/.exec(l)?.[0].length ?? 0),
    );
    const block = body.map((l) => l.slice(indent)).join("\n");
    if (block.trimStart().startsWith("{")) blocks.push({ text: block, line: start + 1 });
    i = j - 1;
  }
  return blocks;
}

export function looksLikeRst(name: string, text: string): boolean {
  return /\.rst$/i.test(name) || (!/^\s*[{[]/.test(text) && /^\s*Output::\s*$/m.test(text));
}

/**
 * The command's own output inside a log of hashicorp/setup-terraform's wrapper (GitHub Actions): a
 * `[command]…terraform-bin show -json` line, the output, then `::debug::` and `::set-output` lines.
 * Undefined when the text is not such a log. `line` is where the output starts.
 */
export function terraformWrapperOutput(text: string): { text: string; line: number } | undefined {
  const lines = text.split(/\r?\n/);
  if (!/^\[command\]\S*terraform/.test(lines[0] ?? "")) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.startsWith("::"));
  return { text: lines.slice(1, end === -1 ? undefined : end).join("\n"), line: 2 };
}
