// The topology inside an exported SVG: a <metadata> element holding the JSON as escaped text.
// Escaped text (not base64) keeps the file readable and diff-able; JSON.stringify already turns
// control characters into \u escapes, so what remains only needs the five XML escapes.
// String work only, no DOM parser: it runs in Node (CLI, tests) as well as in the browser.

/** Namespace of our element: an identifier, never fetched (so it is no external reference). */
export const TOPOLOGY_NAMESPACE = "urn:ec2viz:topology";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

/** The <metadata> element carrying `json`, ready to go right after the opening <svg> tag. */
export function topologyMetadata(json: string): string {
  return `<metadata id="ec2viz-topology"><ec2viz:topology xmlns:ec2viz="${TOPOLOGY_NAMESPACE}" format="json">${escapeXml(json)}</ec2viz:topology></metadata>`;
}

// Any prefix: an editor that re-saves the file may rename it.
const ELEMENT = /<([\w.-]+:)?topology\b[^>]*>([\s\S]*?)<\/\1?topology\s*>/;
const OUR_METADATA = /<metadata\b[^>]*\bid="ec2viz-topology"[^>]*>[\s\S]*?<\/metadata\s*>/;

export type SvgTopologyResult = { ok: true; text: string } | { ok: false; error: "not-svg" | "not-found" };

/** The JSON text embedded by `topologyMetadata`, if the SVG has it. */
export function readTopologyFromSvg(svg: string): SvgTopologyResult {
  if (!/<svg\b/.test(svg)) return { ok: false, error: "not-svg" };
  for (const block of svg.match(/<metadata\b[\s\S]*?<\/metadata\s*>/g) ?? []) {
    const found = ELEMENT.exec(block);
    if (!found || !block.includes(TOPOLOGY_NAMESPACE)) continue;
    const body = found[2] ?? "";
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
    return { ok: true, text: cdata ? (cdata[1] ?? "") : unescapeXml(body) };
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
