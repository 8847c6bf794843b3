import fc from "fast-check";
import { describe, expect, it } from "vitest";
import natJson from "../../examples/nat-gateway.json";
import seedJson from "../../examples/seed-article.json";
import webJson from "../../examples/web-two-az.json";
import { layoutTopologySync } from "../layout/layout.ts";
import { brokenTopologyArbitrary, topologyArbitrary } from "../layout/testing/arbitrary.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { showcaseTopology } from "../model/examples/showcase.ts";
import { type Topology, topology } from "../model/schema.ts";
import { checkRules } from "../model/validate.ts";
import { stripPlan } from "./canvas-limits.ts";
import { type Scene, sceneFromLayout } from "./export-scene.ts";
import { pngFrame } from "./image-svg.ts";
import { bandPaintList, bandScenes, type StripGeometry, stripBands } from "./strip-paint.ts";
import { paintList, parseSvgForPaint } from "./svg-paint.ts";
import { DEFAULT_MARGIN, type ExportBackground, renderSvg } from "./svg-render.ts";
import { fakePath, recorder } from "./testing/paint-recorder.ts";

function sceneOf(doc: Topology, lang: "en" | "ko"): Scene {
  return sceneFromLayout(layoutTopologySync(doc), doc, lang, checkRules(doc, lang));
}

interface Case {
  scale: number;
  background: ExportBackground;
  /** About how many bands the picture is cut into (the strip area follows from it). */
  bands: number;
}

function geometryOf(scene: Scene, c: Case): StripGeometry {
  const { frame, width, height } = pngFrame(scene, c);
  return { frame, width, height, plan: stripPlan(width, height, Math.ceil((width * height) / c.bands)) };
}

/** Every tile's calls when painted from the whole picture's SVG (how strips were drawn before). */
function fromWholePicture(scene: Scene, c: Case) {
  const g = geometryOf(scene, c);
  const list = parseSvgForPaint(
    renderSvg(scene, { background: c.background, scale: c.scale, frame: g.frame }),
  );
  return stripBands(g).flatMap((band) =>
    band.tiles.map((tile) => {
      const { ctx, calls } = recorder();
      paintList(ctx, list, fakePath, tile.view);
      return calls;
    }),
  );
}

/** Every tile's calls when each band paints only its own boxes and edges; and the ops read. */
function fromBands(scene: Scene, c: Case) {
  const g = geometryOf(scene, c);
  const scenes = bandScenes(scene, g);
  let ops = 0;
  const tiles = stripBands(g).flatMap((band, i) => {
    const list = bandPaintList(scenes[i] as Scene, g, { ...c, margin: DEFAULT_MARGIN });
    ops += list.ops.length;
    return band.tiles.map((tile) => {
      const { ctx, calls } = recorder();
      paintList(ctx, list, fakePath, tile.view);
      expect(ctx.depth).toBe(0);
      return calls;
    });
  });
  return { tiles, ops };
}

const examples: [string, Topology][] = [
  ["seed", topology.parse(seedJson)],
  ["nat", topology.parse(natJson)],
  ["web-two-az", topology.parse(webJson)],
  ["showcase", showcaseTopology()],
];

const cases: Case[] = [
  { scale: 1, background: "white", bands: 7 },
  { scale: 2, background: "dark", bands: 23 },
  { scale: 0.5, background: "transparent", bands: 4 },
  { scale: 3, background: "white", bands: 60 },
];

describe("strips painted band by band (strip-paint.ts)", () => {
  for (const [name, doc] of examples)
    for (const lang of ["en", "ko"] as const)
      it(`paints every tile of the ${name} example (${lang}) exactly as the whole picture's list did`, () => {
        const scene = sceneOf(doc, lang);
        for (const c of cases) {
          const want = fromWholePicture(scene, c);
          const got = fromBands(scene, c);
          expect(want.length).toBeGreaterThan(1);
          expect(got.tiles).toEqual(want);
        }
      });

  it("paints generated topologies, valid and broken (badges), exactly as before", () => {
    fc.assert(
      fc.property(
        fc.oneof(topologyArbitrary(), brokenTopologyArbitrary()),
        fc.constantFrom(...cases),
        fc.constantFrom("en" as const, "ko" as const),
        (doc, c, lang) => {
          const scene = sceneOf(doc, lang);
          if (scene.boxes.length === 0) return;
          expect(fromBands(scene, c).tiles).toEqual(fromWholePicture(scene, c));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("reads each band's boxes only: 600 instances in many bands read far less than the picture each", () => {
    const scene = sceneOf(generateTopology(600, 3), "en");
    const c: Case = { scale: 1, background: "white", bands: 12 };
    const whole = parseSvgForPaint(renderSvg(scene, { scale: 1 })).ops.length;
    const g = geometryOf(scene, c);
    const bands = stripBands(g).length;
    expect(bands).toBeGreaterThan(4);
    const got = fromBands(scene, c);
    expect(got.tiles).toEqual(fromWholePicture(scene, c));
    // Each op is read about once: only boxes near a band's edge (and areas) are read twice.
    expect(got.ops).toBeLessThan(whole * 2);
    expect(got.ops / bands).toBeLessThan(whole / 2);
  });
});

describe("parseSvgForPaint of parts", () => {
  it("reads an SVG cut anywhere (inside tags and words) as the same paint list as the whole string", () => {
    const svg = renderSvg(sceneOf(showcaseTopology(), "ko"), { background: "dark", scale: 2 });
    const whole = parseSvgForPaint(svg);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: svg.length }), { maxLength: 40 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), svg.length];
        const parts = at.slice(1).map((end, i) => svg.slice(at[i], end));
        expect(parseSvgForPaint(parts)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
});
