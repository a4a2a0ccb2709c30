import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { type Framework, frameworkSchema } from "../src/framework/schema.ts";
import type { Database, DatabaseKind } from "../src/storage/database.ts";
import { migrationsFolder } from "../src/storage/migrations-folder.ts";
import { openPostgres } from "../src/storage/open-postgres.ts";
import { createFrameworkVersion } from "../src/storage/queries/framework-versions.ts";
import { createOrganisation } from "../src/storage/queries/organisations.ts";
import * as schema from "../src/storage/schema.ts";

/** A migrated database for tests: empty it between tests, close it after the suite. */
export interface TestDatabase {
  kind: DatabaseKind;
  db: Database;
  /** Deletes every row, so each test starts from an empty schema. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The databases tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * Runs the same suite on every test database: a fresh migrated database per suite, emptied
 * before each test. `npm test` sets TEST_DATABASE_URL, so the PostgreSQL variant runs there.
 *
 * @example
 * describeOnEachDatabase("people", (database) => {
 *   it("finds a person", async () => { const { db } = database(); ... });
 * });
 */
export function describeOnEachDatabase(
  name: string,
  suite: (database: () => TestDatabase) => void,
): void {
  for (const kind of testDatabaseKinds()) {
    // A generous timeout: the machine may be shared, and the first queries warm PGlite up.
    describe(`${name} on ${kind === "pglite" ? "PGlite" : "PostgreSQL"}`, {
      timeout: 30_000,
    }, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await openTestDatabase(kind);
      }, 120_000);
      beforeEach(async () => {
        await current?.reset();
      });
      afterAll(async () => {
        await current?.close();
      });
      suite(() => {
        if (!current) throw new Error("The test database is not open yet: use it inside a test.");
        return current;
      });
    });
  }
}

/** Opens a fresh, migrated, empty database of the given kind. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === "pglite" ? openTestPglite() : openTestPostgres();
}

/** Opens an in-memory PGlite database loaded from the migrated template. */
export async function openTestPglite(): Promise<TestDatabase> {
  const client = await PGlite.create({ loadDataDir: await pgliteTemplate() });
  const db = drizzle({ client, schema });
  return { kind: "pglite", db, reset: () => deleteAll(db), close: () => client.close() };
}

/** Creates a database of its own on the TEST_DATABASE_URL server, dropped on close. */
export async function openTestPostgres(): Promise<TestDatabase> {
  const scratch = await createScratchPostgresDatabase();
  const handle = await openPostgres({ url: scratch.url, poolSize: 4 });
  return {
    kind: "postgres",
    db: handle.db,
    reset: () => deleteAll(handle.db),
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}

/** Creates an empty database on the TEST_DATABASE_URL server; `drop` removes it. */
export async function createScratchPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error("TEST_DATABASE_URL is not set: run `npm test`, which starts PostgreSQL.");
  }
  const name = `pathways_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

const tableNames = Object.values(schema as Record<string, unknown>).flatMap((value) =>
  is(value, PgTable) ? [getTableName(value)] : [],
);

/**
 * Deleting the organisations cascades to nearly every row and is much faster on PGlite than
 * TRUNCATE; the remaining deletes catch rows that belong to no organisation.
 */
async function deleteAll(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(`delete from "organisations"`);
    for (const name of tableNames) await tx.execute(`delete from "${name}"`);
  });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let template: Promise<Blob> | undefined;

/**
 * The migrated PGlite data directory as a tarball. Creating and migrating PGlite takes seconds,
 * loading a tarball well under one, so it is built once and cached on disk per set of migrations.
 */
function pgliteTemplate(): Promise<Blob> {
  template ??= loadOrBuildTemplate();
  return template;
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const cacheDir = join(process.cwd(), "node_modules", ".cache", "pathways");
  const file = join(cacheDir, `pglite-template-${migrationsDigest()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    const client = await PGlite.create();
    await migrate(drizzle({ client, schema }), { migrationsFolder });
    const dump = await client.dumpDataDir("none");
    await client.close();
    mkdirSync(cacheDir, { recursive: true });
    // Parallel test files may build it at once: write aside, then rename atomically.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  }
}

function migrationsDigest(): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    if (!entry.endsWith(".sql") && !entry.endsWith(".json")) continue;
    hash.update(entry).update(readFileSync(join(migrationsFolder, entry)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** A small valid framework for storage tests: two levels, two competencies, two roles. */
export function buildTestFramework(version = "1.0.0"): Framework {
  const levels = { "1": "Does it with help.", "2": "Does it alone." };
  return frameworkSchema.parse({
    id: "test-framework",
    name: "Test framework",
    version,
    scale: [
      { level: 1, label: "Learning", description: "Needs help." },
      { level: 2, label: "Proficient", description: "Works alone." },
    ],
    competencies: [
      {
        id: "strategy",
        name: "Strategy",
        area: "Direction",
        description: "Sets direction.",
        levels,
      },
      { id: "execution", name: "Execution", area: "Delivery", description: "Ships.", levels },
    ],
    tracks: [{ id: "management", name: "Management", description: "The ladder." }],
    roles: [
      {
        id: "pm",
        title: "Product Manager",
        track: "management",
        rank: 1,
        summary: "Owns a product area.",
        expectations: { strategy: 1, execution: 2 },
      },
      {
        id: "senior-pm",
        title: "Senior Product Manager",
        track: "management",
        rank: 2,
        summary: "Owns a larger area.",
        expectations: { strategy: 2, execution: 2 },
      },
    ],
  });
}

/** Creates an organisation with a published test framework version, for storage tests. */
export async function seedOrganisation(db: Database, name = "Acme") {
  const organisation = await createOrganisation(db, { name });
  const framework = await createFrameworkVersion(db, {
    orgId: organisation.id,
    document: buildTestFramework(),
    source: "id: test-framework",
  });
  return { organisation, framework };
}
