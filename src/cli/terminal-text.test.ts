// B6: nothing a file holds can act on the terminal through the CLI's output.
import { describe, expect, it } from "vitest";
import type { FileReport } from "./check-file.ts";
import { formatHuman, formatJson } from "./format.ts";
import { jsonTerminalSafe, MAX_LINE_CHARS, terminalSafe } from "./terminal-text.ts";

const ATTACKS = [
  "\x1b[2J", // clear screen
  "\x1b]0;owned\x07", // set the window title
  "\r\x1b[2K", // erase the line
  "\nfake.json: error schema $ — forged", // a forged diagnostic line
  "\u202eevil", // right-to-left override
  "\u2028", // line separator
  "\x9b31m", // 8-bit CSI
  "\x7f\x08",
  "\u2066\u2069\u200f\ufeff",
];

/** True when `text` holds any character a terminal acts on (other than the newlines between lines). */
const acts = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/.test(text);

describe("terminalSafe", () => {
  it("writes every control, bidi and separator character as a visible escape", () => {
    for (const attack of ATTACKS) {
      const safe = terminalSafe(`t3.micro${attack}`);
      expect(acts(safe)).toBe(false);
      expect(safe.startsWith("t3.micro")).toBe(true);
    }
    expect(terminalSafe("a\x1bb")).toBe("a\\u001bb");
    expect(terminalSafe("서울 ok — “quoted”")).toBe("서울 ok — “quoted”");
  });

  it("cuts a huge line and says how much was left out", () => {
    const line = terminalSafe("x".repeat(1_000_000));
    expect(line.length).toBeLessThan(MAX_LINE_CHARS + 50);
    expect(line).toContain(`(${1_000_000 - MAX_LINE_CHARS} more characters)`);
  });

  it("keeps JSON the same data", () => {
    const value = { s: "a\u202eb\x9bc\u2028" };
    const safe = jsonTerminalSafe(JSON.stringify(value, null, 2));
    expect(acts(safe.replace(/\n/g, ""))).toBe(false);
    expect(JSON.parse(safe)).toEqual(value);
  });
});

describe("every human output line goes through it", () => {
  it("escapes file names, ids and messages from a file in reports", () => {
    const reports: FileReport[] = ATTACKS.map((attack) => ({
      file: `x${attack}.json`,
      diagnostics: [
        {
          code: "instance-type-unknown",
          severity: "warning",
          path: `$.instances[0]`,
          message: `"t3${attack}"`,
        },
      ],
    }));
    reports.push({ file: "\x1b[31mred.json", diagnostics: [], error: { message: "bad\rline" } });
    const out = formatHuman(reports, "en");
    expect(acts(out.replace(/\n/g, ""))).toBe(false);
    expect(out.split("\n").length).toBe(reports.length + 2); // one line each, the summary, the final newline
    expect(acts(formatJson(reports).replace(/\n/g, ""))).toBe(false);
  });
});
