// Far out, containers build less of their face (ZoomBandContext): no glyphs below FAR_ZOOM, no
// header words below TINY_ZOOM either. What they keep is every button and its accessible name, and
// every coloured tile.
import { ReactFlowProvider } from "@xyflow/react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layoutTopologySync } from "../../layout/layout.ts";
import { type DiagramNode, toFlow } from "../../layout/to-flow.ts";
import { showcaseTopology } from "../../model/examples/showcase.ts";
import { validate } from "../../model/validate.ts";
import { DiagramActionsContext, type ZoomBand, ZoomBandContext } from "../context.ts";
import { nodeTypes } from "./index.ts";
import { FAR_ZOOM, TINY_ZOOM, zoomBand } from "./parts.tsx";

const noop = () => {};

function markup(node: DiagramNode, band: ZoomBand): string {
  const Component = nodeTypes[node.type as keyof typeof nodeTypes] as never;
  return renderToStaticMarkup(
    <ReactFlowProvider>
      <DiagramActionsContext.Provider
        value={{ lang: "en", toggleCollapse: noop, selectSecurityGroup: noop, selectResource: noop }}
      >
        <ZoomBandContext.Provider value={band}>
          {createElement(Component, { id: node.id, data: node.data, selected: false, type: node.type })}
        </ZoomBandContext.Provider>
      </DiagramActionsContext.Provider>
    </ReactFlowProvider>,
  );
}

/** Every element's accessible name (aria-label), in order. */
const names = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
const elements = (html: string) => html.match(/<[a-z]/g)?.length ?? 0;

const CONTAINERS = ["region", "vpc", "availabilityZone", "subnet"];

describe("zoomBand", () => {
  it("is near down to FAR_ZOOM, far down to TINY_ZOOM, tiny below", () => {
    expect(zoomBand(1)).toBe("near");
    expect(zoomBand(FAR_ZOOM)).toBe("near");
    expect(zoomBand(FAR_ZOOM - 0.001)).toBe("far");
    expect(zoomBand(TINY_ZOOM)).toBe("far");
    expect(zoomBand(TINY_ZOOM - 0.001)).toBe("tiny");
    expect(zoomBand(0.01)).toBe("tiny");
  });
});

describe("containers far out", () => {
  const doc = showcaseTopology();
  const layout = layoutTopologySync(doc);
  const nodes = toFlow(layout, doc, { diagnostics: validate(doc) }).nodes.filter((n) =>
    CONTAINERS.includes(n.type ?? ""),
  );

  it("the showcase has every kind of container, subnets with marks", () => {
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(CONTAINERS));
    expect(nodes.some((n) => n.type === "subnet" && (n.data.marks?.length ?? 0) > 0)).toBe(true);
  });

  for (const node of nodes)
    it(`${node.data.accessibleName}: keeps its buttons and names, drops glyphs far and words tiny`, () => {
      const near = markup(node, "near");
      const far = markup(node, "far");
      const tiny = markup(node, "tiny");
      expect(names(far)).toEqual(names(near));
      expect(names(tiny)).toEqual(names(near));
      expect(names(near).length).toBeGreaterThan(0);
      expect(near).toContain("<svg");
      expect(far).not.toContain("<svg");
      expect(tiny).not.toContain("<svg");
      // The words: the kind and the name on the header, each mark's name.
      const title = node.data.face.title;
      expect(near).toContain(`>${node.data.face.kind.en}<`);
      expect(far).toContain(`>${node.data.face.kind.en}<`);
      expect(far).toContain(`>${title}<`);
      expect(tiny).not.toContain(`>${node.data.face.kind.en}<`);
      expect(tiny).not.toContain(`>${title}<`);
      // The coloured tiles stay: only what is drawn on them goes. A mark keeps its name (its width).
      expect(far.match(/ec2viz-group__icon/g)).toEqual(near.match(/ec2viz-group__icon/g));
      expect(tiny.match(/ec2viz-group__icon|ec2viz-mark__icon/g)).toEqual(
        near.match(/ec2viz-group__icon|ec2viz-mark__icon/g),
      );
      for (const m of node.data.marks ?? []) expect(tiny).toContain(`>${m.name}<`);
      expect(elements(tiny)).toBeLessThan(elements(far));
      expect(elements(far)).toBeLessThan(elements(near));
    });
});
