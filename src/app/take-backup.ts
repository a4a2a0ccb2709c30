import type { BackupArchive } from "../storage/backup/backup-header.ts";
import { createBackup } from "../storage/backup/create-backup.ts";
import type { Database } from "../storage/database.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { organisationWide, refuseUnless } from "./refusal.ts";

/**
 * Backs up the actor's organisation (admins only): reads its whole state in one snapshot, hands
 * the archive to `save` (e.g. a file writer), and once saved records the backup in the audit log.
 * A backup holds password hashes and private evidence, so every one is on the record.
 *
 * @example
 * const archive = await takeBackup(db, localAdminActor(org.id), (a) => writeBackupFile(file, a));
 */
export async function takeBackup(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  save: (archive: BackupArchive) => Promise<void>,
  now: Date = new Date(),
): Promise<BackupArchive> {
  refuseUnless(actor, "org:backup", organisationWide(actor.orgId));
  const archive = await createBackup(db, actor.orgId, now);
  await save(archive);
  const rows = archive.header.tables.reduce((sum, table) => sum + table.rows, 0);
  await recordAuditEntry(db, actor, {
    action: "org:backup",
    targetType: "organisation",
    targetId: actor.orgId,
    detail: { rows, tables: archive.header.tables.length },
  });
  return archive;
}
