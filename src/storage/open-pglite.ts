import { existsSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { createPgliteCluster } from "./create-pglite-cluster.ts";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.ts";
import type { DatabaseHandle, StorageLogger } from "./database.ts";
import { DurableNodeFS } from "./durable-node-fs.ts";
import { fsyncTree } from "./fsync-tree.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import * as schema from "./schema.ts";

/**
 * PGlite's start parameters. Its defaults include `-F` (fsync off); durable runs drop it and
 * sync the WAL with fsync, the one sync call Emscripten passes on (see durable-node-fs.ts).
 * The working set of a Pathways database is small; PostgreSQL's default 128 MB buffer pool is
 * allocated inside the WASM heap, so it would stay resident for nothing.
 */
export function pgliteStartParams(durable: boolean): string[] {
  const defaults = PGlite.defaultStartParams.filter((param) => !(durable && param === "-F"));
  const sync = durable ? ["-c", "wal_sync_method=fsync"] : [];
  return [...defaults, "-c", "shared_buffers=32MB", ...sync];
}

/** Whether PATHWAYS_RELAXED_DURABILITY asks for speed over surviving an operating-system crash. */
export function relaxedDurabilityFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.PATHWAYS_RELAXED_DURABILITY?.trim().toLowerCase();
  return value === "1" || value === "true" || value === "yes";
}

/** Starts PGlite on a data directory, creating the database cluster first when it is new. */
async function startPglite(pgdata: string, durable: boolean): Promise<PGlite> {
  const startParams = pgliteStartParams(durable);
  if (!existsSync(join(pgdata, "PG_VERSION"))) {
    await createPgliteCluster(pgdata, startParams);
    // The cluster was written by another process without syncs: flush it before relying on it.
    if (durable) await fsyncTree(pgdata);
  }
  if (!durable) return PGlite.create({ dataDir: pgdata, startParams });
  return PGlite.create({ fs: new DurableNodeFS(pgdata), startParams });
}

/** Options of {@link openPglite}. */
export interface OpenPgliteOptions {
  dataDir: string;
  logger?: StorageLogger;
  /** Leave fsync off: faster writes, but an operating-system crash may lose the last ones. */
  relaxedDurability?: boolean;
}

/** An open embedded database, with the lock that makes this process its only user. */
export interface PgliteHandle extends DatabaseHandle {
  kind: "pglite";
  lock: DataDirLock;
}

/** Opens (creating and migrating on first use) the embedded database in a data directory. */
export async function openPglite(options: OpenPgliteOptions): Promise<PgliteHandle> {
  // PGlite has no cross-process lock: a second writer would silently corrupt the files.
  const lock = await lockDataDir(options.dataDir);
  const durable = !(options.relaxedDurability ?? relaxedDurabilityFromEnv());
  try {
    const client = await startPglite(join(options.dataDir, "pgdata"), durable);
    const db = drizzle({ client, schema });
    try {
      await migrate(db, { migrationsFolder });
    } catch (error) {
      await client.close();
      throw error;
    }
    options.logger?.info(
      `Opened the embedded database in ${options.dataDir} (${durable ? "durable writes: fsync on" : "relaxed durability: fsync off"})`,
    );
    let closed = false;
    return {
      db,
      kind: "pglite",
      lock,
      dataDir: options.dataDir,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
