import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people, users } from "../schema.ts";
import type { StoredUser } from "./users.ts";

/** A person with their account (if any), as SCIM provisioning sees them. */
export interface ScimPersonRow {
  person: typeof people.$inferSelect;
  user: StoredUser | null;
}

/** What a SCIM list may filter on: the account email (userName) or the directory's id. */
export interface ScimPeopleFilter {
  email?: string | undefined;
  externalId?: string | undefined;
}

function conditions(orgId: string, filter: ScimPeopleFilter) {
  return and(
    eq(people.orgId, orgId),
    filter.email === undefined
      ? undefined
      : sql`lower(${people.email}) = ${filter.email.trim().toLowerCase()}`,
    filter.externalId === undefined ? undefined : eq(people.externalId, filter.externalId),
  );
}

/** One page of an organisation's people with their accounts, by creation, and how many match. */
export async function listScimPeople(
  db: Database,
  orgId: string,
  filter: ScimPeopleFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ScimPersonRow[]; total: number }> {
  const where = conditions(orgId, filter);
  const [counted] = await db.select({ n: count() }).from(people).where(where);
  const rows =
    page.limit === 0
      ? []
      : await db
          .select({ person: people, user: users })
          .from(people)
          .leftJoin(users, eq(users.personId, people.id))
          .where(where)
          .orderBy(asc(people.createdAt), asc(people.id))
          .offset(page.offset)
          .limit(page.limit);
  return { rows, total: counted?.n ?? 0 };
}

/** A person of the organisation with their account, or null. */
export async function getScimPerson(
  db: Database,
  orgId: string,
  personId: string,
): Promise<ScimPersonRow | null> {
  const [row] = await db
    .select({ person: people, user: users })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)))
    .limit(1);
  return row ?? null;
}

/** Sets the id the organisation's directory knows a person by. */
export async function setPersonExternalId(
  db: Database,
  orgId: string,
  personId: string,
  externalId: string | null,
): Promise<void> {
  await db
    .update(people)
    .set({ externalId })
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
}

/** Changes the email an account signs in with (stored lower-cased). */
export async function setAccountEmail(db: Database, userId: string, email: string): Promise<void> {
  await db.update(users).set({ email: email.trim().toLowerCase() }).where(eq(users.id, userId));
}
