// Which built app `ec2viz serve` serves: dist/ when it is newer than the sources, else its own
// build in node_modules/.cache (built only when missing or older than the sources).
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appDir } from "./app-files.ts";

let root: string;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
/** Writes `path` with that time; its folders get an old time (a folder's time is a source's too). */
async function file(path: string, minutes: number): Promise<void> {
  await mkdir(join(root, path, ".."), { recursive: true });
  await writeFile(join(root, path), "x");
  await utimes(join(root, path), at(minutes), at(minutes));
  const parts = path.split("/").slice(0, -1);
  for (let i = parts.length; i > 0; i--) await utimes(join(root, ...parts.slice(0, i)), at(0), at(0));
}
const cache = () => join(root, "node_modules", ".cache", "ec2viz-serve", "app");

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "ec2viz-app-files-"));
  await file("src/main.tsx", 10);
  await file("src/deep/er/module.ts", 20);
  await file("index.html", 5);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("the app ec2viz serve serves", () => {
  it("is dist/ when npm run build made it after the newest source", async () => {
    await file("dist/index.html", 30);
    const builds: string[] = [];
    expect(await appDir((d) => builds.push(d), root)).toEqual({
      ok: true,
      dir: join(root, "dist"),
      built: false,
    });
    expect(builds).toEqual([]);
  });

  it("is its own earlier build when dist/ is older than a source deep in src/, and that build is newer", async () => {
    await file("dist/index.html", 15);
    await file("node_modules/.cache/ec2viz-serve/app/index.html", 25);
    const builds: string[] = [];
    expect(await appDir((d) => builds.push(d), root)).toEqual({ ok: true, dir: cache(), built: false });
    expect(builds).toEqual([]);
  });

  it("builds into its own folder (never dist/) when every build is older, and says why it failed", async () => {
    await file("dist/index.html", 15);
    await file("node_modules/.cache/ec2viz-serve/app/index.html", 18);
    const builds: string[] = [];
    // This root is no Vite project: the build is attempted and fails with a reason, dist/ untouched.
    const result = await appDir((d) => builds.push(d), root);
    expect(builds).toEqual([cache()]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.length).toBeGreaterThan(0);
  });
});
