// Issue #15: every file ec2viz exports and can read back (JSON, YAML, SVG, PNG) re-opens as the
// same document when its text is hostile: control characters, bidi and line separators, lone
// surrogates, U+FFFE/U+FFFF, XML's "]]>" and comment "--", entities, and names as long as the
// schema allows. SVG and draw.io stay well-formed XML. Property-based, over generated strings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seedJson from "../../examples/seed-article.json";
import { layoutTopologySync } from "../layout/layout.ts";
import { MAX_TEXT_LENGTH, type Topology, topology } from "../model/schema.ts";
import { drawioText } from "./drawio-export.ts";
import { sceneFromLayout } from "./export-scene.ts";
import { parseTopologyText } from "./parse.ts";
import { readTopologyFromPng, TOPOLOGY_KEYWORD, writePngText } from "./png-metadata.ts";
import { toJsonText, toYamlText } from "./serialize.ts";
import { readTopologyFromSvg } from "./svg-metadata.ts";
import { renderSvg } from "./svg-render.ts";
import { pngWith } from "./testing/hostile-inputs.ts";
import { checkXml } from "./testing/xml-check.ts";
import { decodeTopologyBytes } from "./text-decode.ts";

const seed = topology.parse(seedJson);

/** Pieces a hostile file is made of; strings are built from these and ordinary text. */
const PIECES = [
  "\u0000",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b[2J",
  "\u001b]0;title\u0007",
  "\r",
  "\n",
  "\t",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u2028",
  "\u2029",
  "\u202e",
  "\u2066",
  "\u200b",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "😀",
  "서울",
  "]]>",
  "--",
  "<!--",
  "</metadata>",
  "<script>",
  "&amp;",
  "&#0;",
  "&#99999999;",
  '"',
  "'",
  "\\",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a name that looks like a template, kept as text
  "${x}",
  "yes",
  "null",
  "~",
  "!Ref",
  "*a",
  "&a",
  "- ",
  ": ",
  "#",
  " ",
];

const hostileText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 12 })
      .map((p) => p.join("")),
  },
  // As long as the schema allows (1,024 characters), cut from a repeated hostile piece.
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PIECES).map((p) => p.repeat(MAX_TEXT_LENGTH).slice(0, MAX_TEXT_LENGTH)),
  },
);

/** The seed with hostile names, tags and descriptions (ids stay ids: they are bounded and checked). */
const hostileDoc = fc
  .record({
    name: hostileText,
    instanceNames: fc.array(hostileText, { minLength: 1, maxLength: 3 }),
    tagKey: hostileText,
    tagValue: hostileText,
    description: hostileText,
  })
  .map(({ name, instanceNames, tagKey, tagValue, description }) => {
    const doc = structuredClone(seed);
    doc.name = name;
    doc.instances.forEach((inst, i) => {
      inst.name = instanceNames[i % instanceNames.length] as string;
    });
    const first = doc.instances[0];
    if (first) first.tags = { [tagKey]: tagValue };
    const group = doc.securityGroups[0];
    if (group) group.description = description;
    return topology.parse(doc);
  });

/** Text -> bytes as a download writes them -> the document the app opens from those bytes. */
function reopen(text: string, format: "json" | "yaml"): Topology | string {
  const decoded = decodeTopologyBytes(new TextEncoder().encode(text));
  if (!decoded.ok) return decoded.error;
  const parsed = parseTopologyText(decoded.text, format);
  return parsed.ok ? parsed.doc : JSON.stringify(parsed.error).slice(0, 300);
}

/** Characters XML 1.0 never allows, escaped or not: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|&#(x0*(?:[0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/i;

describe("hostile text survives every export ec2viz reads back (#15)", () => {
  it("JSON and YAML files re-open as the same document", () => {
    fc.assert(
      fc.property(hostileDoc, (doc) => {
        expect(reopen(toJsonText(doc), "json")).toEqual(doc);
        expect(reopen(toYamlText(doc), "yaml")).toEqual(doc);
      }),
      { numRuns: 60 },
    );
  });

  it("SVG and PNG carry the document whole, and SVG and draw.io are well-formed XML", () => {
    fc.assert(
      fc.property(hostileDoc, (doc) => {
        const layout = layoutTopologySync(doc);
        const json = toJsonText(doc);
        const svg = renderSvg(sceneFromLayout(layout, doc, "en"), {
          topologyJson: json,
          title: doc.name ?? "",
        });
        expect(NOT_XML.exec(svg)?.[0]).toBeUndefined();
        expect(checkXml(svg).ok).toBe(true);
        const fromSvg = readTopologyFromSvg(svg);
        expect(fromSvg.ok && reopen(fromSvg.text, "json")).toEqual(doc);
        const fromPng = readTopologyFromPng(writePngText(pngWith(new Uint8Array(0)), TOPOLOGY_KEYWORD, json));
        expect(fromPng.ok && reopen(fromPng.text, "json")).toEqual(doc);
        const drawio = drawioText(doc, "ko", [], [], layout);
        expect(drawio.ok).toBe(true);
        if (drawio.ok) {
          const xml = drawio.parts.join("");
          expect(NOT_XML.exec(xml)?.[0]).toBeUndefined();
          expect(checkXml(xml).ok).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
