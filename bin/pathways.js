#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's loader, so a fresh clone needs no build step.
import { register } from "tsx/esm/api";

register();
const { runPathways } = await import("../src/cli/run-pathways.ts");
process.exitCode = await runPathways(process.argv);
