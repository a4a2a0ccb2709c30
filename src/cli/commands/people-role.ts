import { Argument, Command } from "commander";
import { changeOrgRole } from "../../app/change-org-role.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import type { OrgRole } from "../../app/policy.ts";
import { ConflictError } from "../../storage/conflict-error.ts";
import { getOrganisation } from "../../storage/queries/organisations.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { writeOut } from "../output.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";
import { personAccount } from "./people-account.ts";

const roleWords: Record<OrgRole, string> = {
  owner: "an owner",
  admin: "an admin",
  member: "a member",
};

/**
 * `pathways people role EMAIL owner|admin|member`: changes an account's organisation role as the
 * local admin, through the same use case as the person page (at least one owner always stays).
 *
 * @example pathways people role ava@acme.example admin
 */
export function peopleRoleCommand(): Command {
  return withDatabaseOption(
    new Command("role")
      .description(
        "Change an account's organisation role: owner, admin or member (one active owner always stays).",
      )
      .argument("<email>", "the account's sign-in email")
      .addArgument(new Argument("<role>", "the new role").choices(["owner", "admin", "member"])),
  ).action((email: string, role: OrgRole, options: DatabaseOptions) =>
    reportCliErrors(() =>
      withDatabase(options, async ({ db }) => {
        const user = await personAccount(db, email);
        const organisation = await getOrganisation(db, user.orgId);
        try {
          const account = await changeOrgRole(db, localAdminActor(user.orgId), user.personId, role);
          const where = organisation?.name ?? "the organisation";
          writeOut(
            user.role === role
              ? `${account.email} is already ${roleWords[role]} of ${where}; nothing changed.`
              : `${account.email} is now ${roleWords[role]} of ${where} (was ${roleWords[user.role]}).`,
          );
        } catch (error) {
          // Keeping an owner, or an owner that is deactivated: said as the use case says it.
          if (error instanceof ConflictError) throw new CliError(error.message);
          throw error;
        }
      }),
    ),
  );
}
