import { sql } from "drizzle-orm";
import { executeRows } from "../backup/execute-rows.ts";
import type { Database } from "../database.ts";
import { people, users } from "../schema.ts";

/** Who an account is, as people see them: their person's name (or email) and that person. */
export interface UserName {
  name: string;
  personId: string | null;
}

/**
 * Names the accounts of an organisation among the ids given, in one statement; unknown ids are
 * simply absent.
 *
 * @example
 * const names = await userNames(db, orgId, [goal.changedBy]);
 */
export async function userNames(
  db: Database,
  orgId: string,
  userIds: readonly (string | null)[],
): Promise<Map<string, UserName>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await executeRows<{ id: string; name: string; person_id: string | null }>(
    db,
    sql`select u.id::text as id, coalesce(p.name, u.email) as name, p.id::text as person_id
      from ${users} u left join ${people} p on p.id = u.person_id
      where u.org_id = ${orgId} and u.id = any(${sql.param(ids)}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.id, { name: row.name, personId: row.person_id }]));
}
