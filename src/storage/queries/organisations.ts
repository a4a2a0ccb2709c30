import { asc, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { organisations } from "../schema.ts";

/** An organisation as stored. */
export type Organisation = typeof organisations.$inferSelect;

/** Creates an organisation. */
export async function createOrganisation(
  db: Database,
  input: { name: string },
): Promise<Organisation> {
  const [row] = await db.insert(organisations).values({ name: input.name }).returning();
  if (!row) throw new Error("Creating the organisation returned no row.");
  return row;
}

/** Finds an organisation by id, or null. */
export async function getOrganisation(db: Database, id: string): Promise<Organisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

/** Renames an organisation; null when it does not exist. */
export async function renameOrganisation(
  db: Database,
  id: string,
  name: string,
): Promise<Organisation | null> {
  const [row] = await db
    .update(organisations)
    .set({ name })
    .where(eq(organisations.id, id))
    .returning();
  return row ?? null;
}

/** Every organisation, oldest first. */
export async function listOrganisations(db: Database): Promise<Organisation[]> {
  return db
    .select()
    .from(organisations)
    .orderBy(asc(organisations.createdAt), asc(organisations.id));
}
