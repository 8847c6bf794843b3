import { beforeEach, describe, expect, it, vi } from "vitest";
import * as scenes from "../io/export-scene.ts";
import { exportFrame } from "../io/svg-render.ts";
import { layoutTopologySync } from "../layout/layout.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { checkRules } from "../model/validate.ts";
import { renderImage } from "./render-image.ts";

// Counts the scenes made, so a refused PNG is seen to cost no scene (nor, after it, any SVG).
const count = vi.hoisted(() => ({ scenes: 0 }));
vi.mock("../io/export-scene.ts", async (original) => {
  const actual = await original<typeof import("../io/export-scene.ts")>();
  return {
    ...actual,
    sceneFromLayout: (...args: Parameters<typeof actual.sceneFromLayout>) => {
      count.scenes++;
      return actual.sceneFromLayout(...args);
    },
    sceneAsMade: (...args: Parameters<typeof actual.sceneAsMade>) => {
      count.scenes++;
      return actual.sceneAsMade(...args);
    },
  };
});

describe("renderImage", () => {
  beforeEach(() => {
    count.scenes = 0;
  });

  it("refuses a PNG past the browsers' limits from the layout, before any scene is made, with the size the scene has", async () => {
    const doc = generateTopology(1000, 1);
    const diagnostics = checkRules(doc);
    const refused = await renderImage(doc, {
      format: "png",
      scale: 3,
      background: "white",
      lang: "en",
      diagnostics,
    });
    expect(refused.ok).toBe(false);
    expect(count.scenes).toBe(0);
    // The size named is the one the picture would have had (the scene's frame, at 3×).
    const frame = exportFrame(scenes.sceneFromLayout(layoutTopologySync(doc), doc, "en", diagnostics));
    const num = (v: number) => Math.round(v * 3).toLocaleString("en-US");
    expect(!refused.ok && refused.reason).toContain(`${num(frame.width)} × ${num(frame.height)} px`);
    expect(!refused.ok && refused.reason).toContain("Use --scale 1, or render SVG.");
  });

  it("makes the scene once when the picture fits", async () => {
    const doc = generateTopology(3, 1);
    const drawn = await renderImage(doc, { format: "svg", scale: 1, background: "white", lang: "en" });
    expect(drawn.ok).toBe(true);
    expect(count.scenes).toBe(1);
  });
});
