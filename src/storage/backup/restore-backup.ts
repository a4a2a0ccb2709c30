import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { getOrganisation } from "../queries/organisations.ts";
import { BackupError } from "./backup-error.ts";
import type { BackupArchive } from "./backup-header.ts";
import { type BackupTable, backupTables } from "./backup-tables.ts";
import { insertTableRows } from "./insert-table-rows.ts";

/** What a restore wrote: rows per table, in the order they were inserted. */
export interface RestoreSummary {
  organisation: { id: string; name: string };
  tables: { name: string; rows: number }[];
}

function checkTables(archive: BackupArchive, tables: BackupTable[]): void {
  const known = new Map(tables.map((table) => [table.name, table]));
  for (const entry of archive.header.tables) {
    const table = known.get(entry.name);
    const extra = table ? entry.columns.filter((column) => !table.columns.includes(column)) : [];
    if (!table || extra.length > 0) {
      const what = table
        ? `columns ${extra.join(", ")} of ${entry.name}`
        : `the table ${entry.name}`;
      throw new BackupError(
        `The backup holds ${what}, which this Pathways does not know: it was made by a newer version (schema ${archive.header.schemaMigration}). Upgrade Pathways, then restore.`,
      );
    }
  }
}

/** The database's own error inside a driver or Drizzle wrapper: code, message and details. */
function findCode(error: unknown): {
  code?: string;
  message?: string;
  detail?: string;
  table?: string;
} {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const candidate = current as {
      code?: unknown;
      detail?: unknown;
      table?: unknown;
      cause?: unknown;
    };
    if (typeof candidate.code === "string") {
      return {
        code: candidate.code,
        message: current instanceof Error ? current.message : undefined,
        detail: typeof candidate.detail === "string" ? candidate.detail : undefined,
        table: typeof candidate.table === "string" ? candidate.table : undefined,
      };
    }
    current = candidate.cause;
  }
  return {};
}

function explainFailure(error: unknown): unknown {
  const { code, message, detail, table } = findCode(error);
  if (code === "23505") {
    return new BackupError(
      `The database already holds data the backup would clash with${table ? ` in ${table}` : ""}${detail ? ` (${detail})` : ""}. Change or remove the clashing record (an account's email is unique across the installation) or restore into another database; nothing was changed.`,
    );
  }
  if (code !== undefined) {
    return new BackupError(
      `The backup could not be loaded (${message ?? code}${detail ? `: ${detail}` : ""}); nothing was changed.`,
    );
  }
  return error;
}

/**
 * Loads an archive into the database in one transaction, each table after the tables it
 * references; the database may hold other organisations. Refuses, changing nothing, when the organisation is already there, when a row
 * would clash with existing data, or when the archive is from a newer schema.
 *
 * @example
 * const archive = await readBackupFile("acme.pathways-backup.gz");
 * const summary = await restoreBackup(handle.db, archive);
 */
export async function restoreBackup(db: Database, archive: BackupArchive): Promise<RestoreSummary> {
  const tables = backupTables();
  checkTables(archive, tables);
  const { organisation } = archive.header;
  if (await getOrganisation(db, organisation.id)) {
    throw new BackupError(
      `This database already has the organisation "${organisation.name}" (${organisation.id}). Restore into a database without it, or remove that organisation first; nothing was changed.`,
    );
  }
  const columnsIn = new Map(archive.header.tables.map((entry) => [entry.name, entry.columns]));
  const written: RestoreSummary["tables"] = [];
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local time zone 'UTC'`);
      for (const table of tables) {
        const rows = archive.rows.get(table.name) ?? [];
        const columns = columnsIn.get(table.name) ?? [];
        await insertTableRows(tx, { table, columns, rows });
        written.push({ name: table.name, rows: rows.length });
      }
    });
  } catch (error) {
    throw explainFailure(error);
  }
  return { organisation, tables: written };
}
