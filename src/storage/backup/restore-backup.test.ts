import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import type { Database } from "../database.ts";
import { recordAudit } from "../queries/audit-log.ts";
import {
  getOrganisationTimeZone,
  setOrganisationTimeZone,
} from "../queries/organisation-time-zone.ts";
import { createOrganisation } from "../queries/organisations.ts";
import { createPerson, getPerson } from "../queries/people.ts";
import { createUser } from "../queries/users.ts";
import { readBackupFile, writeBackupFile } from "./backup-file.ts";
import { createBackup } from "./create-backup.ts";
import { restoreBackup } from "./restore-backup.ts";
import { tableRowCounts } from "./table-row-counts.ts";

const folder = mkdtempSync(join(tmpdir(), "pathways-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const nextFile = () => join(folder, `backup-${++files}.gz`);

/** An organisation with a manager chain, an account and an audit entry, backed up to a file. */
async function seedAndBackUp(db: Database, name = "Acme", domain = "acme.example") {
  const { organisation } = await seedOrganisation(db, name);
  const boss = await createPerson(db, { orgId: organisation.id, name: "Cleo" });
  const lead = await createPerson(db, { orgId: organisation.id, name: "Ben", managerId: boss.id });
  const ava = await createPerson(db, { orgId: organisation.id, name: "Ava", managerId: lead.id });
  await createUser(db, {
    orgId: organisation.id,
    email: `ava@${domain}`,
    passwordHash: "$argon2id$secret",
    personId: ava.id,
  });
  await recordAudit(db, { orgId: organisation.id, action: "person:create", targetType: "person" });
  const file = nextFile();
  await writeBackupFile(file, await createBackup(db, organisation.id));
  return { orgId: organisation.id, ava, lead, file };
}

describeOnEachDatabase("restoreBackup", (database) => {
  it("restores into an empty database with managers, accounts and the audit trail", async () => {
    const { db } = database();
    const { orgId, ava, lead, file } = await seedAndBackUp(db);
    const counts = await tableRowCounts(db);
    await database().reset();
    const summary = await restoreBackup(db, await readBackupFile(file));
    expect(summary.organisation.id).toBe(orgId);
    expect((await getPerson(db, orgId, ava.id))?.managerId).toBe(lead.id);
    expect(await tableRowCounts(db)).toEqual(counts);
    // The audit log's identity sequence moved past the restored ids, so new entries still fit.
    await recordAudit(db, { orgId, action: "after-restore", targetType: "organisation" });
  });

  it("restores one organisation into a database that holds another, keeping both intact", async () => {
    const { db } = database();
    const b = await seedAndBackUp(db, "Globex", "globex.example");
    for (let i = 0; i < 3; i++) {
      await recordAudit(db, { orgId: b.orgId, action: `b-${i}`, targetType: "organisation" });
    }
    await writeBackupFile(b.file, await createBackup(db, b.orgId));
    const bBefore = await createBackup(db, b.orgId);
    await database().reset();
    // A database of its own: organisation A's audit entries take the ids B's backup holds.
    await db.execute(sql`alter sequence audit_log_id_seq restart with 1`);
    const a = await seedAndBackUp(db, "Acme", "acme.example");
    for (let i = 0; i < 5; i++) {
      await recordAudit(db, { orgId: a.orgId, action: `a-${i}`, targetType: "organisation" });
    }
    const aBefore = await createBackup(db, a.orgId);
    const summary = await restoreBackup(db, await readBackupFile(b.file));
    expect(summary.organisation.id).toBe(b.orgId);
    const aAfter = await createBackup(db, a.orgId);
    const bAfter = await createBackup(db, b.orgId);
    expect(Object.fromEntries(aAfter.rows)).toEqual(Object.fromEntries(aBefore.rows));
    for (const [table, rows] of bBefore.rows) {
      if (table === "audit_log") continue;
      expect({ table, rows: bAfter.rows.get(table) }).toEqual({ table, rows });
    }
    // B's audit trail keeps every entry in its order, under new ids past A's.
    const trail = (archive: typeof bAfter) =>
      (archive.rows.get("audit_log") ?? []).map(
        (line) => JSON.parse(line) as { id: number; action: string },
      );
    expect(trail(bAfter).map((e) => e.action)).toEqual(trail(bBefore).map((e) => e.action));
    const aIds = new Set(trail(aAfter).map((e) => e.id));
    expect(trail(bAfter).some((e) => aIds.has(e.id))).toBe(false);
    expect((await getPerson(db, b.orgId, b.ava.id))?.managerId).toBe(b.lead.id);
    await recordAudit(db, { orgId: a.orgId, action: "after-restore", targetType: "organisation" });
    await recordAudit(db, { orgId: b.orgId, action: "after-restore", targetType: "organisation" });
  });

  it("writes the file for its owner only", async () => {
    const { file } = await seedAndBackUp(database().db);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("refuses a database that already has the organisation and changes nothing", async () => {
    const { db } = database();
    const { file } = await seedAndBackUp(db);
    const before = await tableRowCounts(db);
    await expect(restoreBackup(db, await readBackupFile(file))).rejects.toThrow(
      /already has the organisation "Acme"/,
    );
    expect(await tableRowCounts(db)).toEqual(before);
  });

  it("refuses a clash with another organisation's account and rolls everything back", async () => {
    const { db } = database();
    const { file } = await seedAndBackUp(db);
    await database().reset();
    const other = await createOrganisation(db, { name: "Globex" });
    await createUser(db, { orgId: other.id, email: "AVA@acme.example", passwordHash: "x" });
    const before = await tableRowCounts(db);
    await expect(restoreBackup(db, await readBackupFile(file))).rejects.toThrow(
      /already holds data the backup would clash with/,
    );
    expect(await tableRowCounts(db)).toEqual(before);
  });

  it("carries the organisation's time zone across a backup and restore", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db, "Kiwi");
    await setOrganisationTimeZone(db, organisation.id, "Pacific/Auckland");
    const file = nextFile();
    await writeBackupFile(file, await createBackup(db, organisation.id));
    await database().reset();
    await restoreBackup(db, await readBackupFile(file));
    expect(await getOrganisationTimeZone(db, organisation.id)).toBe("Pacific/Auckland");
  });

  it("restores a backup made before organisations had a time zone, on UTC", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db, "Older");
    const archive = await createBackup(db, organisation.id);
    // Take the column out, as a backup written by an older version has it.
    const entry = archive.header.tables.find((table) => table.name === "organisations");
    if (!entry) throw new Error("The backup has no organisations table.");
    expect(entry.columns).toContain("time_zone");
    entry.columns = entry.columns.filter((column) => column !== "time_zone");
    const rows = archive.rows.get("organisations") ?? [];
    archive.rows.set(
      "organisations",
      rows.map((row) => {
        const { time_zone: _zone, ...rest } = JSON.parse(row);
        return JSON.stringify(rest);
      }),
    );
    await database().reset();
    await restoreBackup(db, archive);
    expect(await getOrganisationTimeZone(db, organisation.id)).toBe("UTC");
  });

  it("refuses a damaged file and leaves the database untouched", async () => {
    const { db } = database();
    const { file } = await seedAndBackUp(db);
    await database().reset();
    const text = gunzipSync(readFileSync(file));
    const damaged = nextFile();
    writeFileSync(damaged, gzipSync(text.subarray(0, text.length - 40)));
    const before = await tableRowCounts(db);
    await expect(readBackupFile(damaged)).rejects.toThrow(/damaged/);
    expect(await tableRowCounts(db)).toEqual(before);
  });

  it("refuses an archive with a table this version does not know", async () => {
    const { db } = database();
    const { file } = await seedAndBackUp(db);
    await database().reset();
    const archive = await readBackupFile(file);
    archive.header.tables.push({ name: "future_things", rows: 0, columns: ["id"] });
    await expect(restoreBackup(db, archive)).rejects.toThrow(/future_things.*newer version/);
    expect(Object.values(await tableRowCounts(db)).every((n) => n === 0)).toBe(true);
  });

  it("rolls back a half-loaded archive whose rows break a foreign key", async () => {
    const { db } = database();
    const { file } = await seedAndBackUp(db);
    await database().reset();
    const archive = await readBackupFile(file);
    archive.rows.set("organisations", []);
    await expect(restoreBackup(db, archive)).rejects.toThrow(
      /could not be loaded .*nothing was changed/s,
    );
    expect(Object.values(await tableRowCounts(db)).every((n) => n === 0)).toBe(true);
  });
});
