// A small XML well-formedness walker for tests (no parser dependency): balanced tags, one root,
// quoted attributes, no stray "<" or bare "&". Also collects text content per element name.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** Text directly or indirectly inside the element (entities left escaped). */
  text: string;
}

type XmlCheck = { ok: true; elements: XmlElement[] } | { ok: false; error: string };

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Characters XML 1.0 forbids anywhere in a document, written or as a character reference. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for what XML forbids
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_REF =
  /&#(?:x0*(?:[0-8bcefBCEF]|1[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF])|0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]|6553[45]));/;

export function checkXml(source: string): XmlCheck {
  const forbidden = FORBIDDEN.exec(source);
  if (forbidden)
    return {
      ok: false,
      error: `character U+${forbidden[0].charCodeAt(0).toString(16)} XML forbids at ${forbidden.index}`,
    };
  if (FORBIDDEN_REF.test(source)) return { ok: false, error: "a character reference XML forbids" };
  let at = 0;
  const body = source.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, "");
  const stack: { element: XmlElement }[] = [];
  const elements: XmlElement[] = [];
  let roots = 0;
  const textOf: string[][] = [];
  while (at < body.length) {
    const lt = body.indexOf("<", at);
    const chunk = body.slice(at, lt < 0 ? body.length : lt);
    if (chunk.trim() !== "") {
      if (stack.length === 0) return { ok: false, error: `text outside the root at ${at}` };
      if (ENTITY.test(chunk)) return { ok: false, error: `bare "&" in text at ${at}` };
      if (chunk.includes(">")) return { ok: false, error: `">" in text at ${at}` };
    }
    // Whitespace between child elements counts too: SVG prints the space between two <tspan>s.
    for (const t of textOf) t.push(chunk);
    if (lt < 0) break;
    if (body.startsWith("<!--", lt)) {
      const end = body.indexOf("-->", lt);
      if (end < 0) return { ok: false, error: "unclosed comment" };
      at = end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(body);
    if (!m) return { ok: false, error: `malformed tag at ${lt}: ${body.slice(lt, lt + 60)}` };
    const [whole, closing, name = "", attrText = "", selfClosing] = m;
    at = lt + whole.length;
    if (closing) {
      const open = stack.pop();
      if (!open || open.element.name !== name || selfClosing)
        return { ok: false, error: `</${name}> does not close <${open?.element.name ?? "nothing"}>` };
      open.element.text = (textOf.pop() ?? []).join("");
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(ATTR)) {
      const key = a[1] as string;
      const value = a[2] ?? a[3] ?? "";
      if (key in attrs) return { ok: false, error: `attribute ${key} twice on <${name}>` };
      if (ENTITY.test(value)) return { ok: false, error: `bare "&" in attribute ${key}` };
      attrs[key] = value;
    }
    const element: XmlElement = { name, attrs, text: "" };
    elements.push(element);
    if (stack.length === 0) roots++;
    if (roots > 1) return { ok: false, error: "more than one root element" };
    if (!selfClosing) {
      stack.push({ element });
      textOf.push([]);
    }
  }
  if (stack.length > 0)
    return { ok: false, error: `<${stack[stack.length - 1]?.element.name}> is never closed` };
  if (roots === 0) return { ok: false, error: "no root element" };
  return { ok: true, elements };
}
