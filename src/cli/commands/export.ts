import { Argument, Command } from "commander";
import { exportOrganisationCsv } from "../../app/export-organisation-csv.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { type CsvExportKind, csvExportKinds } from "../../storage/csv-exports/export-csv.ts";
import { writeFileAtomically } from "../../storage/write-file-atomically.ts";
import { reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { writeOut } from "../output.ts";
import { publishedFramework } from "../published-framework.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface ExportOptions extends DatabaseOptions {
  org?: string;
  out?: string;
}

/**
 * `pathways export people|ratings|team-analytics`: writes an organisation's data as CSV to a
 * file or standard output.
 *
 * @example pathways export ratings --out ratings.csv
 */
export function exportCommand(): Command {
  return withDatabaseOption(
    new Command("export")
      .description(commandSummaries.export)
      .addArgument(new Argument("<what>", "what to export").choices(csvExportKinds))
      .option("--org <name>", "organisation name or id (default: the only one)")
      .option("--out <file>", "write to this file instead of standard output"),
  )
    .exitOverride()
    .action((kind: CsvExportKind, options: ExportOptions) =>
      reportCliErrors(() =>
        withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const framework = () => publishedFramework(db, org);
          const csv = await exportOrganisationCsv({ db, framework }, localAdminActor(org.id), kind);
          if (options.out === undefined) {
            process.stdout.write(csv);
            return;
          }
          await writeFileAtomically(options.out, csv);
          writeOut(`Wrote ${csv.split("\n").length - 2} ${kind} rows to ${options.out}.`);
        }),
      ),
    );
}
