import { eq } from "drizzle-orm";
import { digestToken } from "../../src/app/secret-token.ts";
import { sessionCookieName } from "../../src/server/auth/session-cookie.ts";
import { csrfTokenFor, newToken } from "../../src/server/auth/tokens.ts";
import type { Database } from "../../src/storage/database.ts";
import { createPerson } from "../../src/storage/queries/people.ts";
import { createSession } from "../../src/storage/queries/sessions.ts";
import { createUser } from "../../src/storage/queries/users.ts";
import { apiTokens, users } from "../../src/storage/schema.ts";
import type { Cast } from "./seed-cast.ts";

/**
 * The credentials the route matrix runs as besides the cast's cookies: Ava's read-write token,
 * Erin's read-only token, a revoked and an expired token of Ava's, and the cookie and token of a
 * deactivated account (left behind, as if written before the deactivation).
 */
export const credentialKinds = [
  "selfToken",
  "adminReadToken",
  "revokedToken",
  "expiredToken",
  "deactivatedCookie",
  "deactivatedToken",
] as const;
export type CredentialKind = (typeof credentialKinds)[number];

async function token(
  db: Database,
  userId: string,
  scope: "read" | "read-write",
  state: { expiresAt?: Date; revokedAt?: Date } = {},
): Promise<Record<string, string>> {
  const secret = `pw_${newToken()}`;
  await db.insert(apiTokens).values({
    userId,
    name: "matrix",
    tokenDigest: digestToken(secret),
    hint: secret.slice(-4),
    scope,
    expiresAt: state.expiresAt ?? new Date(Date.now() + 86_400_000),
    revokedAt: state.revokedAt ?? null,
  });
  return { authorization: `Bearer ${secret}` };
}

/**
 * Seeds the extra credentials and answers their headers.
 *
 * @example const credentials = await seedCredentials(db, cast);
 */
export async function seedCredentials(
  db: Database,
  cast: Cast,
): Promise<Record<CredentialKind, Record<string, string>>> {
  const ava = cast.members.self.userId;
  const person = await createPerson(db, { orgId: cast.orgId, name: "Finn", roleId: "pm" });
  const finn = await createUser(db, {
    orgId: cast.orgId,
    email: `finn@${cast.orgId.slice(0, 8)}.example`,
    passwordHash: null,
    personId: person.id,
  });
  const cookie = newToken();
  await createSession(db, {
    userId: finn.id,
    tokenDigest: digestToken(cookie),
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const deactivatedToken = await token(db, finn.id, "read-write");
  await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, finn.id));
  return {
    selfToken: await token(db, ava, "read-write"),
    adminReadToken: await token(db, cast.members.admin.userId, "read"),
    revokedToken: await token(db, ava, "read-write", { revokedAt: new Date() }),
    expiredToken: await token(db, ava, "read-write", { expiresAt: new Date(Date.now() - 1000) }),
    deactivatedCookie: {
      cookie: `${sessionCookieName}=${cookie}`,
      "x-csrf-token": csrfTokenFor(cookie),
    },
    deactivatedToken,
  };
}
