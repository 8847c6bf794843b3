import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GLYPH_NAMES, glyphShapes } from "../io/svg-glyphs.ts";
import { PALETTE_KINDS } from "../model/kind-labels.ts";
import { GlyphIcon, VolumeIcon } from "./icons.tsx";
import { PaletteIcon } from "./palette/PaletteIcon.tsx";

describe("one drawing per glyph", () => {
  it("the canvas draws the export's shapes", () => {
    for (const name of GLYPH_NAMES)
      expect(renderToStaticMarkup(<GlyphIcon name={name} />)).toContain(glyphShapes(name).join(""));
    expect(renderToStaticMarkup(<VolumeIcon />)).toContain(glyphShapes("volume").join(""));
  });

  it("every palette item but the zone shows the glyph of the box it adds", () => {
    for (const kind of PALETTE_KINDS) {
      const html = renderToStaticMarkup(<PaletteIcon kind={kind} />);
      const name = /data-glyph="(\w+)"/.exec(html)?.[1];
      if (kind === "availabilityZone") expect(name).toBeUndefined();
      else expect(html).toContain(glyphShapes(name as (typeof GLYPH_NAMES)[number]).join(""));
    }
  });

  it("draws EBS as block storage, not a database cylinder", () => {
    expect(glyphShapes("volume").join("")).not.toContain("ellipse");
  });
});
