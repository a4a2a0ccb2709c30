import { Command } from "commander";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { takeBackup } from "../../app/take-backup.ts";
import { BackupError } from "../../storage/backup/backup-error.ts";
import { writeBackupFile } from "../../storage/backup/backup-file.ts";
import type { BackupHeader } from "../../storage/backup/backup-header.ts";
import { writeFileAtomically } from "../../storage/write-file-atomically.ts";
import type { ServerBackup } from "../admin-commands.ts";
import { CliError } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { writeError, writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import {
  type DatabaseOptions,
  withDatabaseOption,
  withDatabaseOrServer,
} from "../with-database.ts";

/** Options of `pathways backup`, as commander parses them. */
interface BackupOptions extends DatabaseOptions {
  org?: string;
}

async function backup(file: string, options: BackupOptions): Promise<void> {
  try {
    const { header, online } = await withDatabaseOrServer<{
      header: BackupHeader;
      online: boolean;
    }>(
      options,
      async ({ db }) => {
        const organisation = await resolveOrganisation(db, options.org);
        const archive = await takeBackup(db, localAdminActor(organisation.id), (taken) =>
          writeBackupFile(file, taken),
        );
        return { header: archive.header, online: false };
      },
      // A server holds the embedded database: it takes the snapshot while it keeps serving.
      async (call) => {
        const answer = await call<ServerBackup>({ command: "backup", org: options.org });
        await writeFileAtomically(file, Buffer.from(answer.file, "base64"), { mode: 0o600 });
        return { header: answer.header, online: true };
      },
    );
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    const where = online ? " (through the running server)" : "";
    writeOut(
      `Backed up "${header.organisation.name}"${where}: ${rows} rows from ${header.tables.length} tables to ${file}.`,
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
 * `pathways backup FILE [--org NAME]`: writes one organisation's whole state to a gzip'd
 * archive; beside a running server on the embedded database, the server takes it.
 *
 * @example
 * pathways backup acme.pathways-backup.gz --org Acme
 */
export function backupCommand(): Command {
  return withDatabaseOption(
    new Command("backup")
      .description(commandSummaries.backup)
      .argument("<file>", "the archive to write, e.g. acme.pathways-backup.gz")
      .option("--org <name>", "the organisation (name or id); needed when there are several"),
  ).action(backup);
}
