import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the built app also works from a sub-folder or a file share.
  base: "./",
  worker: { format: "es" },
  build: { chunkSizeWarningLimit: 2000 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    // Both UI languages, as the CLI has them (the page loads Korean when its UI is Korean).
    setupFiles: ["src/i18n/test-setup.ts"],
    // Property tests and CLI subprocesses are CPU-bound; on a shared 2-core machine a 5 s default
    // fails them for the machine's load, not for anything they check. Speed is measured by benches.
    testTimeout: 60_000,
  },
});
