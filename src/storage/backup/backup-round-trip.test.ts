import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../../../test/db.ts";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { seedDemoOrganisation } from "../../demo/seed-demo-organisation.ts";
import { recordAudit } from "../queries/audit-log.ts";
import type { BackupArchive } from "./backup-header.ts";
import { createBackup } from "./create-backup.ts";
import { decodeBackup } from "./decode-backup.ts";
import { encodeBackup } from "./encode-backup.ts";
import { restoreBackup } from "./restore-backup.ts";

// The server leg needs TEST_DATABASE_URL (set by `npm test`); without it both ends are PGlite.
const server = testDatabaseKinds().includes("postgres") ? "postgres" : "pglite";
const label = server === "postgres" ? "PostgreSQL" : "a second PGlite";

/** Each table's rows as PostgreSQL wrote them, for a row-by-row comparison. */
const tablesOf = (archive: BackupArchive) =>
  Object.fromEntries(archive.header.tables.map((t) => [t.name, archive.rows.get(t.name) ?? []]));

const throughFile = (archive: BackupArchive) => decodeBackup(encodeBackup(archive));

describe(`a backup round trip from PGlite through ${label} and back`, { timeout: 120_000 }, () => {
  const open: TestDatabase[] = [];
  const openDatabase = async (kind: "pglite" | "postgres") => {
    const database = await openTestDatabase(kind);
    open.push(database);
    return database;
  };
  let orgId = "";
  let original: BackupArchive;

  beforeAll(async () => {
    const source = await openDatabase("pglite");
    const seeded = await seedDemoOrganisation({
      db: source.db,
      framework: loadDefaultFramework(),
      now: new Date("2026-06-01T08:00:00.000Z"),
      hashPassword: async (password) => `plain:${password}`,
    });
    orgId = seeded.orgId;
    await recordAudit(source.db, {
      orgId,
      action: "backup:test",
      targetType: "organisation",
      targetId: orgId,
      detail: { nested: { list: [1, 2.5, "three", null], flag: true }, note: "ünïcode ✓" },
    });
    await source.db.execute(
      sql`insert into title_mappings (org_id, title, title_key, role_id) values (${orgId}, 'Product Owner', 'product owner', 'pm')`,
    );
    original = await createBackup(source.db, orgId);
  }, 120_000);

  afterAll(async () => {
    for (const database of open) await database.close();
  });

  it("seeds every kind of record, so the comparison covers real values", () => {
    const empty = original.header.tables.filter((t) => t.rows === 0).map((t) => t.name);
    expect(empty).toEqual([]);
  });

  it("gives back every table row by row, in both directions", async () => {
    const target = await openDatabase(server);
    await restoreBackup(target.db, throughFile(original));
    const onServer = await createBackup(target.db, orgId);
    expect(Object.keys(tablesOf(onServer))).toEqual(Object.keys(tablesOf(original)));
    for (const [name, rows] of Object.entries(tablesOf(original))) {
      expect({ table: name, rows: tablesOf(onServer)[name] }).toEqual({ table: name, rows });
    }

    const back = await openDatabase("pglite");
    await restoreBackup(back.db, throughFile(onServer));
    const returned = await createBackup(back.db, orgId);
    for (const [name, rows] of Object.entries(tablesOf(original))) {
      expect({ table: name, rows: tablesOf(returned)[name] }).toEqual({ table: name, rows });
    }
  });
});
