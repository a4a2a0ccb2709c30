import type { Database } from "../storage/database.ts";
import { findUserOfPerson } from "../storage/queries/accounts.ts";
import type { StoredPerson } from "../storage/queries/people.ts";
import type { StoredUser } from "../storage/queries/users.ts";
import { loadPersonFacts } from "./person-facts.ts";
import type { Action, Actor, OrgRole, Resource } from "./policy.ts";
import { Refusal, refuseUnless } from "./refusal.ts";

type Member = Extract<Actor, { kind: "user" }>;

/** A person with their account, checked against the policy for one account action. */
export interface AccountFacts {
  person: StoredPerson;
  user: StoredUser;
  facts: Resource;
}

/**
 * Loads a person of the actor's organisation and their account, asks the policy about `action`
 * on it (with the account's role, and the role asked for when given), and refuses in words when
 * the person has no account yet. Call it inside the writing transaction.
 *
 * @example
 * const { user } = await loadAccountFacts(tx, actor, personId, "account:deactivate");
 */
export async function loadAccountFacts(
  db: Database,
  actor: Member,
  personId: string,
  action: Action,
  newRole?: OrgRole,
): Promise<AccountFacts> {
  const { person, facts } = await loadPersonFacts(db, actor, personId);
  const user = await findUserOfPerson(db, actor.orgId, personId);
  const withAccount: Resource = {
    ...facts,
    account: { userId: user?.id ?? "", role: user?.role ?? "member" },
    ...(newRole ? { newRole } : {}),
  };
  refuseUnless(actor, action, withAccount);
  if (!user) {
    throw new Refusal(
      "not-found",
      `${person.name} has no account yet, so there is nothing to change; invite them first.`,
    );
  }
  return { person, user, facts: withAccount };
}
