// A container's miniature draws its boxes and their problem dots as a few paths, however many boxes
// it holds: one element per dot was 10,022 elements at 10,000 instances of an unknown type (B10).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SEVERITY_COLOUR } from "../../layout/colours.ts";
import type { MiniBox } from "../../layout/to-flow.ts";
import { Miniature } from "./parts.tsx";

const box = (i: number, severity?: MiniBox["severity"]): MiniBox => ({
  kind: "instance",
  x: (i % 10) * 232,
  y: Math.floor(i / 10) * 104,
  width: 216,
  height: 88,
  ...(severity ? { severity } : {}),
});

/** The `d` of the path filled with `colour`, or undefined. */
function pathOf(html: string, colour: string): string | undefined {
  return new RegExp(`<path d="([^"]*)" fill="${colour}"`).exec(html)?.[1];
}

describe("Miniature", () => {
  it("draws every flagged box's dot, in one path per severity, at the box's top right corner", () => {
    const boxes = [box(0, "warning"), box(1), box(2, "error"), box(3, "warning"), box(4, "warning")];
    const html = renderToStaticMarkup(<Miniature boxes={boxes} />);
    expect(html).not.toContain("<circle");
    const warnings = pathOf(html, SEVERITY_COLOUR.warning) ?? "";
    const errors = pathOf(html, SEVERITY_COLOUR.error) ?? "";
    // One closed circle (move, two half-turn arcs) per flagged box.
    expect(warnings.match(/M/g)).toHaveLength(3);
    expect(warnings.match(/a18 18 0 1 0/g)).toHaveLength(6);
    expect(errors.match(/M/g)).toHaveLength(1);
    // The circle through (x + width ± 18, y): centred on the top right corner, radius 18.
    const b = boxes[2] as MiniBox;
    expect(errors).toBe(`M${b.x + b.width - 18} ${b.y}a18 18 0 1 0 36 0a18 18 0 1 0 -36 0z`);
  });

  it("draws no dot path for a severity no box has", () => {
    const html = renderToStaticMarkup(<Miniature boxes={[box(0), box(1, "warning")]} />);
    expect(pathOf(html, SEVERITY_COLOUR.warning)).toBeDefined();
    expect(pathOf(html, SEVERITY_COLOUR.error)).toBeUndefined();
  });
});
