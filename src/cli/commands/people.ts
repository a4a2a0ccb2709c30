import { Command } from "commander";
import { commandSummaries } from "../command-summaries.ts";
import { peopleDeactivateCommand, peopleReactivateCommand } from "./people-account.ts";
import { peopleImportCommand } from "./people-import.ts";
import { peopleInviteCommand } from "./people-invite.ts";
import { peopleRoleCommand } from "./people-role.ts";
import { peopleMapTitleCommand, peopleTitlesCommand } from "./people-titles.ts";

/**
 * `pathways people ...`: import people from an HRIS export, map job titles to roles, invite people
 * and manage their accounts.
 *
 * @example pathways people import people.csv --dry-run
 */
export function peopleCommand(): Command {
  const command = new Command("people").description(commandSummaries.people);
  for (const sub of [
    peopleImportCommand(),
    peopleMapTitleCommand(),
    peopleTitlesCommand(),
    peopleInviteCommand(),
    peopleRoleCommand(),
    peopleDeactivateCommand(),
    peopleReactivateCommand(),
  ]) {
    // addCommand does not pass settings down: keep errors as exceptions main() turns into exit codes.
    command.addCommand(sub.exitOverride().showHelpAfterError());
  }
  return command.exitOverride();
}
