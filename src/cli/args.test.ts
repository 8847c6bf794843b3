import { describe, expect, it } from "vitest";
import { parseArgs } from "./args.ts";

describe("parseArgs", () => {
  it("shows the main help with no command or with --help", () => {
    expect(parseArgs([])).toEqual({ kind: "help", topic: "main" });
    expect(parseArgs(["--help"])).toEqual({ kind: "help", topic: "main" });
    expect(parseArgs(["-h"])).toEqual({ kind: "help", topic: "main" });
  });

  it("shows validate's help", () => {
    expect(parseArgs(["validate", "--help"])).toEqual({ kind: "help", topic: "validate" });
    expect(parseArgs(["validate", "a.json", "-h"])).toEqual({ kind: "help", topic: "validate" });
  });

  it("reads files and options in any order", () => {
    expect(parseArgs(["validate", "a.json", "--json", "b.yaml", "--lang", "ko"])).toEqual({
      kind: "validate",
      files: ["a.json", "b.yaml"],
      json: true,
      lang: "ko",
    });
    expect(parseArgs(["validate", "--lang=en", "a.json"])).toMatchObject({ lang: "en", json: false });
  });

  it("takes everything after -- as a file, even names starting with a dash", () => {
    expect(parseArgs(["validate", "--", "--json"])).toMatchObject({ files: ["--json"], json: false });
  });

  it("refuses unknown commands and options, a bad language and no files", () => {
    expect(parseArgs(["check", "a.json"])).toMatchObject({ kind: "usage-error", topic: "main" });
    expect(parseArgs(["validate", "--jsno", "a.json"])).toEqual({
      kind: "usage-error",
      message: 'unknown option "--jsno"',
      topic: "validate",
    });
    expect(parseArgs(["validate", "a.json", "--lang", "fr"])).toMatchObject({ kind: "usage-error" });
    expect(parseArgs(["validate", "a.json", "--lang"])).toMatchObject({ kind: "usage-error" });
    expect(parseArgs(["validate"])).toMatchObject({ kind: "usage-error", message: "no file given" });
  });
});
