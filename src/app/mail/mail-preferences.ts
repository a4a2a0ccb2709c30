import type { Database } from "../../storage/database.ts";
import { getMailOptOuts, setMailOptOuts } from "../../storage/queries/mail-opt-outs.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { Refusal, refuseUnless } from "../refusal.ts";
import { type OptionalMailKind, optionalMailKinds } from "./optional-mail-kinds.ts";

/** Which optional mails a person gets: those they turned off; the others come. */
export interface MailPreferences {
  off: OptionalMailKind[];
}

type Member = Extract<Actor, { kind: "user" }>;

function ownPerson(actor: Member): string {
  if (actor.personId === null) {
    throw new Refusal(
      "not-found",
      "This account is not linked to a person in the organisation, so it gets no mails about one.",
    );
  }
  refuseUnless(actor, "mail:preferences", {
    orgId: actor.orgId,
    ownerPersonId: actor.personId,
    managerChain: [],
  });
  return actor.personId;
}

const known = (kinds: readonly string[]): OptionalMailKind[] =>
  optionalMailKinds.filter((kind) => kinds.includes(kind));

/**
 * The signed-in person's choice of optional mails (feedback requests, submitted assessments,
 * check-in reminders). Invitations and password resets always come.
 *
 * @example
 * (await readMailPreferences(db, actor)).off; // ["check-in-due"]
 */
export async function readMailPreferences(db: Database, actor: Member): Promise<MailPreferences> {
  const personId = ownPerson(actor);
  const optOuts = await getMailOptOuts(db, actor.orgId, personId);
  if (optOuts === null)
    throw new Refusal("not-found", "Your person record is no longer in Pathways.");
  return { off: known(optOuts) };
}

/**
 * Sets which optional mails the signed-in person turned off; audited.
 *
 * @example
 * await setMailPreferences(db, actor, { off: ["check-in-due"] });
 */
export async function setMailPreferences(
  db: Database,
  actor: Member,
  preferences: MailPreferences,
): Promise<MailPreferences> {
  const personId = ownPerson(actor);
  const off = known(preferences.off);
  return db.transaction(async (tx) => {
    const saved = await setMailOptOuts(tx, { orgId: actor.orgId, personId, mailOptOuts: off });
    if (!saved) throw new Refusal("not-found", "Your person record is no longer in Pathways.");
    await recordAuditEntry(tx, actor, {
      action: "mail:preferences",
      targetType: "person",
      targetId: personId,
      detail: { off },
    });
    return { off };
  });
}
