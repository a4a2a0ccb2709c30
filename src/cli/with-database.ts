import type { Command } from "commander";
import type { DatabaseHandle } from "../storage/database.ts";
import { openDatabase } from "../storage/open-database.ts";

/** Where a command finds its database: `--data-dir`, else DATABASE_URL, else ./.pathways. */
export interface DatabaseOptions {
  dataDir?: string;
}

/**
 * Adds `--data-dir` to a command that opens the database.
 *
 * @example
 * withDatabaseOption(new Command("backup")).action(...)
 */
export function withDatabaseOption(command: Command): Command {
  return command.option(
    "--data-dir <path>",
    "embedded database directory (default: $PATHWAYS_DATA_DIR or ./.pathways); ignored when DATABASE_URL is set",
  );
}

/**
 * Opens the database a CLI command works on, runs `work` with it and always closes it, so the
 * embedded database's lock is released even when the work fails.
 *
 * @example
 * await withDatabase(options, (handle) => listPeople(handle.db, orgId));
 */
export async function withDatabase<T>(
  options: DatabaseOptions,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase({
    url: process.env.DATABASE_URL || undefined,
    dataDir: options.dataDir,
  });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
