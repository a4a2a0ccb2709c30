import { and, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { ssoIdentities, users } from "../schema.ts";
import type { StoredUser } from "./users.ts";

/** The account an identity at an OpenID provider is linked to, or null. */
export async function findUserBySsoIdentity(
  db: Database,
  identity: { issuer: string; subject: string },
): Promise<StoredUser | null> {
  const [row] = await db
    .select({ user: users })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(
      and(eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.subject, identity.subject)),
    );
  return row?.user ?? null;
}

/** Links an identity at a provider to an account, or notes a sign-in of one already linked. */
export async function linkSsoIdentity(
  db: Database,
  input: { userId: string; issuer: string; subject: string; email: string; at: Date },
): Promise<void> {
  await db
    .insert(ssoIdentities)
    .values({
      userId: input.userId,
      issuer: input.issuer,
      subject: input.subject,
      email: input.email,
      lastSignInAt: input.at,
    })
    .onConflictDoUpdate({
      target: [ssoIdentities.issuer, ssoIdentities.subject],
      set: { email: input.email, lastSignInAt: input.at },
    });
}
