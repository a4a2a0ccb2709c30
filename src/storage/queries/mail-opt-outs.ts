import { and, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people } from "../schema.ts";

/** The kinds of mail a person turned off, or null when the organisation has no such person. */
export async function getMailOptOuts(
  db: Database,
  orgId: string,
  personId: string,
): Promise<string[] | null> {
  const [row] = await db
    .select({ mailOptOuts: people.mailOptOuts })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row ? row.mailOptOuts : null;
}

/** Sets the kinds of mail a person turned off; answers false when there is no such person. */
export async function setMailOptOuts(
  db: Database,
  input: { orgId: string; personId: string; mailOptOuts: readonly string[] },
): Promise<boolean> {
  const updated = await db
    .update(people)
    .set({ mailOptOuts: [...input.mailOptOuts] })
    .where(and(eq(people.orgId, input.orgId), eq(people.id, input.personId)))
    .returning({ id: people.id });
  return updated.length > 0;
}
