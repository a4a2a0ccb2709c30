import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { invitations, organisations, people } from "../schema.ts";
import { anyId } from "./any-id.ts";

/** An invitation as stored. */
export type StoredInvitation = typeof invitations.$inferSelect;

/** An invitation with what its page shows: the person's and the organisation's names. */
export interface InvitationWithNames extends StoredInvitation {
  personName: string;
  organisationName: string;
}

/** Writes a new open invitation; the person must have none open (a unique index holds it). */
export async function createInvitation(
  db: Database,
  input: Pick<
    StoredInvitation,
    "orgId" | "personId" | "email" | "tokenDigest" | "invitedByUserId" | "expiresAt" | "lastSentAt"
  >,
): Promise<StoredInvitation> {
  const [row] = await db.insert(invitations).values(input).returning();
  if (!row) throw new Error("Creating the invitation returned no row.");
  return row;
}

/** The person's open invitation (neither accepted nor revoked, perhaps expired), or null. */
export async function findOpenInvitation(
  db: Database,
  orgId: string,
  personId: string,
): Promise<StoredInvitation | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, orgId),
        eq(invitations.personId, personId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  return row ?? null;
}

/** An invitation of the organisation by id, or null. */
export async function getInvitation(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredInvitation | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)));
  return row ?? null;
}

/** The invitation a link's token digest names, with the names its page shows; or null. */
export async function findInvitationByDigest(
  db: Database,
  tokenDigest: string,
): Promise<InvitationWithNames | null> {
  const [row] = await db
    .select({
      invitation: invitations,
      personName: people.name,
      organisationName: organisations.name,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(eq(invitations.tokenDigest, tokenDigest));
  return row
    ? { ...row.invitation, personName: row.personName, organisationName: row.organisationName }
    : null;
}

/** Gives an open invitation a new link: the old digest stops working, the count goes up. */
export async function renewInvitation(
  db: Database,
  id: string,
  input: { tokenDigest: string; expiresAt: Date; sentAt: Date },
): Promise<StoredInvitation | null> {
  const [row] = await db
    .update(invitations)
    .set({
      tokenDigest: input.tokenDigest,
      expiresAt: input.expiresAt,
      lastSentAt: input.sentAt,
      sendCount: sql`${invitations.sendCount} + 1`,
    })
    .where(
      and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .returning();
  return row ?? null;
}

/**
 * Closes an open invitation as accepted or revoked at `at`; answers null when it was already
 * closed, so of two racing acceptances only one wins.
 */
export async function closeInvitation(
  db: Database,
  id: string,
  how: "accepted" | "revoked",
  at: Date,
): Promise<StoredInvitation | null> {
  const [row] = await db
    .update(invitations)
    .set(how === "accepted" ? { acceptedAt: at } : { revokedAt: at })
    .where(
      and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .returning();
  return row ?? null;
}

/** A person who might be invited: their email, whether they have an account, their open invitation. */
export interface InvitationCandidate {
  personId: string;
  name: string;
  email: string | null;
  hasAccount: boolean;
  openInvitation: StoredInvitation | null;
}

/**
 * The people of an organisation to invite: those named, or (with `"uninvited"`) everyone who
 * has an email, no account and no open invitation, such as the people an import just created.
 */
export async function listInvitationCandidates(
  db: Database,
  orgId: string,
  who: readonly string[] | "uninvited",
): Promise<InvitationCandidate[]> {
  const open = sql`${invitations.personId} = ${people.id} and ${invitations.acceptedAt} is null and ${invitations.revokedAt} is null`;
  const hasAccount = sql<boolean>`exists (select 1 from users where users.person_id = ${people.id})`;
  const rows = await db
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      hasAccount,
      invitation: invitations,
    })
    .from(people)
    .leftJoin(invitations, open)
    .where(
      who === "uninvited"
        ? and(
            eq(people.orgId, orgId),
            sql`${people.email} is not null`,
            sql`not ${hasAccount}`,
            isNull(invitations.id),
          )
        : and(eq(people.orgId, orgId), anyId(people.id, who)),
    )
    .orderBy(people.name);
  return rows.map(({ invitation, ...row }) => ({ ...row, openInvitation: invitation }));
}
