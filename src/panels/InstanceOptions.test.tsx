import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InstanceOptions, OPTION_SLICE } from "./InstanceOptions.tsx";

const choices = Array.from({ length: OPTION_SLICE * 2 + 7 }, (_, i) => ({
  label: `EC2 instance app-${i + 1}`,
  target: `i-${i + 1}`,
}));

const values = (html: string) => [...html.matchAll(/value="([^"]*)"/g)].map((m) => m[1]);

describe("InstanceOptions", () => {
  it("starts with the first slice, in order", () => {
    const html = renderToStaticMarkup(<InstanceOptions choices={choices} chosen="i-1" />);
    expect(values(html)).toEqual(choices.slice(0, OPTION_SLICE).map((c) => c.target));
    expect(html).toContain(">EC2 instance app-1</option>");
  });

  it("has the chosen instance from the first frame, even past the first slice", () => {
    const chosen = choices[OPTION_SLICE + 3]?.target as string;
    const html = renderToStaticMarkup(<InstanceOptions choices={choices} chosen={chosen} />);
    expect(values(html)).toEqual([...choices.slice(0, OPTION_SLICE).map((c) => c.target), chosen]);
  });

  it("lists a short list whole at once", () => {
    const few = choices.slice(0, 3);
    expect(values(renderToStaticMarkup(<InstanceOptions choices={few} chosen="i-3" />))).toEqual([
      "i-1",
      "i-2",
      "i-3",
    ]);
  });
});
