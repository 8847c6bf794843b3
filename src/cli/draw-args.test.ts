import { describe, expect, it } from "vitest";
import { parseExportArgs, parseRenderArgs } from "./draw-args.ts";

describe("parseRenderArgs", () => {
  it("reads the file, the output and every option, before or after the file", () => {
    expect(
      parseRenderArgs([
        "t.yaml",
        "-o",
        "x.PNG",
        "--scale=3",
        "--background",
        "dark",
        "--lang",
        "ko",
        "--collapse",
        "a, b,,c",
      ]),
    ).toEqual({
      kind: "render",
      file: "t.yaml",
      out: "x.PNG",
      format: "png",
      scale: 3,
      background: "dark",
      lang: "ko",
      collapse: ["a", "b", "c"],
    });
    expect(parseRenderArgs(["--out=x.svg", "t.json"])).toMatchObject({
      kind: "render",
      format: "svg",
      scale: 1,
      background: "white",
      lang: "en",
      collapse: [],
    });
  });

  it("refuses what it can't do, naming the option", () => {
    const error = (argv: string[]) => {
      const c = parseRenderArgs(argv);
      return c.kind === "usage-error" ? c.message : c.kind;
    };
    expect(error(["-o", "x.svg"])).toBe("no file given");
    expect(error(["a.json", "b.json", "-o", "x.svg"])).toBe("one file at a time (got 2)");
    expect(error(["a.json", "-o"])).toBe("--out needs a value");
    expect(error(["a.json", "-o", "x.svg", "--scale", "1.5"])).toBe("--scale needs 1, 2 or 3");
    expect(error(["a.json", "-o", "x.svg", "--lang", "fr"])).toBe('--lang needs "ko" or "en"');
    expect(error(["a.json", "-o", "x.svg", "--json"])).toBe('unknown option "--json"');
    expect(error(["a.json", "--help"])).toBe("help");
  });
});

describe("parseExportArgs", () => {
  it("takes the target, the file and the output", () => {
    expect(parseExportArgs(["--to", "drawio", "t.json", "-o", "t.drawio", "--collapse", "vpc-a"])).toEqual({
      kind: "export",
      file: "t.json",
      out: "t.drawio",
      to: "drawio",
      format: "xml",
      lang: "en",
      collapse: ["vpc-a"],
    });
    expect(parseExportArgs(["--to", "cloudformation", "t.json", "-o", "stack.yml"])).toMatchObject({
      kind: "export",
      to: "cloudformation",
      format: "yaml",
    });
    expect(parseExportArgs(["--to=cloudformation", "t.json", "-o", "stack.JSON"])).toMatchObject({
      format: "json",
    });
    expect(parseExportArgs(["--to=cloudformation", "t.json", "-o", "stack.drawio"])).toMatchObject({
      kind: "usage-error",
      message: '-o must end in .yaml, .yml or .json (got "stack.drawio")',
    });
    expect(parseExportArgs(["--to=visio", "t.json", "-o", "t.vsdx"]).kind).toBe("usage-error");
    expect(parseExportArgs(["t.json", "-o", "t.drawio"]).kind).toBe("usage-error");
    expect(parseExportArgs(["--to=drawio", "t.json"]).kind).toBe("usage-error");
  });
});
