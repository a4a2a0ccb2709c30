import { Command } from "commander";
import { BackupError } from "../../storage/backup/backup-error.ts";
import { readBackupFile } from "../../storage/backup/backup-file.ts";
import { restoreBackup } from "../../storage/backup/restore-backup.ts";
import { writeError, writeOut } from "../output.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

async function restore(file: string, options: DatabaseOptions): Promise<void> {
  try {
    // Read and check the whole file before opening the database: a bad file touches nothing.
    const archive = await readBackupFile(file);
    const summary = await withDatabase(options, ({ db }) => restoreBackup(db, archive));
    const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
    writeOut(
      `Restored "${summary.organisation.name}" from ${file}: ${rows} rows in ${summary.tables.length} tables (backup of ${archive.header.createdAt}). Everyone signs in again.`,
    );
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    writeError(`pathways restore: ${error.message}`);
  }
}

/**
 * `pathways restore FILE`: loads an archive written by `pathways backup` into an empty database,
 * which is also how to move from the embedded database to a PostgreSQL server.
 *
 * @example
 * DATABASE_URL=postgres://pathways@db/pathways pathways restore acme.pathways-backup.gz
 */
export function restoreCommand(): Command {
  return withDatabaseOption(
    new Command("restore")
      .description(
        "Load a backup archive into an empty database, in one transaction. Uses DATABASE_URL when set, else the embedded database.",
      )
      .argument("<file>", "an archive written by `pathways backup`"),
  ).action(restore);
}
