import { describe, expect, it } from "vitest";
import { layoutTopologySync } from "../layout/layout.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { checkRules } from "../model/validate.ts";
import { checkCanvasSize } from "./canvas-limits.ts";
import { sceneFromLayout } from "./export-scene.ts";
import { pngFrame } from "./image-svg.ts";
import { pngPastLimits } from "./png-past-limits.ts";

describe("pngPastLimits", () => {
  // The page refuses from its layout what the worker would refuse from the scene it draws.
  it("refuses exactly the scales whose PNG (drawn from the scene) is past the limits, and offers one that fits", () => {
    let refused = 0;
    for (const count of [30, 1000, 3000]) {
      const doc = generateTopology(count, 1);
      const layout = layoutTopologySync(doc);
      const diagnostics = checkRules(doc);
      const scene = sceneFromLayout(layout, doc, "en", diagnostics);
      for (const scale of [0.5, 1, 2, 3]) {
        const { width, height } = pngFrame(scene, { scale, background: "white" });
        const drawn = checkCanvasSize(width / scale, height / scale, scale);
        const past = pngPastLimits(layout, diagnostics, scale);
        expect(past?.detail).toEqual(drawn);
        if (!past) continue;
        refused++;
        expect(past.fit).toBeGreaterThan(0);
        expect(past.fit).toBeLessThan(scale);
        const atFit = pngFrame(scene, { scale: past.fit, background: "white" });
        expect(checkCanvasSize(atFit.width, atFit.height, 1)).toBeUndefined();
      }
    }
    expect(refused).toBeGreaterThan(0);
  }, 60_000);
});
