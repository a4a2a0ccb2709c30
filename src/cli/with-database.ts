import { resolve } from "node:path";
import type { Command } from "commander";
import { adminSocketPath } from "../storage/admin/admin-socket-path.ts";
import {
  AdminCommandError,
  AdminSocketUnavailableError,
  callAdminSocket,
} from "../storage/admin/call-admin-socket.ts";
import type { AdminRequest } from "../storage/admin/serve-admin-socket.ts";
import { DataDirLockedError } from "../storage/data-dir-lock.ts";
import type { DatabaseHandle } from "../storage/database.ts";
import { openDatabase } from "../storage/open-database.ts";
import { CliError } from "./cli-error.ts";

/** Where a command finds its database: `--data-dir`, else DATABASE_URL, else ./.pathways. */
export interface DatabaseOptions {
  dataDir?: string;
}

/** The embedded database is held by a running server; the message says how to go on. */
export class DatabaseInUseError extends CliError {
  constructor(readonly locked: DataDirLockedError) {
    const pid = locked.holder?.pid;
    const by = pid ? `a running Pathways server (pid ${pid})` : "a running Pathways server";
    const stop = pid ? ` (kill ${pid})` : "";
    super(
      `The embedded database in ${locked.dataDir} is in use by ${by}: stop it first${stop} and run this again, or do it in the web app while it runs (\`pathways backup\` works beside it).`,
    );
  }
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
 * embedded database's lock is released even when the work fails. Throws
 * {@link DatabaseInUseError} when a running server holds the embedded database.
 *
 * @example
 * await withDatabase(options, (handle) => listPeople(handle.db, orgId));
 */
export async function withDatabase<T>(
  options: DatabaseOptions,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({
      url: process.env.DATABASE_URL || undefined,
      dataDir: options.dataDir,
    });
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new DatabaseInUseError(error);
    throw error;
  }
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Sends one command to the server that holds the embedded database. */
export type CallServer = <R>(request: AdminRequest) => Promise<R>;

/**
 * Like {@link withDatabase}, but when a running server holds the embedded database the command
 * is handed to that server over its admin socket (`admin.sock` in the data directory) instead.
 *
 * @example
 * await withDatabaseOrServer(options, ({ db }) => createBackup(db, id), (call) => call({ command: "backup" }));
 */
export async function withDatabaseOrServer<T>(
  options: DatabaseOptions,
  direct: (handle: DatabaseHandle) => Promise<T>,
  viaServer: (call: CallServer) => Promise<T>,
): Promise<T> {
  try {
    return await withDatabase(options, direct);
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    const path = adminSocketPath(resolve(error.locked.dataDir));
    try {
      return await viaServer((request) => callAdminSocket(path, request));
    } catch (failure) {
      if (failure instanceof AdminSocketUnavailableError) throw error;
      if (failure instanceof AdminCommandError) throw new CliError(failure.message);
      throw failure;
    }
  }
}
