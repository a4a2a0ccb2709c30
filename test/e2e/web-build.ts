import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The folder the web app is built into. */
export const webDist = "dist/web";

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** Whether dist/web is missing or older than something in src/web or the Vite config. */
export function webBuildIsStale(): boolean {
  const index = join(webDist, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return Math.max(newestChange("src/web"), statSync("vite.config.ts").mtimeMs) > built;
}

/** Builds the web app once for the browser journeys, reusing dist/web when it is current. */
export default function buildWebOnce(): void {
  if (!webBuildIsStale()) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}
