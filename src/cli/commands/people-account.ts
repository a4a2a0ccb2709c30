import { Command } from "commander";
import type { AccountView } from "../../app/account-view.ts";
import { deactivateAccount, reactivateAccount } from "../../app/deactivate-account.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import type { Actor } from "../../app/policy.ts";
import type { Database } from "../../storage/database.ts";
import { findUserByEmail, type StoredUser } from "../../storage/queries/users.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { writeOut } from "../output.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

type Change = (
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
) => Promise<AccountView>;

/** The account that signs in with an email, which must be a person's; a CliError otherwise. */
export async function personAccount(
  db: Database,
  email: string,
): Promise<StoredUser & { personId: string }> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new CliError(`No account signs in with ${email}; check the spelling.`);
  const { personId } = user;
  if (!personId) {
    throw new CliError(`The account ${email} is not a person's account; nothing to change.`);
  }
  return { ...user, personId };
}

function accountCommand(name: string, description: string, change: Change, said: string): Command {
  return withDatabaseOption(
    new Command(name).description(description).argument("<email>", "the account's sign-in email"),
  ).action((email: string, options: DatabaseOptions) =>
    reportCliErrors(() =>
      withDatabase(options, async ({ db }) => {
        const user = await personAccount(db, email);
        const account = await change(db, localAdminActor(user.orgId), user.personId);
        writeOut(`${account.email} ${said}.`);
      }),
    ),
  );
}

/**
 * `pathways people deactivate EMAIL`: the account can no longer sign in; every session and token
 * of theirs ends at once; their history stays.
 *
 * @example pathways people deactivate ava@acme.example
 */
export function peopleDeactivateCommand(): Command {
  return accountCommand(
    "deactivate",
    "Deactivate an account: it can no longer sign in, its sessions and tokens end at once, its history stays.",
    (db, actor, personId) => deactivateAccount(db, actor, personId, new Date()),
    "is deactivated: it cannot sign in, and its sessions and tokens have ended",
  );
}

/**
 * `pathways people reactivate EMAIL`: a deactivated account may sign in again.
 *
 * @example pathways people reactivate ava@acme.example
 */
export function peopleReactivateCommand(): Command {
  return accountCommand(
    "reactivate",
    "Let a deactivated account sign in again.",
    reactivateAccount,
    "is active again and can sign in",
  );
}
