import type { OrgRole } from "../../src/app/policy.ts";
import { sessionCookieName } from "../../src/server/auth/session-cookie.ts";
import { csrfTokenFor, digestToken, newToken } from "../../src/server/auth/tokens.ts";
import type { Database } from "../../src/storage/database.ts";
import {
  createFrameworkVersion,
  publishFrameworkVersion,
} from "../../src/storage/queries/framework-versions.ts";
import { createOrganisation } from "../../src/storage/queries/organisations.ts";
import { createPerson } from "../../src/storage/queries/people.ts";
import { createSession } from "../../src/storage/queries/sessions.ts";
import { createUser } from "../../src/storage/queries/users.ts";
import { sessions } from "../../src/storage/schema.ts";
import { buildFramework } from "../factories.ts";

/** The actors every access test runs as. */
export const castKinds = [
  "anonymous",
  "self",
  "peer",
  "directManager",
  "skipManager",
  "admin",
  "otherOrgAdmin",
] as const;
export type CastKind = (typeof castKinds)[number];

/** A seeded member: ids and the headers that make a request theirs. */
export interface CastMember {
  userId: string;
  personId: string;
  orgId: string;
  headers: Record<string, string>;
  /** Starts this member's session again after something ended it. */
  restoreSession(): Promise<void>;
}

/** Two organisations: Ava reports to Ben, who reports to Cleo; Dev is Ava's peer; Erin admins. */
export interface Cast {
  orgId: string;
  otherOrgId: string;
  members: Record<Exclude<CastKind, "anonymous">, CastMember>;
  /** Headers per kind; anonymous sends none. */
  headers(kind: CastKind): Record<string, string>;
  /** Starts again the sessions a row ended (signing out everywhere), so later rows can use them. */
  restoreSessions(): Promise<void>;
}

// The argon2id hash of "x": seeding does not need to pay for hashing.
const unusedHash =
  "$argon2id$v=19$m=19456,t=2,p=1$nl3qwm0vRjAmebwqf4nEug$5VXVxNMVRTJksDnvPDVz7sYWFqOaAfLh3ZSZNdQx9pw";

/** A member of an organisation with a person, an account and a live session (their headers). */
export async function seedMember(
  db: Database,
  input: {
    orgId: string;
    name: string;
    role: OrgRole;
    managerId?: string;
    roleId?: string;
    team?: string;
  },
): Promise<CastMember> {
  const email = `${input.name.toLowerCase()}@${input.orgId.slice(0, 8)}.example`;
  const person = await createPerson(db, {
    orgId: input.orgId,
    name: input.name,
    email,
    managerId: input.managerId ?? null,
    roleId: input.roleId ?? "pm",
    team: input.team ?? "Payments",
  });
  const user = await createUser(db, {
    orgId: input.orgId,
    email,
    passwordHash: unusedHash,
    role: input.role,
    personId: person.id,
  });
  const token = newToken();
  const expiresAt = new Date(Date.now() + 3_600_000);
  await createSession(db, { userId: user.id, tokenDigest: digestToken(token), expiresAt });
  const headers = { cookie: `${sessionCookieName}=${token}`, "x-csrf-token": csrfTokenFor(token) };
  const restoreSession = async () => {
    await db
      .insert(sessions)
      .values({ id: digestToken(token), userId: user.id, expiresAt })
      .onConflictDoNothing();
  };
  return { userId: user.id, personId: person.id, orgId: input.orgId, headers, restoreSession };
}

/**
 * Seeds the access-test cast with live sessions.
 *
 * @example
 * const cast = await seedCast(db);
 * await app.request(`/api/v1/people/${cast.members.self.personId}`, { headers: cast.headers("peer") });
 */
export async function seedCast(db: Database): Promise<Cast> {
  const org = await createOrganisation(db, { name: "Acme" });
  const other = await createOrganisation(db, { name: "Globex" });
  for (const orgId of [org.id, other.id]) {
    const framework = buildFramework();
    const stored = await createFrameworkVersion(db, { orgId, document: framework, source: "{}" });
    await publishFrameworkVersion(db, orgId, stored.id);
  }
  const skipManager = await seedMember(db, {
    orgId: org.id,
    name: "Cleo",
    role: "member",
    roleId: "group-pm",
  });
  const directManager = await seedMember(db, {
    orgId: org.id,
    name: "Ben",
    role: "member",
    managerId: skipManager.personId,
    roleId: "senior-pm",
  });
  const self = await seedMember(db, {
    orgId: org.id,
    name: "Ava",
    role: "member",
    managerId: directManager.personId,
  });
  const peer = await seedMember(db, {
    orgId: org.id,
    name: "Dev",
    role: "member",
    managerId: directManager.personId,
  });
  const admin = await seedMember(db, {
    orgId: org.id,
    name: "Erin",
    role: "admin",
    team: "People",
  });
  const otherOrgAdmin = await seedMember(db, { orgId: other.id, name: "Zed", role: "admin" });
  const members = { self, peer, directManager, skipManager, admin, otherOrgAdmin };
  return {
    orgId: org.id,
    otherOrgId: other.id,
    members,
    headers: (kind) => (kind === "anonymous" ? {} : members[kind].headers),
    restoreSessions: async () => {
      for (const one of Object.values(members)) await one.restoreSession();
    },
  };
}
