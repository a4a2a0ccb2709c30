import { and, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people } from "../schema.ts";
import { anyId } from "./any-id.ts";

/**
 * The names of the given people of an organisation, in one statement whatever their number
 * (the ids travel as one array parameter); an id that names nobody there is left out.
 *
 * @example const names = await personNames(db, orgId, spans.map((span) => span.managerId));
 */
export async function personNames(
  db: Database,
  orgId: string,
  ids: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), anyId(people.id, [...new Set(ids)])));
}
