import { describe, expect, it } from "vitest";
import { DEFAULT_SERVE_PORT, parseServeArgs } from "./args.ts";

describe("ec2viz serve arguments", () => {
  it("takes a file with the default port, English and no browser", () => {
    expect(parseServeArgs(["t.yaml"])).toEqual({
      kind: "serve",
      file: "t.yaml",
      port: DEFAULT_SERVE_PORT,
      lang: "en",
      open: false,
    });
  });

  it("reads --port, --lang and --open before or after the file, with = or a space", () => {
    expect(parseServeArgs(["--port", "0", "t.json", "--lang=ko", "--open"])).toEqual({
      kind: "serve",
      file: "t.json",
      port: 0,
      lang: "ko",
      open: true,
    });
    expect(parseServeArgs(["t.json", "--port=65535"])).toMatchObject({ port: 65535 });
  });

  it.each([
    [[], "no file given"],
    [["a.json", "b.json"], "one file at a time"],
    [["a.json", "--port"], "--port needs a value"],
    [["a.json", "--port", "65536"], "--port needs a whole number"],
    [["a.json", "--port", "-1"], "--port needs a whole number"],
    [["a.json", "--port", "80x"], "--port needs a whole number"],
    [["a.json", "--port", "1.5"], "--port needs a whole number"],
    [["a.json", "--lang", "fr"], '--lang needs "ko" or "en"'],
    [["a.json", "--open=yes"], "unknown option"],
    [["a.json", "-o", "x.svg"], "unknown option"],
  ])("refuses %j: %s", (argv, message) => {
    const parsed = parseServeArgs(argv);
    expect(parsed.kind).toBe("usage-error");
    expect(parsed.kind === "usage-error" && parsed.message).toContain(message);
  });

  it("asks for help with -h or --help anywhere", () => {
    expect(parseServeArgs(["a.json", "-h"])).toEqual({ kind: "help" });
    expect(parseServeArgs(["--help"])).toEqual({ kind: "help" });
  });
});
