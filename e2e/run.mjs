// Runs the Playwright suite against Debian's Chromium: Playwright's own browser download can't work
// on machines without general internet access, so we never rely on it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const browser = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(browser)) {
  console.error(
    `e2e: no Chromium at ${browser}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
