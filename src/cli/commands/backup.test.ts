import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../test/cli.ts";
import { seedOrganisation } from "../../../test/db.ts";
import { localAdminUserId } from "../../app/local-admin-actor.ts";
import { tableRowCounts } from "../../storage/backup/table-row-counts.ts";
import { openDatabase } from "../../storage/open-database.ts";
import { listAuditLog } from "../../storage/queries/audit-log.ts";
import { listOrganisations } from "../../storage/queries/organisations.ts";

const folder = mkdtempSync(join(tmpdir(), "pathways-cli-backup-"));
const source = join(folder, "source");
const target = join(folder, "target");
const archive = join(folder, "acme.pathways-backup.gz");

async function countsIn(dataDir: string): Promise<Record<string, number>> {
  const handle = await openDatabase({ dataDir });
  try {
    return await tableRowCounts(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", "");
  const handle = await openDatabase({ dataDir: source });
  await seedOrganisation(handle.db, "Acme");
  await seedOrganisation(handle.db, "Globex");
  await handle.close();
}, 60_000);
afterEach(() => {
  process.exitCode = undefined;
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

describe("pathways backup and restore", { timeout: 60_000 }, () => {
  it("asks which organisation when the database holds several", async () => {
    const { code, stderr } = await runCli("backup", archive, "--data-dir", source);
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 organisations .*choose one with --org NAME/);
  });

  it("backs up the chosen organisation and restores it into an empty database", async () => {
    const backup = await runCli("backup", archive, "--org", "Acme", "--data-dir", source);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up "Acme": \d+ rows .*password hashes/s);
    const restore = await runCli("restore", archive, "--data-dir", target);
    expect(restore.stderr).toBe("");
    expect(restore.stdout).toMatch(/Restored "Acme" from .*acme.pathways-backup.gz/);
    const counts = await countsIn(target);
    expect(counts.organisations).toBe(1);
    expect(counts.framework_versions).toBe(1);
  });

  it("records each backup in the backed-up organisation's audit log, by the local admin", async () => {
    const handle = await openDatabase({ dataDir: source });
    try {
      const acme = (await listOrganisations(handle.db)).find((org) => org.name === "Acme");
      if (!acme) throw new Error("Acme was not seeded.");
      const [entry] = await listAuditLog(handle.db, { orgId: acme.id });
      expect(entry).toMatchObject({
        action: "org:backup",
        targetType: "organisation",
        targetId: acme.id,
        actorUserId: localAdminUserId,
      });
    } finally {
      await handle.close();
    }
  });

  it("refuses to restore over the same organisation and exits 1", async () => {
    const before = await countsIn(target);
    const { code, stderr } = await runCli("restore", archive, "--data-dir", target);
    expect(code).toBe(1);
    expect(stderr).toMatch(/already has the organisation "Acme"/);
    expect(await countsIn(target)).toEqual(before);
  });

  it("refuses a file that is not a backup without opening the database", async () => {
    const junk = join(folder, "junk.gz");
    writeFileSync(junk, "not a backup");
    const { code, stderr } = await runCli("restore", junk, "--data-dir", join(folder, "never"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/junk.gz is damaged or not a Pathways backup/);
  });
});
