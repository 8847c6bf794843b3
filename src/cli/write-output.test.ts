import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TextParts } from "../io/text-parts.ts";
import { writeWhole } from "./write-output.ts";

describe("writeWhole", () => {
  it("writes parts one after another as UTF-8: text longer than one string can be", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ec2viz-parts-"));
    const file = join(dir, "out.svg");
    const writer = new TextParts(1_000);
    const pieces = Array.from({ length: 5_000 }, (_, i) => `<text>인스턴스 ${i} 🚀</text>`);
    for (const p of pieces) writer.push(p);
    const parts = writer.finish();
    expect(parts.length).toBeGreaterThan(100);
    expect(await writeWhole(file, parts, "en")).toBeUndefined();
    expect(readFileSync(file, "utf8")).toBe(pieces.join(""));
    expect(readdirSync(dir)).toEqual(["out.svg"]);
  });

  it("leaves the old file when it can't write, and says why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ec2viz-parts-"));
    const file = join(dir, "out.svg");
    writeFileSync(file, "old");
    const failed = await writeWhole(join(dir, "missing", "out.svg"), ["a", "b"], "en");
    expect(failed).toContain("ENOENT");
    expect(readFileSync(file, "utf8")).toBe("old");
  });

  it("says why when a folder sits where its temporary file goes, and leaves both alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ec2viz-parts-"));
    const file = join(dir, "out.svg");
    writeFileSync(file, "old");
    const temp = join(dir, `.out.svg.${process.pid}.tmp`);
    mkdirSync(temp);
    writeFileSync(join(temp, "kept"), "mine");
    const failed = await writeWhole(file, "new", "en");
    expect(failed).toMatch(/^.*out\.svg: .*EISDIR/);
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readFileSync(join(temp, "kept"), "utf8")).toBe("mine");
  });
});
