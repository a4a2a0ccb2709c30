import { localAdminActor } from "../app/local-admin-actor.ts";
import { takeBackup } from "../app/take-backup.ts";
import type { AdminHandler } from "../storage/admin/serve-admin-socket.ts";
import type { BackupHeader } from "../storage/backup/backup-header.ts";
import { decodeBackup } from "../storage/backup/decode-backup.ts";
import { encodeBackup } from "../storage/backup/encode-backup.ts";
import { executeRows } from "../storage/backup/execute-rows.ts";
import { restoreBackup } from "../storage/backup/restore-backup.ts";
import type { Database, DatabaseHandle } from "../storage/database.ts";
import { resolveOrganisation } from "./resolve-organisation.ts";

/** What the server answers to `status`. */
export interface ServerStatus {
  pid: number;
  database: DatabaseHandle["kind"];
  fsync: string;
  walSyncMethod: string;
}

/** What the server answers to `backup`: the header and the archive file's bytes in base64. */
export interface ServerBackup {
  header: BackupHeader;
  file: string;
}

async function setting(db: Database, name: "fsync" | "wal_sync_method"): Promise<string> {
  const [row] = await executeRows<Record<string, string>>(db, `show ${name}`);
  return row?.[name] ?? "unknown";
}

/**
 * The commands `pathways` may hand to a running server over its admin socket: `status`,
 * `backup` (one consistent snapshot, taken while the server keeps serving) and `restore`.
 *
 * @example
 * await launchServer({ ...options, adminCommands: adminCommands });
 */
export function adminCommands(handle: DatabaseHandle): Record<string, AdminHandler> {
  const { db } = handle;
  return {
    async status(): Promise<ServerStatus> {
      return {
        pid: process.pid,
        database: handle.kind,
        fsync: await setting(db, "fsync"),
        walSyncMethod: await setting(db, "wal_sync_method"),
      };
    },
    async backup(request): Promise<ServerBackup> {
      const wanted = typeof request.org === "string" ? request.org : undefined;
      const organisation = await resolveOrganisation(db, wanted);
      let file: Buffer = Buffer.alloc(0);
      await takeBackup(db, localAdminActor(organisation.id), async (archive) => {
        file = encodeBackup(archive);
      });
      return { header: decodeBackup(file).header, file: file.toString("base64") };
    },
    async restore(request) {
      const file = Buffer.from(String(request.file ?? ""), "base64");
      return restoreBackup(db, decodeBackup(file, String(request.name ?? "the backup")));
    },
  };
}
