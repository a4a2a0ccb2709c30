import { Command } from "commander";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { takeBackup } from "../../app/take-backup.ts";
import { BackupError } from "../../storage/backup/backup-error.ts";
import { writeBackupFile } from "../../storage/backup/backup-file.ts";
import { CliError } from "../cli-error.ts";
import { writeError, writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

/** Options of `pathways backup`, as commander parses them. */
interface BackupOptions extends DatabaseOptions {
  org?: string;
}

async function backup(file: string, options: BackupOptions): Promise<void> {
  try {
    const header = await withDatabase(options, async ({ db }) => {
      const organisation = await resolveOrganisation(db, options.org);
      const archive = await takeBackup(db, localAdminActor(organisation.id), (taken) =>
        writeBackupFile(file, taken),
      );
      return archive.header;
    });
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    writeOut(
      `Backed up "${header.organisation.name}": ${rows} rows from ${header.tables.length} tables to ${file}.`,
    );
    writeOut(
      "The file holds password hashes and private evidence: keep it as safe as the database.",
    );
  } catch (error) {
    if (!(error instanceof CliError || error instanceof BackupError)) throw error;
    writeError(`pathways backup: ${error.message}`);
  }
}

/**
 * `pathways backup FILE [--org NAME]`: writes one organisation's whole state to a gzip'd archive.
 *
 * @example
 * pathways backup acme.pathways-backup.gz --org Acme
 */
export function backupCommand(): Command {
  return withDatabaseOption(
    new Command("backup")
      .description(
        "Write an organisation's whole state to one archive file (gzip'd JSON lines). Uses DATABASE_URL when set, else the embedded database.",
      )
      .argument("<file>", "the archive to write, e.g. acme.pathways-backup.gz")
      .option("--org <name>", "the organisation (name or id); needed when there are several"),
  ).action(backup);
}
