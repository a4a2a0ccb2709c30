import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { hashPassword } from "../../src/server/auth/password.ts";
import type { DatabaseKind } from "../../src/storage/database.ts";
import { openDatabase } from "../../src/storage/open-database.ts";
import { createScratchPostgresDatabase } from "../../test/db.ts";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { signIn } from "../api-client.ts";
import { readRss } from "../api-rss.ts";
import { startBenchServer } from "../api-server.ts";
import { buildScaleOrg, type ScaleOrg } from "./build-scale-org.ts";
import { pollHealth, quantile, submitOneAssessment, type Timing, timeGet } from "./time-views.ts";

// Usage: npm run bench:scale [-- --sizes 1000,10000 --databases pglite,postgres --pglite-max 10000]
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    databases: { type: "string", default: "pglite,postgres" },
    // Loading and reading 100,000 people on PGlite takes well over ten minutes: skipped by default.
    "pglite-max": { type: "string", default: "10000" },
    repeats: { type: "string", default: "3" },
  },
});
const sizes = String(values.sizes).split(",").map(Number);
const databases = String(values.databases).split(",") as DatabaseKind[];
const pgliteMax = Number(values["pglite-max"]);
const repeats = Number(values.repeats);
const framework = loadDefaultFramework();
const competencies = framework.competencies.map((competency) => competency.id);
const password = "scale-bench-password";
const cli = new URL("../../bin/pathways.js", import.meta.url).pathname;

interface Figures {
  database: DatabaseKind;
  size: number;
  loadSeconds: number;
  /** `pathways analytics rebuild` after the load, when the code has it. */
  rebuild: string;
  org: ScaleOrg;
  orgCold: Timing[];
  orgWarm: Timing[];
  teamCold: Timing[];
  teamWarm: Timing[];
  peakMb: number;
  health: number[];
}

function median(timings: readonly Timing[]): string {
  const failed = timings.find((timing) => timing.failure);
  if (failed) return `failed (${failed.failure} after ${(failed.ms / 1000).toFixed(1)} s)`;
  const ms = quantile(
    timings.map((timing) => timing.ms),
    0.5,
  );
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function medianMs(timings: readonly Timing[]): number {
  if (timings.some((timing) => timing.failure)) return Number.NaN;
  return quantile(
    timings.map((timing) => timing.ms),
    0.5,
  );
}

async function measure(
  url: string,
  pid: number,
  org: ScaleOrg,
): Promise<Omit<Figures, "database" | "size" | "loadSeconds" | "org" | "rebuild">> {
  const admin = await signIn(url, org.adminEmail, password);
  const orgPath = "/api/v1/analytics/org";
  const teamPath = `/api/v1/analytics/team/${org.directorId}`;
  const health = pollHealth(url);
  const orgCold: Timing[] = [];
  const orgWarm: Timing[] = [];
  const teamCold: Timing[] = [];
  const teamWarm: Timing[] = [];
  let peakMb = Number.NaN;
  let latencies: number[] = [];
  try {
    // The admin's direct reports, each given one new manager assessment per cold read.
    const reports = org.personIds.slice(1, 6);
    for (let round = 0; round < repeats; round++) {
      const report = reports[round % reports.length] as string;
      await submitOneAssessment(url, admin, report, competencies, 2 + (round % 3));
      orgCold.push(await timeGet(url, admin, orgPath));
      if (orgCold.at(-1)?.failure) break;
    }
    for (let round = 0; round < repeats && !orgCold.at(-1)?.failure; round++) {
      orgWarm.push(await timeGet(url, admin, orgPath));
    }
    for (let round = 0; round < repeats; round++) {
      const report = reports[(round + 2) % reports.length] as string;
      await submitOneAssessment(url, admin, report, competencies, 3);
      teamCold.push(await timeGet(url, admin, teamPath));
      if (teamCold.at(-1)?.failure) break;
    }
    for (let round = 0; round < repeats && !teamCold.at(-1)?.failure; round++) {
      teamWarm.push(await timeGet(url, admin, teamPath));
    }
  } finally {
    latencies = await health.stop();
    peakMb = readRss(pid).peakMb;
  }
  return { orgCold, orgWarm, teamCold, teamWarm, peakMb, health: latencies };
}

/** Runs `pathways analytics rebuild` on the loaded database, as an operator would after a load. */
function rebuildAnalytics(target: { dataDir?: string; databaseUrl?: string }): string {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env = { ...inherited, ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}) };
  const args = [
    cli,
    "analytics",
    "rebuild",
    ...(target.dataDir ? ["--data-dir", target.dataDir] : []),
  ];
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { env, encoding: "utf8" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) return `not run (${(run.stderr || run.stdout).trim().split("\n")[0]})`;
  return `${seconds} s`;
}

async function runOne(database: DatabaseKind, size: number, hash: string): Promise<Figures> {
  const started = performance.now();
  if (database === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "pathways-scale-bench-"));
    const handle = await openDatabase({ dataDir });
    let org: ScaleOrg;
    try {
      org = await buildScaleOrg(handle.db, { framework, count: size, passwordHash: hash });
    } finally {
      await handle.close();
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const rebuild = rebuildAnalytics({ dataDir });
    const server = await startBenchServer({ dataDir, demo: false });
    try {
      const figures = await measure(server.url, server.pid, org);
      return { database, size, loadSeconds, rebuild, org, ...figures };
    } finally {
      await server.stop();
    }
  }
  const scratch = await createScratchPostgresDatabase();
  try {
    const handle = await openDatabase({ url: scratch.url });
    let org: ScaleOrg;
    try {
      org = await buildScaleOrg(handle.db, { framework, count: size, passwordHash: hash });
      await handle.db.execute("analyze");
    } finally {
      await handle.close();
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const rebuild = rebuildAnalytics({ databaseUrl: scratch.url });
    const server = await startBenchServer({ databaseUrl: scratch.url, demo: false });
    try {
      const figures = await measure(server.url, server.pid, org);
      return { database, size, loadSeconds, rebuild, org, ...figures };
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
  }
}

function print(figures: Figures): void {
  const { org } = figures;
  console.log(
    `\n${figures.database} · ${figures.size.toLocaleString("en")} people (depth ${org.depth}, ` +
      `${org.assessments.toLocaleString("en")} assessments, ${org.ratings.toLocaleString("en")} ratings; ` +
      `loaded in ${figures.loadSeconds.toFixed(1)} s)`,
  );
  console.log(`  analytics rebuild ${figures.rebuild}`);
  const bytes = figures.orgWarm[0]?.bytes ?? figures.orgCold[0]?.bytes ?? 0;
  console.log(
    `  org view    cold ${median(figures.orgCold)}   warm ${median(figures.orgWarm)}   (${(bytes / 1024).toFixed(0)} KB)`,
  );
  console.log(
    `  team view   cold ${median(figures.teamCold)}   warm ${median(figures.teamWarm)}   (a director of ${org.directorPeople} people)`,
  );
  console.log(
    `  server peak RSS ${figures.peakMb.toFixed(0)} MB; /healthz p50 ${quantile(figures.health, 0.5).toFixed(0)} ms, ` +
      `p99 ${quantile(figures.health, 0.99).toFixed(0)} ms, max ${Math.max(...figures.health).toFixed(0)} ms over ${figures.health.length} polls`,
  );
}

function printRatios(all: Figures[]): void {
  for (const database of databases) {
    const rows = all.filter((figures) => figures.database === database);
    if (rows.length < 2) continue;
    const ratio = (pick: (figures: Figures) => number) =>
      rows
        .slice(1)
        .map((figures, i) => {
          const before = pick(rows[i] as Figures);
          const after = pick(figures);
          return Number.isFinite(before) && Number.isFinite(after)
            ? `${(after / before).toFixed(1)}x`
            : "n/a";
        })
        .join(" → ");
    const label = rows.map((figures) => `${figures.size / 1000}k`).join(" → ");
    console.log(`\n${database} growth ${label} (people grow 10x per step):`);
    console.log(
      `  org cold ${ratio((f) => medianMs(f.orgCold))}, org warm ${ratio((f) => medianMs(f.orgWarm))}`,
    );
    console.log(
      `  team cold ${ratio((f) => medianMs(f.teamCold))}, peak RSS ${ratio((f) => f.peakMb)}`,
    );
  }
}

console.log(
  `scale bench: ${cpus().length} cores, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}, node ${process.version}, ${new Date().toISOString()}`,
);
const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (serverUrl) process.env.TEST_DATABASE_URL = serverUrl;
const hash = await hashPassword(password);
const all: Figures[] = [];
for (const database of databases) {
  for (const size of sizes) {
    if (database === "pglite" && size > pgliteMax) {
      console.log(
        `\npglite · ${size.toLocaleString("en")} people: skipped (over --pglite-max ${pgliteMax})`,
      );
      continue;
    }
    if (database === "postgres" && !serverUrl) {
      console.log(`\npostgres: skipped (run under scripts/with-postgres.sh or set DATABASE_URL)`);
      break;
    }
    try {
      const figures = await runOne(database, size, hash);
      all.push(figures);
      print(figures);
    } catch (error) {
      console.log(
        `\n${database} · ${size.toLocaleString("en")} people: the run failed: ${String(error)}`,
      );
    }
  }
}
printRatios(all);
