import type { Database } from "../storage/database.ts";
import { loadAccountFacts } from "./account-facts.ts";
import { type AccountView, accountView } from "./account-view.ts";
import type { Actor } from "./policy.ts";

type Member = Extract<Actor, { kind: "user" }>;

/**
 * A person's account as the actor may see it: admins, and the person themself.
 *
 * @example const account = await readAccount(db, actor, ivy.id);
 */
export async function readAccount(
  db: Database,
  actor: Member,
  personId: string,
): Promise<AccountView> {
  const { user } = await loadAccountFacts(db, actor, personId, "account:read");
  return accountView(personId, user);
}
