import type { Database } from "./database.ts";

/**
 * Whether a Drizzle handle drives the embedded database (PGlite), which runs in this process's
 * thread, rather than a PostgreSQL server: work the database does then holds every request.
 * A transaction handle does not say; ask the database it was opened on.
 *
 * @example if (drivesEmbeddedDatabase(db)) await tx.execute(sql`set constraints … immediate`);
 */
export function drivesEmbeddedDatabase(db: Database): boolean {
  const client = (db as { $client?: unknown }).$client;
  // PGlite instances wait for their WebAssembly start; pg pools and clients have no such thing.
  return typeof client === "object" && client !== null && "waitReady" in client;
}
