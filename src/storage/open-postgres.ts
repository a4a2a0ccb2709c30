import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { DatabaseHandle, StorageLogger } from "./database.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import * as schema from "./schema.ts";

// Any fixed number works; it only has to be the same in every Pathways process.
const migrationLockKey = 7_261_004;

/** Connects to a PostgreSQL server and brings its schema up to date. */
export async function openPostgres(options: {
  url: string;
  logger?: StorageLogger;
  poolSize?: number;
}): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
  // The server may cut an idle connection (restart, failover, an administrator); pg then emits
  // 'error' on the pool, which would crash the process if nobody listened. The pool reconnects.
  pool.on("error", (error) => {
    options.logger?.warn?.(
      `PostgreSQL closed an idle connection (${error.message}); reconnecting.`,
    );
  });
  try {
    await migrateUnderLock(pool, options.url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  options.logger?.info(`Connected to PostgreSQL at ${redactUrl(options.url)}`);
  let closed = false;
  return {
    db: drizzle({ client: pool, schema }),
    kind: "postgres",
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** Several app instances may start at once: an advisory lock lets one migrate at a time. */
async function migrateUnderLock(pool: pg.Pool, url: string): Promise<void> {
  const client = await pool.connect().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not connect to PostgreSQL at ${redactUrl(url)} (${reason}). Check DATABASE_URL and that the server is running.`,
      { cause: error },
    );
  });
  try {
    await client.query("select pg_advisory_lock($1)", [migrationLockKey]);
    try {
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [migrationLockKey]);
    }
  } finally {
    client.release();
  }
}

/** Hides the password of a connection URL for logs and errors. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
