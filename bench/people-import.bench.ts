import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCsv } from "../src/framework/csv/write-csv.ts";
import type { DatabaseHandle } from "../src/storage/database.ts";
import { openDatabase } from "../src/storage/open-database.ts";
import { importPeople } from "../src/storage/people-import/import-people.ts";
import { createOrganisation } from "../src/storage/queries/organisations.ts";
import { createScratchPostgresDatabase } from "../test/db.ts";
import { loadDefaultFramework } from "../test/default-framework.ts";

const framework = loadDefaultFramework();
const people = 50_000;
const reportsPerManager = 7;

/**
 * An HRIS-like file: a management tree of 7 reports per manager, titles from the framework's
 * roles, and reports listed before their managers so the import must resolve them afterwards.
 */
function peopleFile(): string {
  const titles = framework.roles.map((role) => role.title);
  const rows: string[][] = [];
  for (let i = people - 1; i >= 0; i--) {
    const manager = i === 0 ? "" : `person-${Math.floor((i - 1) / reportsPerManager)}@bench.test`;
    const day = String((i % 28) + 1).padStart(2, "0");
    rows.push([
      `Person ${i}`,
      `person-${i}@bench.test`,
      titles[i % titles.length] ?? "",
      manager,
      `Team ${Math.floor(i / 50)}`,
      `2024-03-${day}`,
    ]);
  }
  return writeCsv([["name", "email", "job title", "manager email", "team", "start date"], ...rows]);
}

async function run(label: string, handle: DatabaseHandle, csv: string): Promise<void> {
  const org = await createOrganisation(handle.db, { name: "Bench" });
  const started = performance.now();
  const outcome = await importPeople(handle.db, { orgId: org.id, framework, content: csv });
  const seconds = (performance.now() - started) / 1000;
  if (outcome.status !== "applied") throw new Error(`the import was ${outcome.status}`);
  const again = performance.now();
  const rerun = await importPeople(handle.db, { orgId: org.id, framework, content: csv });
  const rerunSeconds = (performance.now() - again) / 1000;
  console.log(
    `${label}: ${outcome.result.created.toLocaleString("en")} people in ${seconds.toFixed(1)} s (${Math.round(people / seconds).toLocaleString("en")} rows/s); ` +
      `re-import of the same file: ${rerun.plan.counts.unchanged.toLocaleString("en")} unchanged in ${rerunSeconds.toFixed(1)} s`,
  );
}

const csv = peopleFile();
console.log(
  `people file: ${people.toLocaleString("en")} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB`,
);
const dataDir = mkdtempSync(join(tmpdir(), "pathways-bench-"));
const pglite = await openDatabase({ dataDir });
try {
  await run("PGlite (data directory)", pglite, csv);
} finally {
  await pglite.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (serverUrl) {
  process.env.TEST_DATABASE_URL = serverUrl;
  const scratch = await createScratchPostgresDatabase();
  const postgres = await openDatabase({ url: scratch.url });
  try {
    await run("PostgreSQL", postgres, csv);
  } finally {
    await postgres.close();
    await scratch.drop();
  }
} else {
  console.log("PostgreSQL: skipped (set TEST_DATABASE_URL or DATABASE_URL to include it)");
}
