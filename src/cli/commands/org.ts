import { Command } from "commander";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { setOrganisationTimeZoneAs } from "../../app/set-organisation-time-zone.ts";
import { dayInTimeZone } from "../../engine/calendar/day-in-time-zone.ts";
import { getOrganisationTimeZone } from "../../storage/queries/organisation-time-zone.ts";
import { reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface TimeZoneOptions extends DatabaseOptions {
  org?: string;
}

function timeZoneCommand(): Command {
  return withDatabaseOption(
    new Command("time-zone")
      .description(
        "Show the organisation's time zone, or set it: its calendar decides what day it is (role changes, reports, imports, the web's date fields).",
      )
      .argument("[zone]", "an IANA time zone to set, e.g. Europe/Berlin")
      .option("--org <name>", "organisation name or id (default: the only one)"),
  )
    .exitOverride()
    .action((zone: string | undefined, options: TimeZoneOptions) =>
      reportCliErrors(async () => {
        await withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const timeZone =
            zone === undefined
              ? ((await getOrganisationTimeZone(db, org.id)) ?? "UTC")
              : (await setOrganisationTimeZoneAs({ db }, localAdminActor(org.id), zone, "zone"))
                  .timeZone;
          const today = dayInTimeZone(new Date(), timeZone);
          writeOut(`${org.name} keeps its calendar in ${timeZone}; today there is ${today}.`);
        });
      }),
    );
}

/**
 * `pathways org`: the organisation's settings; `pathways org time-zone [zone]` shows or sets its
 * time zone through the same audited use case as `PATCH /api/v1/organisation`.
 *
 * @example pathways org time-zone Pacific/Auckland
 */
export function orgCommand(): Command {
  return new Command("org")
    .description(commandSummaries.org)
    .exitOverride()
    .addCommand(timeZoneCommand());
}
