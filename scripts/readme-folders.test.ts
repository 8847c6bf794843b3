// The README's folder table is how a newcomer finds their way: it must name every folder of src/.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("README folder table", () => {
  it("lists every folder of src/", () => {
    const readme = readFileSync("README.md", "utf8");
    const listed = new Set([...readme.matchAll(/^\| `src\/([\w-]+)\/` \|/gm)].map((m) => m[1]));
    const folders = readdirSync("src", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => f !== undefined && !folders.includes(f))).toEqual([]);
  });
});
