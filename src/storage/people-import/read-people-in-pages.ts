import { and, asc, eq, gt } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people } from "../schema.ts";
import { yieldToEventLoop } from "../yield-to-event-loop.ts";

const pageSize = 2000;

/** A person's id, email and manager, as an import checks them. */
export interface PersonLink {
  id: string;
  email: string | null;
  managerId: string | null;
}

/**
 * Every person of an organisation (id, email, manager), read in pages by id with the event loop
 * let run between them: on the embedded database one read of 100,000 rows holds the thread.
 *
 * @example const everyone = await readPeopleInPages(tx, orgId);
 */
export async function readPeopleInPages(db: Database, orgId: string): Promise<PersonLink[]> {
  const found: PersonLink[] = [];
  for (let after: string | null = null; ; ) {
    const page: PersonLink[] = await db
      .select({ id: people.id, email: people.email, managerId: people.managerId })
      .from(people)
      .where(and(eq(people.orgId, orgId), after === null ? undefined : gt(people.id, after)))
      .orderBy(asc(people.id))
      .limit(pageSize);
    found.push(...page);
    if (page.length < pageSize) return found;
    after = page[page.length - 1]?.id ?? null;
    await yieldToEventLoop();
  }
}
