import { readFile, stat } from "node:fs/promises";
import { Command } from "commander";
import { importPeople } from "../../storage/people-import/import-people.ts";
import type { PeopleImportPlan } from "../../storage/people-import/import-plan.ts";
import { formatImportProblems } from "../../storage/people-import/import-problem.ts";
import { maxPeopleFileBytes } from "../../storage/people-import/read-people-csv.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { writeError, writeJson, writeOut } from "../output.ts";
import { publishedFramework } from "../published-framework.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";
import { progressReporter } from "./people-progress.ts";

interface ImportOptions extends DatabaseOptions {
  org?: string;
  dryRun?: boolean;
  json?: boolean;
}

const shown = 20;

function describePlan(plan: PeopleImportPlan): string {
  const { create, update, unchanged } = plan.counts;
  const lines = [`${create} to create, ${update} to update, ${unchanged} unchanged.`];
  const changed = plan.rows.filter((row) => row.action !== "unchanged");
  for (const row of changed.slice(0, shown)) {
    const what =
      row.action === "create" ? `create as ${row.roleId}` : `update ${row.changes.join(", ")}`;
    lines.push(`  row ${row.row} ${row.email}: ${what}`);
  }
  if (changed.length > shown) lines.push(`  ... and ${changed.length - shown} more`);
  return lines.join("\n");
}

function describeProblems(plan: PeopleImportPlan): string {
  const titles = plan.unmatchedTitles.map(
    (title) => `  "${title.title}" on rows ${title.rows.join(", ")}`,
  );
  return [
    `Nothing was imported: ${plan.problems.length} problem(s) to fix.`,
    formatImportProblems(plan.problems),
    ...(titles.length > 0 ? ["Unmatched job titles:", ...titles] : []),
  ].join("\n");
}

async function readFileWithin(file: string): Promise<Uint8Array> {
  const size = (await stat(file).catch(() => null))?.size;
  if (size === undefined) throw new CliError(`Cannot read ${file}: check the path.`);
  // Refuse before reading a huge file into memory.
  if (size > maxPeopleFileBytes) {
    const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new CliError(
      `${file} holds ${megabytes(size)}; a people file may be at most ${megabytes(maxPeopleFileBytes)}. Split it and import the parts one after another.`,
    );
  }
  return new Uint8Array(await readFile(file));
}

/**
 * `pathways people import FILE`: imports people from an HRIS CSV export, or with --dry-run shows
 * what would change.
 *
 * @example pathways people import people.csv --dry-run
 */
export function peopleImportCommand(): Command {
  return withDatabaseOption(
    new Command("import")
      .description(
        "Import people from a CSV export (name, email, job title, manager email, team, start date).",
      )
      .argument("<file>", "the CSV file")
      .option("--org <name>", "organisation name or id (default: the only one)")
      .option("--dry-run", "show what would change and write nothing")
      .option("--json", "print the plan or result as JSON"),
  ).action((file: string, options: ImportOptions) =>
    reportCliErrors(async () => {
      const content = await readFileWithin(file);
      await withDatabase(options, async ({ db }) => {
        const org = await resolveOrganisation(db, options.org);
        const { framework } = await publishedFramework(db, org);
        const outcome = await importPeople(db, {
          orgId: org.id,
          framework,
          content,
          dryRun: options.dryRun,
          onProgress: progressReporter(process.stderr),
        });
        if (options.json) writeJson(outcome);
        if (outcome.status === "refused") {
          if (options.json) process.exitCode = 1;
          else writeError(describeProblems(outcome.plan));
          return;
        }
        if (options.json) return;
        writeOut(
          options.dryRun
            ? `Dry run, nothing written: ${describePlan(outcome.plan)}`
            : `Imported: ${describePlan(outcome.plan)}`,
        );
      });
    }),
  );
}
