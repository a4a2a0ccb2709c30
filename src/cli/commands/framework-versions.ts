import { Command } from "commander";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { readFrameworkVersions } from "../../app/read-framework-versions.ts";
import { reportCliErrors } from "../cli-error.ts";
import { writeJson, writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface VersionsOptions extends DatabaseOptions {
  org?: string;
  json?: boolean;
}

/**
 * `pathways framework versions`: the organisation's stored framework versions, newest first, read
 * as the local admin through the same use case as `GET /api/v1/frameworks`.
 *
 * @example pathways framework versions --json
 */
export function frameworkVersionsCommand(): Command {
  return withDatabaseOption(
    new Command("versions")
      .description("List the organisation's stored framework versions, newest first.")
      .option("--org <name>", "organisation name or id (default: the only one)")
      .option("--json", "print JSON"),
  )
    .exitOverride()
    .action((options: VersionsOptions) =>
      reportCliErrors(() =>
        withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const versions = await readFrameworkVersions(db, localAdminActor(org.id));
          if (options.json) return writeJson(versions);
          for (const row of versions) {
            writeOut(`${row.id}  ${row.frameworkId} ${row.version}  ${row.status}`);
          }
        }),
      ),
    );
}
