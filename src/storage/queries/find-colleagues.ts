import { and, asc, eq, ilike, isNull, ne } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people, users } from "../schema.ts";

/** A colleague as a picker shows them: a name to choose, nothing more. */
export interface Colleague {
  id: string;
  name: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Colleagues who can answer a feedback request (their account signs in), by name, leaving out
 * the person asking; names only, whatever the caller may otherwise see.
 *
 * @example const found = await findColleagues(db, { orgId, exceptPersonId: ava.id, search: "ben", limit: 10 });
 */
export async function findColleagues(
  db: Database,
  input: { orgId: string; exceptPersonId: string; search?: string; limit: number },
): Promise<Colleague[]> {
  const search = input.search?.trim();
  return db
    .selectDistinct({ id: people.id, name: people.name })
    .from(people)
    .innerJoin(users, and(eq(users.personId, people.id), isNull(users.deactivatedAt)))
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
