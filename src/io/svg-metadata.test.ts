import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  embedTopologyInSvg,
  escapeXml,
  readTopologyFromSvg,
  TOPOLOGY_NAMESPACE,
  topologyMetadata,
  topologyMetadataPieces,
  unescapeXml,
} from "./svg-metadata.ts";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe("SVG metadata", () => {
  it("escapes a long JSON slice by slice exactly as in one pass, surrogate pairs on the cuts included", () => {
    // The one-pass code it replaced is the oracle.
    const onePass = (json: string) =>
      `<metadata id="ec2viz-topology"><ec2viz:topology xmlns:ec2viz="${TOPOLOGY_NAMESPACE}" format="json">${escapeXml(
        json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`),
      )}</ec2viz:topology></metadata>`;
    const odd = fc.constantFrom(
      "&",
      "<",
      ">",
      '"',
      "'",
      "\uD83D\uDE80",
      "\uD800",
      "\uDC00",
      "\uFFFE",
      "\u0001",
      "한",
      "a",
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2 ** 16 - 3, max: 2 ** 17 + 3 }),
        fc.array(odd, { maxLength: 12 }),
        (at, tail) => {
          // The odd characters land on and around the slice boundaries.
          const json = `${"a".repeat(at)}${tail.join("")}${"b".repeat(at % 7)}${tail.join("")}`;
          const pieces = topologyMetadataPieces(json);
          expect(pieces.join("")).toBe(onePass(json));
          expect(topologyMetadata(json)).toBe(onePass(json));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("round-trips JSON with characters that need escaping", () => {
    const json = JSON.stringify({
      name: `a <b> & "c" 'd' ]]> </metadata> </ec2viz:topology> 서울 \u0001 \n`,
      tags: { "<&>": "&amp;" },
    });
    const svg = embedTopologyInSvg(SVG, json);
    expect(readTopologyFromSvg(svg)).toEqual({ ok: true, text: json });
    // The raw characters never appear inside the element: only escapes.
    const inner = /<ec2viz:topology[^>]*>([\s\S]*)<\/ec2viz:topology>/.exec(svg)?.[1] ?? "";
    expect(inner).not.toMatch(/[<>]/);
    expect(inner).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("puts the metadata first inside <svg> and keeps the drawing", () => {
    const svg = embedTopologyInSvg(SVG, "{}");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><metadata')).toBe(
      true,
    );
    expect(svg).toContain('<rect width="10" height="10"/></svg>');
    expect(svg).toContain(TOPOLOGY_NAMESPACE);
  });

  it("replaces an earlier copy", () => {
    const twice = embedTopologyInSvg(embedTopologyInSvg(SVG, '{"a":1}'), '{"a":2}');
    expect(twice.match(/<metadata/g)?.length).toBe(1);
    expect(readTopologyFromSvg(twice)).toEqual({ ok: true, text: '{"a":2}' });
  });

  it("handles an empty self-closing <svg/>", () => {
    const svg = embedTopologyInSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', '{"x":"<"}');
    expect(svg).toMatch(/^<svg [^>]*><metadata[\s\S]*<\/metadata><\/svg>$/);
    expect(readTopologyFromSvg(svg)).toEqual({ ok: true, text: '{"x":"<"}' });
  });

  it("still reads the topology after an editor renamed the prefix or used CDATA", () => {
    const renamed = `<svg><metadata><ns0:topology xmlns:ns0="${TOPOLOGY_NAMESPACE}">{&quot;a&quot;:1}</ns0:topology></metadata></svg>`;
    expect(readTopologyFromSvg(renamed)).toEqual({ ok: true, text: '{"a":1}' });
    const cdata = `<svg><metadata><e:topology xmlns:e="${TOPOLOGY_NAMESPACE}"><![CDATA[{"b":"<"}]]></e:topology></metadata></svg>`;
    expect(readTopologyFromSvg(cdata)).toEqual({ ok: true, text: '{"b":"<"}' });
  });

  it("says what is missing", () => {
    expect(readTopologyFromSvg(SVG)).toEqual({ ok: false, error: "not-found" });
    expect(readTopologyFromSvg("<html></html>")).toEqual({ ok: false, error: "not-svg" });
    // Someone else's metadata is not ours.
    expect(readTopologyFromSvg("<svg><metadata><rdf:RDF>topology</rdf:RDF></metadata></svg>")).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(() => embedTopologyInSvg("<html/>", "{}")).toThrow(/not an SVG/);
  });

  it("escapes and unescapes any string back to itself", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(unescapeXml(escapeXml(text))).toBe(text);
        const json = JSON.stringify({ text });
        expect(readTopologyFromSvg(`<svg>${topologyMetadata(json)}</svg>`)).toEqual({ ok: true, text: json });
      }),
    );
  });

  it("reads numeric character references", () => {
    expect(unescapeXml("&#65;&#x41;&#xAC00;&unknown;")).toBe("AA가&unknown;");
  });
});
