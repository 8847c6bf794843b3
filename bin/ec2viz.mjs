#!/usr/bin/env node
// Runs the command line built by scripts/build-cli.mjs (plain JavaScript: starts in a fraction of the
// time) while none of its sources is newer than that build; else the TypeScript sources directly
// through tsx, so `npx ec2viz` works right after an edit, or with no build at all.
import { readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const built = new URL("node_modules/.cache/ec2viz-cli/", root);

function builtIsCurrent() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL("inputs.json", built), "utf8"));
    return inputs.length > 0 && inputs.every((path) => statSync(new URL(path, root)).mtimeMs < builtAt);
  } catch {
    return false;
  }
}

let main;
if (builtIsCurrent()) {
  ({ main } = await import(new URL("main.mjs", built).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
