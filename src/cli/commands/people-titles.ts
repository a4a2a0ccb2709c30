import { Command } from "commander";
import { checkRoleId } from "../../framework/check-role-id.ts";
import { listTitleMappings, setTitleMapping } from "../../storage/queries/title-mappings.ts";
import { reportCliErrors } from "../cli-error.ts";
import { failOnIssues } from "../issue-lines.ts";
import { writeJson, writeOut } from "../output.ts";
import { publishedFramework } from "../published-framework.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface TitleOptions extends DatabaseOptions {
  org?: string;
  json?: boolean;
}

/**
 * `pathways people map-title "TITLE" ROLE_ID`: maps one of the organisation's job titles to a role.
 *
 * @example pathways people map-title "Product Owner" pm
 */
export function peopleMapTitleCommand(): Command {
  return withDatabaseOption(
    new Command("map-title")
      .description("Map a job title from your HRIS to a framework role, for people imports.")
      .argument("<title>", "the job title as your HRIS writes it")
      .argument("<role-id>", "the framework role id, e.g. senior-pm")
      .option("--org <name>", "organisation name or id (default: the only one)"),
  ).action((title: string, roleId: string, options: TitleOptions) =>
    reportCliErrors(() =>
      withDatabase(options, async ({ db }) => {
        const org = await resolveOrganisation(db, options.org);
        const { framework } = await publishedFramework(db, org);
        failOnIssues(checkRoleId(framework, roleId, "role-id"), () => "ROLE_ID");
        const saved = await setTitleMapping(db, { orgId: org.id, title, roleId });
        writeOut(`"${saved.title}" now maps to ${saved.roleId}.`);
      }),
    ),
  );
}

/**
 * `pathways people titles`: lists the organisation's job title mappings.
 *
 * @example pathways people titles --json
 */
export function peopleTitlesCommand(): Command {
  return withDatabaseOption(
    new Command("titles")
      .description("List the job titles mapped to framework roles.")
      .option("--org <name>", "organisation name or id (default: the only one)")
      .option("--json", "print JSON"),
  ).action((options: TitleOptions) =>
    reportCliErrors(() =>
      withDatabase(options, async ({ db }) => {
        const org = await resolveOrganisation(db, options.org);
        const mappings = await listTitleMappings(db, org.id);
        if (options.json) return writeJson(mappings);
        if (mappings.length === 0) return writeOut("No job titles are mapped yet.");
        for (const mapping of mappings) writeOut(`${mapping.title} -> ${mapping.roleId}`);
      }),
    ),
  );
}
