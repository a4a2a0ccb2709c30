import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../storage/database.ts";

// PostgreSQL takes at most 65,535 bind parameters per statement; 500 rows stays well below.
const rowsPerStatement = 500;

/** Inserts many rows with a few multi-row statements instead of one statement per row. */
export async function insertInChunks<T extends PgTable>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    await db.insert(table).values(rows.slice(start, start + rowsPerStatement));
  }
}
