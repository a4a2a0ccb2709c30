import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * `column = any($1::uuid[])`: the ids travel as one array parameter, so a list of any length
 * fits (PostgreSQL binds at most 65,535 parameters, and `in (...)` spends one per id).
 *
 * @example
 * db.select().from(ratings).where(anyId(ratings.assessmentId, ids));
 */
export function anyId(column: AnyColumn | SQL, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::uuid[])`;
}
