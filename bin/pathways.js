#!/usr/bin/env node
// Runs the compiled CLI (dist/, written by `npm run build`) when it is there and at least as new
// as the sources; otherwise the TypeScript sources through tsx's loader, so a fresh clone or an
// edited checkout needs no build step.
import { existsSync, readdirSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const compiled = new URL("dist/cli/run-pathways.js", root);
const sources = new URL("src/", root);

/** Whether anything under `dir` (the web app aside: it is built on its own) changed after `time`. */
function changedAfter(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? "/" : ""), dir);
    if (entry.isDirectory()) {
      if (entry.name !== "web" && changedAfter(path, time)) return true;
    } else if (statSync(path).mtimeMs > time) {
      return true;
    }
  }
  return false;
}

function compiledIsCurrent() {
  if (process.env.PATHWAYS_FROM_SOURCE || !existsSync(compiled)) return false;
  return !existsSync(sources) || !changedAfter(sources, statSync(compiled).mtimeMs);
}

let runPathways;
if (compiledIsCurrent()) {
  ({ runPathways } = await import(compiled.href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ runPathways } = await import(new URL("src/cli/run-pathways.ts", root).href));
}
process.exitCode = await runPathways(process.argv);
