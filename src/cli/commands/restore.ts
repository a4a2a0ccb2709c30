import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { BackupError } from "../../storage/backup/backup-error.ts";
import { readBackupFile } from "../../storage/backup/backup-file.ts";
import { type RestoreSummary, restoreBackup } from "../../storage/backup/restore-backup.ts";
import { CliError } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { writeError, writeOut } from "../output.ts";
import {
  type DatabaseOptions,
  withDatabaseOption,
  withDatabaseOrServer,
} from "../with-database.ts";

async function restore(file: string, options: DatabaseOptions): Promise<void> {
  try {
    // Read and check the whole file before opening the database: a bad file touches nothing.
    const archive = await readBackupFile(file);
    const summary = await withDatabaseOrServer(
      options,
      ({ db }) => restoreBackup(db, archive),
      // A server holds the embedded database: it loads the archive in one transaction.
      async (call) => {
        const bytes = await readFile(file);
        return call<RestoreSummary>({
          command: "restore",
          file: bytes.toString("base64"),
          name: file,
        });
      },
    );
    const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
    writeOut(
      `Restored "${summary.organisation.name}" from ${file}: ${rows} rows in ${summary.tables.length} tables (backup of ${archive.header.createdAt}). Everyone signs in again.`,
    );
  } catch (error) {
    if (!(error instanceof BackupError || error instanceof CliError)) throw error;
    writeError(`pathways restore: ${error.message}`);
  }
}

/**
 * `pathways restore FILE`: loads an archive written by `pathways backup` into a database that
 * does not hold its organisation (also through a running server on the embedded database),
 * which is also how to move from the embedded database to a PostgreSQL server.
 *
 * @example
 * DATABASE_URL=postgres://pathways@db/pathways pathways restore acme.pathways-backup.gz
 */
export function restoreCommand(): Command {
  return withDatabaseOption(
    new Command("restore")
      .description(commandSummaries.restore)
      .argument("<file>", "an archive written by `pathways backup`"),
  ).action(restore);
}
