// The topology inside an exported SVG: a <metadata> element holding the JSON as escaped text.
// Escaped text (not base64) keeps the file readable and diff-able; JSON.stringify already turns
// control characters into \u escapes, so what remains only needs the five XML escapes.
// String work only, no DOM parser: it runs in Node (CLI, tests) as well as in the browser.

/** Namespace of our element: an identifier, never fetched (so it is no external reference). */
export const TOPOLOGY_NAMESPACE = "urn:ec2viz:topology";

/** Characters XML 1.0 forbids in a document (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching what XML forbids is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` as XML character data: the five escapes, and characters XML forbids shown as U+FFFD. */
export function escapeXml(text: string): string {
  // Most names need nothing: one scan says so (100,000 instances: tens of thousands of calls).
  if (!NEEDS_ESCAPE.test(text)) return text;
  const allowed = SURROGATE_OR_FORBIDDEN.test(text) ? text.replace(XML_FORBIDDEN, "\uFFFD") : text;
  // Native string replacement, "&" first: the embedded topology has millions of quotes.
  return allowed
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** Any character escapeXml changes or checks (a surrogate may be half of a pair, which stays). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching what XML forbids is the point
const NEEDS_ESCAPE = /[&<>"'\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching what XML forbids is the point
const SURROGATE_OR_FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The character a numeric reference names, or undefined when XML doesn't allow it. */
function referenced(ref: string): string | undefined {
  const code = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
  if (!Number.isInteger(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  const char = String.fromCodePoint(code);
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(char) ? undefined : char;
}

/** Resolves the five named and all numeric references; a reference XML forbids stays as written. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) =>
    ref.startsWith("#") ? (referenced(ref) ?? whole) : (NAMED[ref] ?? whole),
  );
}

/** Like unescapeXml, but undefined when a numeric reference names a character XML forbids (a damaged file). */
function unescapeXmlStrict(text: string): string | undefined {
  let bad = false;
  const out = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (!ref.startsWith("#")) return NAMED[ref] ?? whole;
    const char = referenced(ref);
    if (char === undefined) bad = true;
    return char ?? "";
  });
  return bad ? undefined : out;
}

/** The <metadata> element carrying `json`, ready to go right after the opening <svg> tag. */
export function topologyMetadata(json: string): string {
  return topologyMetadataPieces(json).join("");
}

/** Characters of the JSON escaped at a time: short strings to replace in, none the size of the file. */
const ESCAPE_SLICE = 2 ** 16;

/**
 * topologyMetadata's text as pieces, in order. The JSON of 100,000 instances is some 30 M characters:
 * escaped slice by slice it takes a fifth of the time of one pass over the whole, and no 56 M
 * character string is made. A slice never ends between the two halves of a surrogate pair.
 */
export function topologyMetadataPieces(json: string): string[] {
  const pieces = [
    `<metadata id="ec2viz-topology"><ec2viz:topology xmlns:ec2viz="${TOPOLOGY_NAMESPACE}" format="json">`,
  ];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(json.length, start + ESCAPE_SLICE);
    // Never between the halves of a pair: a high surrogate on the cut with a low one after it.
    const last = json.charCodeAt(end - 1);
    const next = json.charCodeAt(end);
    if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end++;
    // U+FFFE/U+FFFF can only sit inside JSON strings: written as \u escapes they survive XML unchanged.
    const safe = json
      .slice(start, end)
      .replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    pieces.push(escapeXml(safe));
    start = end;
  }
  pieces.push("</ec2viz:topology></metadata>");
  return pieces;
}

const OUR_METADATA = /<metadata\b[^>]*\bid="ec2viz-topology"[^>]*>[\s\S]*?<\/metadata\s*>/;

type SvgTopologyResult =
  | { ok: true; text: string }
  | { ok: false; error: "not-svg" | "not-found" | "damaged" };

/** The body of the first `<prefix:topology …>…</prefix:topology>` in `block` (any prefix: an editor may rename it). */
function topologyElementBody(block: string): string | undefined {
  const open = /<([\w.-]+:)?topology\b/g;
  for (let m = open.exec(block); m; m = open.exec(block)) {
    const tagEnd = block.indexOf(">", m.index);
    if (tagEnd < 0) return undefined;
    const close = block.indexOf(`</${m[1] ?? ""}topology`, tagEnd);
    if (close >= 0) return block.slice(tagEnd + 1, close);
    open.lastIndex = tagEnd;
  }
  return undefined;
}

/**
 * The JSON text embedded by `topologyMetadata`, if the SVG has it. Linear in the file's size: the
 * `<metadata>` blocks are found with indexOf, so a hostile file can't make the search quadratic.
 */
export function readTopologyFromSvg(svg: string): SvgTopologyResult {
  if (!/<svg\b/.test(svg)) return { ok: false, error: "not-svg" };
  for (let from = 0; ; ) {
    const start = svg.indexOf("<metadata", from);
    if (start < 0) break;
    const after = svg[start + "<metadata".length];
    if (after !== undefined && /[\w.:-]/.test(after)) {
      from = start + 1;
      continue;
    }
    const end = svg.indexOf("</metadata", start);
    if (end < 0) break;
    from = end + 1;
    const block = svg.slice(start, end);
    if (!block.includes(TOPOLOGY_NAMESPACE)) continue;
    const body = topologyElementBody(block);
    if (body === undefined) continue;
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
    if (cdata) return { ok: true, text: cdata[1] ?? "" };
    const text = unescapeXmlStrict(body);
    return text === undefined ? { ok: false, error: "damaged" } : { ok: true, text };
  }
  return { ok: false, error: "not-found" };
}

/** `svg` with `json` embedded (any earlier copy replaced). Throws when there is no <svg> element. */
export function embedTopologyInSvg(svg: string, json: string): string {
  const cleaned = svg.replace(OUR_METADATA, "");
  const open = /<svg\b[^>]*>/.exec(cleaned);
  if (!open) throw new Error("not an SVG document: no <svg> element");
  const at = open.index + open[0].length;
  if (open[0].endsWith("/>")) {
    return `${cleaned.slice(0, open.index)}${open[0].slice(0, -2)}>${topologyMetadata(json)}</svg>${cleaned.slice(at)}`;
  }
  return `${cleaned.slice(0, at)}${topologyMetadata(json)}${cleaned.slice(at)}`;
}
