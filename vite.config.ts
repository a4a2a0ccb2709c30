import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompressAssets } from "./scripts/precompress-assets.ts";

/** Builds the web app from src/web into dist/web; `vite` alone serves it with the API proxied. */
export default defineConfig({
  root: "src/web",
  // Brotli and gzip copies of every asset, made once here and sent as they are by serve-web.ts.
  plugins: [react(), precompressAssets()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    // Keeps inline scripts out of the page so the strict Content-Security-Policy holds.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000", "/healthz": "http://127.0.0.1:3000" },
  },
});
