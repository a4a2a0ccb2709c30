import { Command } from "commander";
import { commandSummaries } from "../command-summaries.ts";
import { peopleDeactivateCommand, peopleReactivateCommand } from "./people-account.ts";
import { peopleImportCommand } from "./people-import.ts";
import { peopleMapTitleCommand, peopleTitlesCommand } from "./people-titles.ts";

/**
 * `pathways people ...`: import people from an HRIS export and map job titles to roles.
 *
 * @example pathways people import people.csv --dry-run
 */
export function peopleCommand(): Command {
  const command = new Command("people").description(commandSummaries.people);
  for (const sub of [
    peopleImportCommand(),
    peopleMapTitleCommand(),
    peopleTitlesCommand(),
    peopleDeactivateCommand(),
    peopleReactivateCommand(),
  ]) {
    // addCommand does not pass settings down: keep errors as exceptions main() turns into exit codes.
    command.addCommand(sub.exitOverride().showHelpAfterError());
  }
  return command.exitOverride();
}
