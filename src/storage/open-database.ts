import { resolve } from "node:path";
import type { DatabaseHandle, StorageLogger } from "./database.ts";
import { openPglite } from "./open-pglite.ts";
import { openPostgres } from "./open-postgres.ts";

/** Where to find the database. */
export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** The PGlite data directory; defaults to PATHWAYS_DATA_DIR, then ./.pathways. */
  dataDir?: string;
  logger?: StorageLogger;
  /** PGlite only: leave fsync off (default: PATHWAYS_RELAXED_DURABILITY, else durable). */
  relaxedDurability?: boolean;
}

/**
 * Opens the app's database, PostgreSQL when a URL is given and PGlite otherwise, migrated to
 * the current schema.
 *
 * @example
 * const handle = await openDatabase({ url: process.env.DATABASE_URL });
 * const person = await getPerson(handle.db, orgId, personId);
 * await handle.close();
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) return openPostgres({ url: options.url, logger: options.logger });
  const dataDir = resolve(options.dataDir ?? process.env.PATHWAYS_DATA_DIR ?? ".pathways");
  return openPglite({
    dataDir,
    logger: options.logger,
    relaxedDurability: options.relaxedDurability,
  });
}
