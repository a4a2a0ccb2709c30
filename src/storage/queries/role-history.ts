import { and, asc, eq, isNull } from "drizzle-orm";
import type { RoleHistoryEntry } from "../../engine/types.ts";
import type { Database } from "../database.ts";
import { people, roleHistory } from "../schema.ts";
import { type StoredPerson, toPerson } from "./people.ts";

/**
 * Moves a person to a new role from a date: closes the current stint, opens the new one and
 * updates the person, in one transaction; null when the person is not in the organisation.
 */
export async function changeRole(
  db: Database,
  input: { orgId: string; personId: string; roleId: string; from: string },
): Promise<StoredPerson | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(people)
      .set({ roleId: input.roleId })
      .where(and(eq(people.orgId, input.orgId), eq(people.id, input.personId)))
      .returning();
    if (!row) return null;
    await tx
      .update(roleHistory)
      .set({ to: input.from })
      .where(and(eq(roleHistory.personId, input.personId), isNull(roleHistory.to)));
    await tx
      .insert(roleHistory)
      .values({ personId: input.personId, roleId: input.roleId, from: input.from });
    return toPerson(row);
  });
}

/** A person's roles, oldest first. */
export async function listRoleHistory(
  db: Database,
  orgId: string,
  personId: string,
): Promise<RoleHistoryEntry[]> {
  return db
    .select({
      personId: roleHistory.personId,
      roleId: roleHistory.roleId,
      from: roleHistory.from,
      to: roleHistory.to,
    })
    .from(roleHistory)
    .innerJoin(people, eq(people.id, roleHistory.personId))
    .where(and(eq(people.orgId, orgId), eq(roleHistory.personId, personId)))
    .orderBy(asc(roleHistory.from), asc(roleHistory.id));
}
