import { Command } from "commander";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { rebuildAnalyticsAs } from "../../app/rebuild-analytics.ts";
import { reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { writeOut } from "../output.ts";
import { publishedFramework } from "../published-framework.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface RebuildOptions extends DatabaseOptions {
  org?: string;
}

function rebuildCommand(): Command {
  return withDatabaseOption(
    new Command("rebuild")
      .description(
        "Compute the analytics of every person again from their assessments, a batch at a time; safe to run twice, and a stopped run carries on where it stopped.",
      )
      .option("--org <name>", "organisation name or id (default: the only one)"),
  )
    .exitOverride()
    .action((options: RebuildOptions) =>
      reportCliErrors(async () => {
        await withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const inUse = await publishedFramework(db, org);
          const started = performance.now();
          const outcome = await rebuildAnalyticsAs({ db }, localAdminActor(org.id), inUse);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const people = outcome.computed === 1 ? "1 person" : `${outcome.computed} people`;
          writeOut(
            `${outcome.resumed ? "Carried on with the stopped rebuild: " : ""}computed the analytics of ${people} in ${org.name} again in ${seconds} s.`,
          );
        });
      }),
    );
}

/**
 * `pathways analytics rebuild`: the maintained analytics computed again, e.g. after restoring
 * an old backup or upgrading; analytics stay correct without it, but the first read after a
 * large change then does the work.
 *
 * @example pathways analytics rebuild --data-dir ./data
 */
export function analyticsCommand(): Command {
  return new Command("analytics")
    .description(commandSummaries.analytics)
    .exitOverride()
    .addCommand(rebuildCommand());
}
