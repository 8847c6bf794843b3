import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * The seed's first picture (issue #14): a small document is laid out on the page by
 * src/layout/layout.ts, a chunk of its own that the app asks for once its entry has run. index.html
 * asks for it while the entry itself is still loading, so the two fetches overlap, unless the address
 * names a generated large example (laid out in the worker, which doesn't need it).
 */
function preloadPageLayout(): Plugin {
  return {
    name: "ec2viz:preload-page-layout",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === "chunk");
        const engine = chunks.find((c) => c.facadeModuleId?.endsWith("/src/layout/layout.ts") === true);
        if (!engine) throw new Error("preloadPageLayout: no chunk for src/layout/layout.ts in the build");
        // The engine's chunk and what it imports (the entry's own preloads are asked for again at no cost).
        const files = JSON.stringify([engine.fileName, ...engine.imports].map((file) => `./${file}`));
        return [
          {
            tag: "script",
            // Before the stylesheets: an inline script waits for the stylesheets above it.
            injectTo: "head-prepend",
            children: `if(!/[?&]example=large-/.test(location.search))for(const f of ${files}){const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=f;document.head.appendChild(l)}`,
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadPageLayout()],
  // Relative asset paths so the built app also works from a sub-folder or a file share.
  base: "./",
  worker: { format: "es" },
  build: {
    chunkSizeWarningLimit: 2000,
    // Everything the entry imports statically is one chunk, "app" (issue #14, initial JS): left to
    // itself, Rolldown cut it into ~30 files by which lazy chunks share each module, and every small
    // file cost its own gzip stream and import lines, ~7 KB gzip in all. Lazy chunks stay lazy.
    // strictExecutionOrder: modules grouped by hand into one chunk otherwise run in an order of
    // Rolldown's choosing, not their imports' (a reload then showed the seed, not the autosaved work: build.spec,
    // hands.spec); it costs ~3 KB of the ~7.
    rolldownOptions: {
      output: {
        strictExecutionOrder: true,
        codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] },
      },
    },
  },
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
