import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema.ts";

/**
 * The one Drizzle type every query takes: PGlite and node-postgres databases, and transactions
 * on either, all satisfy it, so each query is written once.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Which engine sits behind a database handle. */
export type DatabaseKind = "pglite" | "postgres";

/** An open database: the Drizzle handle, its kind, and how to close it. */
export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** The embedded database's data directory; absent on PostgreSQL. */
  dataDir?: string;
  close(): Promise<void>;
}

/** The little a storage logger must do; a pino logger fits. */
export interface StorageLogger {
  info(message: string): void;
  warn?(message: string): void;
}
