import type { Database } from "../database.ts";
import { schemaTables } from "./backup-tables.ts";
import { executeRows } from "./execute-rows.ts";

/**
 * Counts the rows of every table in the schema, whole-database (not per organisation).
 *
 * @example
 * const before = await tableRowCounts(db);
 */
export async function tableRowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of [...schemaTables().keys()].sort()) {
    const [row] = await executeRows<{ n: number | string }>(
      db,
      `select count(*) as n from "${name}"`,
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}
