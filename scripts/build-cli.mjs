// Bundles the command line (src/cli/main.ts and what it imports) into plain JavaScript in
// node_modules/.cache/ec2viz-cli/, so `ec2viz` starts without compiling TypeScript on every run
// (tsx: about a second of CPU per start). bin/ec2viz.mjs runs the bundle only while none of its
// sources is newer than the build (inputs.json lists them); otherwise it runs the sources through
// tsx as before. Run by `npm install`/`npm ci` (prepare) and `npm run build`.
//
// The folder is three levels below the repository, as src/cli/serve/app-files.ts is, so the paths it
// makes from import.meta.url name the same places. Packages stay imports (node_modules resolves from
// there). Every file is written beside its place and renamed over it: node_modules may be shared by
// hard links with another checkout, whose files must not change.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
const outdir = join(root, "node_modules", ".cache", "ec2viz-cli");
const builtAt = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: join(root, "src", "cli", "main.ts") },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outdir,
  outExtension: { ".js": ".mjs" },
  write: false,
  metafile: true,
  logLevel: "warning",
});
mkdirSync(outdir, { recursive: true });
const manifest = join(outdir, "inputs.json");
// No manifest while the files change: bin/ec2viz.mjs then runs the sources.
rmSync(manifest, { force: true });
const before = readdirSync(outdir);
const put = (path, contents) => {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
};
for (const file of result.outputFiles) put(file.path, file.contents);
const written = new Set(result.outputFiles.map((file) => relative(outdir, file.path)));
for (const old of before) if (!written.has(old)) rmSync(join(outdir, old), { force: true });
const inputs = Object.keys(result.metafile.inputs);
put(manifest, `${JSON.stringify({ builtAt, inputs })}\n`);
