import type { Database } from "../../storage/database.ts";
import { acceptInvitationOf } from "../../storage/queries/accept-invitation.ts";
import { getOrganisation } from "../../storage/queries/organisations.ts";
import { createPerson, findPersonByEmail } from "../../storage/queries/people.ts";
import { findUserBySsoIdentity, linkSsoIdentity } from "../../storage/queries/sso-identities.ts";
import { createUser, findUserByEmail, type StoredUser } from "../../storage/queries/users.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { Refusal } from "../refusal.ts";
import type { SsoSettings } from "./sso-settings.ts";

/** Who the provider says signed in, from a verified ID token (and the userinfo answer). */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

/** Options of {@link signInWithSso}. */
export interface SsoSignIn {
  settings: SsoSettings;
  identity: SsoIdentity;
  /** The digest of the invitation the sign-in started from, accepted when it is the person's. */
  invitationDigest?: string | undefined;
}

function actorOf(user: StoredUser): Extract<Actor, { kind: "user" }> {
  return {
    kind: "user",
    userId: user.id,
    orgId: user.orgId,
    personId: user.personId,
    role: user.role,
  };
}

async function organisationName(db: Database, orgId: string): Promise<string> {
  return (await getOrganisation(db, orgId))?.name ?? "this organisation";
}

async function notInOrganisation(db: Database, email: string, orgId: string): Promise<Refusal> {
  const name = await organisationName(db, orgId);
  return new Refusal(
    "forbidden",
    `${email} is not in ${name} yet; ask an admin of ${name} to add you, then sign in again.`,
  );
}

function refuseDeactivated(user: StoredUser): void {
  if (user.deactivatedAt) {
    throw new Refusal(
      "forbidden",
      "This account is deactivated, so it cannot sign in; ask an admin of your organisation if that is a mistake.",
    );
  }
}

/** The account for a verified email: the existing one, the person's new one, or a JIT one. */
async function accountForEmail(
  db: Database,
  settings: SsoSettings,
  identity: SsoIdentity & { email: string },
): Promise<{ user: StoredUser; created: "account" | "person" | null }> {
  const existing = await findUserByEmail(db, identity.email);
  if (existing) {
    if (existing.orgId !== settings.orgId) {
      throw await notInOrganisation(db, identity.email, settings.orgId);
    }
    return { user: existing, created: null };
  }
  const person = await findPersonByEmail(db, settings.orgId, identity.email);
  if (person) {
    const user = await createUser(db, {
      orgId: settings.orgId,
      email: identity.email,
      passwordHash: null,
      personId: person.id,
    });
    return { user, created: "account" };
  }
  if (!settings.allowJustInTime) throw await notInOrganisation(db, identity.email, settings.orgId);
  const created = await createPerson(db, {
    orgId: settings.orgId,
    name: identity.name?.trim() || identity.email,
    email: identity.email,
  });
  const user = await createUser(db, {
    orgId: settings.orgId,
    email: identity.email,
    passwordHash: null,
    personId: created.id,
  });
  return { user, created: "person" };
}

/**
 * Signs in an identity verified by the organisation's OpenID provider: the account already
 * linked to it; else the account or person with the same verified email (linked now, the
 * person getting an account without a password); else, when the organisation allows
 * just-in-time creation, a new person and account. Unknown people, unverified emails,
 * deactivated accounts and accounts of another organisation are refused in plain words.
 * An invitation the sign-in started from is accepted when it is the person's. Audited as
 * `sso:link` (first time), `invitation:accept` and `sso:sign-in`.
 *
 * @example
 * const user = await signInWithSso({ db, now }, { settings, identity });
 */
export async function signInWithSso(
  deps: { db: Database; now: () => Date },
  input: SsoSignIn,
): Promise<StoredUser> {
  const { settings, identity } = input;
  const now = deps.now();
  return deps.db.transaction(async (db) => {
    let user = await findUserBySsoIdentity(db, identity);
    let created: "account" | "person" | null = null;
    const linked = user !== null;
    if (user && user.orgId !== settings.orgId) {
      throw await notInOrganisation(db, identity.email ?? identity.subject, settings.orgId);
    }
    if (!user) {
      const { email } = identity;
      if (!email || !identity.emailVerified) {
        throw new Refusal(
          "forbidden",
          `Your identity provider has not confirmed that ${email ?? "your email"} is yours; confirm it there, or ask your IT team, then sign in again.`,
        );
      }
      ({ user, created } = await accountForEmail(db, settings, { ...identity, email }));
    }
    refuseDeactivated(user);
    await linkSsoIdentity(db, {
      userId: user.id,
      issuer: identity.issuer,
      subject: identity.subject,
      email: identity.email ?? user.email,
      at: now,
    });
    const actor = actorOf(user);
    if (!linked) {
      await recordAuditEntry(db, actor, {
        action: "sso:link",
        targetType: "person",
        targetId: user.personId ?? user.id,
        detail: { issuer: identity.issuer, email: user.email, created },
      });
    }
    if (input.invitationDigest && user.personId) {
      const invitationId = await acceptInvitationOf(db, {
        tokenDigest: input.invitationDigest,
        personId: user.personId,
        at: now,
      });
      if (invitationId) {
        await recordAuditEntry(db, actor, {
          action: "invitation:accept",
          targetType: "person",
          targetId: user.personId,
          detail: { invitationId, via: "sso" },
        });
      }
    }
    await recordAuditEntry(db, actor, {
      action: "sso:sign-in",
      targetType: "person",
      targetId: user.personId ?? user.id,
      detail: { issuer: identity.issuer },
    });
    return user;
  });
}
