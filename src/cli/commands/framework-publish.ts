import { Command } from "commander";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { publishFramework } from "../../app/publish-framework.ts";
import { reportCliErrors } from "../cli-error.ts";
import { writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface PublishOptions extends DatabaseOptions {
  org?: string;
}

/** The CLI keeps no framework cache: each run reads the published version afresh. */
const noCache = { forget: () => {} };

/**
 * `pathways framework publish VERSION_ID`: publishes a stored framework version as the local
 * admin, through the same use case as `POST /api/v1/frameworks/{id}/publish`.
 *
 * @example pathways framework publish 3f2a… --org "Northwind Labs"
 */
export function frameworkPublishCommand(): Command {
  return withDatabaseOption(
    new Command("publish")
      .description("Publish a stored framework version; the one published before retires.")
      .argument("<version-id>", "the stored version's id (see: pathways framework versions)")
      .option("--org <name>", "organisation name or id (default: the only one)"),
  )
    .exitOverride()
    .action((versionId: string, options: PublishOptions) =>
      reportCliErrors(() =>
        withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const actor = localAdminActor(org.id);
          const published = await publishFramework({ db, frameworks: noCache }, actor, versionId);
          writeOut(`published ${published.frameworkId} ${published.version} (${published.id})`);
        }),
      ),
    );
}
