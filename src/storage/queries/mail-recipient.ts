import { and, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { organisations, people } from "../schema.ts";

/** Whom a mail goes to: their name, address and opt-outs, and their organisation's name. */
export interface MailRecipient {
  personId: string;
  name: string;
  email: string | null;
  mailOptOuts: string[];
  organisationName: string;
}

/** A person as a mail recipient, or null when the organisation has no such person. */
export async function getMailRecipient(
  db: Database,
  orgId: string,
  personId: string,
): Promise<MailRecipient | null> {
  const [row] = await db
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      mailOptOuts: people.mailOptOuts,
      organisationName: organisations.name,
    })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row ?? null;
}
