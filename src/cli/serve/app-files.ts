// Where `ec2viz serve` gets the built app: `dist/` when `npm run build` made it from the current
// sources; else its own build in node_modules/.cache/ec2viz-serve (made on first use through
// Vite's API, and again when the sources are newer). It never builds into `dist/`, so a preview
// server or a test run reading `dist/` is never disturbed by it.
import { readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** What the app is built from: a build older than the newest of these is stale. */
const SOURCES = ["src", "public", "index.html", "vite.config.ts", "package.json"];

async function newestTime(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestTime(join(path, entry)));
  return newest;
}

async function builtAt(dir: string): Promise<number | undefined> {
  try {
    return (await stat(join(dir, "index.html"))).mtimeMs;
  } catch {
    return undefined;
  }
}

type AppDir = { ok: true; dir: string; built: boolean } | { ok: false; reason: string };

/**
 * The folder of the built app, building it first when needed; `onBuild` is told before a build
 * starts (it takes a while).
 */
export async function appDir(onBuild: (dir: string) => void, root = REPO_ROOT): Promise<AppDir> {
  const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestTime(join(root, s))))));
  const dist = join(root, "dist");
  if (((await builtAt(dist)) ?? -1) >= sources) return { ok: true, dir: dist, built: false };
  const cache = join(root, "node_modules", ".cache", "ec2viz-serve", "app");
  if (((await builtAt(cache)) ?? -1) >= sources) return { ok: true, dir: cache, built: false };
  onBuild(cache);
  // Built aside and renamed into place, so two servers starting at once never serve half a build.
  const temp = `${cache}.${process.pid}.tmp`;
  try {
    const { build } = await import("vite");
    await build({
      root,
      configFile: join(root, "vite.config.ts"),
      logLevel: "error",
      build: { outDir: temp, emptyOutDir: true },
    });
    await rm(cache, { recursive: true, force: true });
    await rename(temp, cache);
    return { ok: true, dir: cache, built: true };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    return { ok: false, reason: String((error as Error)?.message ?? error).split("\n")[0] ?? "" };
  }
}
