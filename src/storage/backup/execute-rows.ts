import type { SQL } from "drizzle-orm";
import type { Database } from "../database.ts";

/** Runs raw SQL and returns its rows; both node-postgres and PGlite results carry `rows`. */
export async function executeRows<T>(db: Database, query: SQL | string): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
