import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { getOrganisation } from "../queries/organisations.ts";
import { appVersion, schemaMigrationTag } from "./app-facts.ts";
import { BackupError } from "./backup-error.ts";
import { type BackupArchive, backupFormat, backupFormatVersion } from "./backup-header.ts";
import { type BackupTable, backupTables } from "./backup-tables.ts";
import { executeRows } from "./execute-rows.ts";
import { quoteIdentifier as quote } from "./quote-identifier.ts";

async function readTable(tx: Database, table: BackupTable, orgId: string): Promise<string[]> {
  const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns)
    .map(quote)
    .join(", ");
  const columns = sql.raw(table.columns.map(quote).join(", "));
  const rows = await executeRows<{ line: string }>(
    tx,
    sql`select row_to_json(t)::text as line from (select ${columns} from ${sql.raw(quote(table.name))} where ${table.scope(orgId)}) t order by ${sql.raw(order)}`,
  );
  return rows.map((row) => row.line);
}

/**
 * Reads every backed-up table's rows of one organisation in a single consistent snapshot.
 * Rows are kept as the JSON text PostgreSQL writes (times in UTC, full precision), so restoring
 * them gives back exactly the same values.
 *
 * @example
 * const archive = await createBackup(handle.db, org.id);
 * await writeBackupFile("acme.pathways-backup.gz", archive);
 */
export async function createBackup(
  db: Database,
  orgId: string,
  now: Date = new Date(),
): Promise<BackupArchive> {
  const organisation = await getOrganisation(db, orgId);
  if (!organisation) throw new BackupError(`No organisation has the id ${orgId}.`);
  const tables = backupTables();
  const rows = new Map<string, string[]>();
  await db.transaction(async (tx) => {
    await tx.execute("set transaction isolation level repeatable read");
    await tx.execute("set local time zone 'UTC'");
    for (const table of tables) rows.set(table.name, await readTable(tx, table, orgId));
  });
  return {
    header: {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt: now.toISOString(),
      appVersion: appVersion(),
      schemaMigration: schemaMigrationTag(),
      organisation: { id: organisation.id, name: organisation.name },
      tables: tables.map((table) => ({
        name: table.name,
        rows: rows.get(table.name)?.length ?? 0,
        columns: table.columns,
      })),
      body: { lines: 0, sha256: "0".repeat(64) },
    },
    rows,
  };
}
