import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompressAssets } from "./scripts/precompress-assets.ts";

/** Builds the web app from src/web into dist/web; `vite` alone serves it with the API proxied. */
export default defineConfig({
  root: "src/web",
  // Brotli and gzip copies of every asset, made once here and sent as they are by serve-web.ts.
  plugins: [react(), precompressAssets()],
  build: {
    // Which files each page needs: serve-web.ts starts a page's own script with the page.
    manifest: true,
    outDir: "../../dist/web",
    emptyOutDir: true,
    // Keeps inline scripts out of the page so the strict Content-Security-Policy holds.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The small pieces several pages share (hooks, components, helpers) go out as one file
          // instead of dozens of 1 KB ones: on a phone each file is another round trip.
          groups: [
            {
              name: "shared",
              test: /[\\/]src[\\/]web[\\/]/,
              minShareCount: 2,
              maxModuleSize: 8_000,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" },
  },
});
