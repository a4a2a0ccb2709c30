import { and, asc, eq, ilike, ne } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people } from "../schema.ts";

/** A colleague as a picker shows them: a name to choose, nothing more. */
export interface Colleague {
  id: string;
  name: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Colleagues of an organisation by name, leaving out the person asking: names only, whatever the
 * caller may otherwise see. Someone without an account yet can still be asked: the request
 * waits for them and its mail tells them.
 *
 * @example const found = await findColleagues(db, { orgId, exceptPersonId: ava.id, search: "ben", limit: 10 });
 */
export async function findColleagues(
  db: Database,
  input: { orgId: string; exceptPersonId: string; search?: string; limit: number },
): Promise<Colleague[]> {
  const search = input.search?.trim();
  return db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(
      and(
        eq(people.orgId, input.orgId),
        ne(people.id, input.exceptPersonId),
        search ? ilike(people.name, `%${escapeLike(search)}%`) : undefined,
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(input.limit);
}
