import { randomUUID } from "node:crypto";
import { invitations } from "../storage/schema.ts";
import type { DemoOrganisation } from "./demo-types.ts";
import { type SeedDemoContext, storedPersonId } from "./seed-demo-context.ts";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Seeds an invitation in every state: the member login's accepted one (their account came from
 * it), and three people without an account, invited with an open link, an expired link and a
 * revoked one; everyone else has no account and no invitation yet. No link of the demo works:
 * each digest is of a token nobody holds, so an admin sends a new link to try one.
 */
export async function seedDemoInvitations(
  context: SeedDemoContext,
  demo: DemoOrganisation,
  now: Date,
): Promise<void> {
  const owner = demo.logins.find((login) => login.kind === "owner");
  const member = demo.logins.find((login) => login.kind === "member");
  const signsIn = new Set(demo.logins.map((login) => login.personId));
  const [open, expired, revoked] = demo.people.filter((person) => !signsIn.has(person.id));
  if (!owner || !member || !open || !expired || !revoked) {
    throw new Error("The demo organisation has too few people to show every invitation.");
  }
  const at = (days: number) => new Date(now.getTime() + days * dayMs);
  const emailOf = (personId: string) =>
    demo.people.find((person) => person.id === personId)?.email ?? "";
  const row = (personId: string, sentDaysAgo: number) => ({
    orgId: context.orgId,
    personId: storedPersonId(context, personId),
    email: emailOf(personId),
    tokenDigest: randomUUID(),
    invitedByUserId: context.userIds.get(owner.personId) ?? null,
    createdAt: at(-sentDaysAgo),
    lastSentAt: at(-sentDaysAgo),
    expiresAt: at(7 - sentDaysAgo),
  });
  await context.db
    .insert(invitations)
    .values([
      { ...row(member.personId, 30), acceptedAt: at(-29) },
      row(open.id, 2),
      row(expired.id, 10),
      { ...row(revoked.id, 3), revokedAt: at(-1) },
    ]);
}
