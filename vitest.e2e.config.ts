import { defineConfig } from "vitest/config";

/** Browser journeys on real Chromium: one file at a time, the web app built once beforehand. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/web-build.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
