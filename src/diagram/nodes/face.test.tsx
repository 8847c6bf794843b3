// The canvas and the export draw the same face: for every box of the showcase, in both languages,
// the words a node component renders are exactly the words the export scene holds, and the SVG
// prints each of them inside that box's group (whole, or cut with "…" where an image has no room).
import { ReactFlowProvider } from "@xyflow/react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type SceneBox, sceneFromFlow } from "../../io/export-scene.ts";
import { unescapeXml } from "../../io/svg-metadata.ts";
import { renderSvg } from "../../io/svg-render.ts";
import { layoutTopology } from "../../layout/layout.ts";
import { type DiagramNode, toFlow } from "../../layout/to-flow.ts";
import { showcaseTopology } from "../../model/examples/showcase.ts";
import { validate } from "../../model/validate.ts";
import { DiagramActionsContext } from "../context.ts";
import { nodeTypes } from "./index.ts";

const noop = () => {};

/** The texts a node component shows (text nodes of its markup, entities decoded; hidden ones left out). */
function canvasWords(node: DiagramNode, lang: "en" | "ko"): string[] {
  const Component = nodeTypes[node.type as keyof typeof nodeTypes] as never;
  const props = { id: node.id, data: node.data, selected: false, type: node.type };
  const html = renderToStaticMarkup(
    <ReactFlowProvider>
      <DiagramActionsContext.Provider
        value={{ lang, toggleCollapse: noop, selectSecurityGroup: noop, selectResource: noop }}
      >
        {createElement(Component, props)}
      </DiagramActionsContext.Provider>
    </ReactFlowProvider>,
  );
  return (
    html
      .replace(/<title>[^<]*<\/title>/g, "")
      // Text that is not shown (an accessible description).
      .replace(/<span[^>]* hidden=""[^>]*>[^<]*<\/span>/g, "")
      .split(/<[^>]*>/)
      .map((t) => unescapeXml(t).trim())
      .filter((t) => t !== "")
  );
}

/** The texts the export scene gives a box. */
function sceneWords(b: SceneBox): string[] {
  const count = b.diagnostics ? [String(b.diagnostics.errors + b.diagnostics.warnings)] : [];
  return [
    b.kindLabel,
    b.title,
    b.detail,
    b.meta,
    b.stateText,
    b.externalText,
    b.foldedText,
    ...count,
    ...(b.chips ?? []).map((c) => c.text),
    ...(b.marks ?? []).flatMap((m) => [m.text, m.role]),
  ].filter((t): t is string => t !== undefined && t !== "");
}

/** Texts the SVG prints inside the group of the box named `name` (its <title> left out). */
function svgTexts(svg: string, name: string): string[] {
  const title = `<title>${name.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>`;
  const start = svg.indexOf(title) + title.length;
  // Up to the next box's group (a glyph's own <g> has no class).
  const end = svg.indexOf('<g class="ec2viz-', start);
  return [...svg.slice(start, end).matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    unescapeXml((m[1] as string).replace(/<[^>]*>/g, "")),
  );
}

/** A word is printed whole or cut with "…" (an image has no tooltip), maybe over two lines. */
function printed(texts: readonly string[], word: string): boolean {
  const flat = word.replace(/\s+/g, "");
  const lines = texts.map((t) => t.replace(/\s+/g, ""));
  return lines.some((line, i) =>
    [line, `${line}${lines[i + 1] ?? ""}`].some((shown) => {
      if (shown.includes(flat)) return true;
      const cut = /^(.{3,})…/.exec(shown)?.[1];
      return cut !== undefined && flat.startsWith(cut.replace(/^·/, ""));
    }),
  );
}

describe("a box's face", () => {
  for (const lang of ["en", "ko"] as const)
    it(`reads the same on the canvas and in the SVG export of the showcase (${lang})`, async () => {
      const doc = showcaseTopology();
      const diagnostics = validate(doc);
      for (const collapsed of [[], ["subnet-web-a", "@az/vpc-shop/ap-northeast-2c"]]) {
        const layout = await layoutTopology(doc, { collapsed });
        const flow = toFlow(layout, doc, { diagnostics });
        const scene = sceneFromFlow(flow.nodes, flow.edges, lang);
        const svg = renderSvg(scene);
        const boxes = new Map(scene.boxes.map((b) => [b.id, b]));
        let chips = 0;
        for (const node of flow.nodes) {
          const box = boxes.get(node.id) as SceneBox;
          const words = sceneWords(box);
          chips += box.chips?.length ?? 0;
          expect(canvasWords(node, lang).sort(), node.id).toEqual([...words].sort());
          const inSvg = svgTexts(svg, box.name);
          // A card whose name wraps onto a second line gives that line its kind word (the tile's
          // glyph says the kind): the one word an image may leave out.
          const wrapped = box.title !== "" && !inSvg.some((t) => t.includes(box.title));
          for (const word of words)
            if (!(wrapped && word === box.kindLabel))
              expect(printed(inSvg, word), `${node.id}: ${word}`).toBe(true);
        }
        expect(flow.nodes.length).toBeGreaterThan(collapsed.length > 0 ? 8 : 20);
        if (collapsed.length === 0) expect(chips).toBeGreaterThan(4);
      }
    });
});
