import { existsSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { createPgliteCluster } from "./create-pglite-cluster.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import type { DatabaseHandle, StorageLogger } from "./database.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import * as schema from "./schema.ts";

// The working set of a Pathways database is small; PostgreSQL's default 128 MB buffer pool is
// allocated inside the WASM heap, so it would stay resident for nothing.
const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"];

/** Starts PGlite on a data directory, creating the database cluster first when it is new. */
async function startPglite(pgdata: string): Promise<PGlite> {
  if (!existsSync(join(pgdata, "PG_VERSION"))) await createPgliteCluster(pgdata, startParams);
  return PGlite.create({ dataDir: pgdata, startParams });
}

/** Opens (creating and migrating on first use) the embedded database in a data directory. */
export async function openPglite(options: {
  dataDir: string;
  logger?: StorageLogger;
}): Promise<DatabaseHandle> {
  // PGlite has no cross-process lock: a second writer would silently corrupt the files.
  const lock = lockDataDir(options.dataDir);
  try {
    const client = await startPglite(join(options.dataDir, "pgdata"));
    const db = drizzle({ client, schema });
    try {
      await migrate(db, { migrationsFolder });
    } catch (error) {
      await client.close();
      throw error;
    }
    options.logger?.info(`Opened the embedded database in ${options.dataDir}`);
    let closed = false;
    return {
      db,
      kind: "pglite",
      async close() {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
