import { count } from "drizzle-orm";
import { ConflictError } from "../conflict-error.ts";
import type { Database } from "../database.ts";
import { organisations, people, users } from "../schema.ts";
import type { StoredUser } from "./users.ts";

/** What the first start creates: an organisation, its owner's person record and account. */
export interface SetupOrganisationInput {
  organisationName: string;
  ownerName: string;
  email: string;
  passwordHash: string;
}

/**
 * Creates the first organisation with its owner, in one transaction; a ConflictError when any
 * account already exists, so the one-time setup cannot run twice.
 */
export async function setupOrganisation(
  db: Database,
  input: SetupOrganisationInput,
): Promise<StoredUser> {
  return db.transaction(async (tx) => {
    // Serialises concurrent setups: the second waits, then sees the first one's owner.
    await tx.execute("lock table users in share row exclusive mode");
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) {
      throw new ConflictError("Setup is already done: sign in with an existing account.");
    }
    const email = input.email.trim().toLowerCase();
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: input.organisationName })
      .returning();
    if (!organisation) throw new Error("Creating the organisation returned no row.");
    const [person] = await tx
      .insert(people)
      .values({ orgId: organisation.id, name: input.ownerName, email })
      .returning();
    if (!person) throw new Error("Creating the owner's person record returned no row.");
    const [user] = await tx
      .insert(users)
      .values({
        orgId: organisation.id,
        email,
        passwordHash: input.passwordHash,
        role: "owner",
        personId: person.id,
      })
      .returning();
    if (!user) throw new Error("Creating the owner's account returned no row.");
    return user;
  });
}
