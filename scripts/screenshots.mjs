// `npm run screenshots`: rewrites docs/screenshots/ (the README's pictures) from the built app by
// running only the e2e tests tagged @docs-screenshot. The normal e2e run leaves docs/ alone.
import { spawnSync } from "node:child_process";

const result = spawnSync("node", ["e2e/run.mjs", "--grep", "@docs-screenshot", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, EC2VIZ_SCREENSHOTS: "docs/screenshots" },
});
process.exit(result.status ?? 1);
