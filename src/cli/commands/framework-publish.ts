import { Command } from "commander";
import { askToRateCompetencies } from "../../app/ask-to-rate-competencies.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { previewFrameworkPublish } from "../../app/preview-framework-publish.ts";
import { publishFramework } from "../../app/publish-framework.ts";
import type { PublishPreview } from "../../engine/migration/publish-plan-types.ts";
import type { Database } from "../../storage/database.ts";
import type { Organisation } from "../../storage/queries/organisations.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { writeOut } from "../output.ts";
import { publishedFramework } from "../published-framework.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface PublishOptions extends DatabaseOptions {
  org?: string;
  dryRun?: boolean;
  mapRole: string[];
  askToRate?: boolean;
}

/** The CLI keeps no framework cache: each run reads the published version afresh. */
const noCache = { forget: () => {} };

function collectMapping(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function roleMappingOf(pairs: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of pairs) {
    const [from, to, ...rest] = pair.split("=");
    if (!from || !to || rest.length > 0) {
      throw new CliError(
        `--map-role takes OLD=NEW role ids, e.g. --map-role group-pm=senior-pm (got "${pair}").`,
      );
    }
    mapping[from.trim()] = to.trim();
  }
  return mapping;
}

const bucketWords = { ready: "ready", close: "close", stretch: "a stretch", none: "no next role" };

/** A publish preview as terminal lines: the summary, then readiness before and after. */
export function previewLines(preview: PublishPreview): string[] {
  const counts = (side: PublishPreview["readiness"]["before"]) =>
    (Object.keys(bucketWords) as (keyof typeof bucketWords)[])
      .map((bucket) => `${side[bucket]} ${bucketWords[bucket]}`)
      .join(", ");
  return [
    `Publishing ${preview.to.name} ${preview.to.version} would:`,
    ...preview.summary.map((line) => `- ${line}`),
    `Readiness for the next role, before: ${counts(preview.readiness.before)}.`,
    `Readiness for the next role, after:  ${counts(preview.readiness.after)}.`,
    preview.canPublish
      ? "Nothing was changed (dry run). Publish without --dry-run to apply it."
      : "Nothing was changed (dry run). Map each role above with --map-role OLD=NEW before publishing.",
  ];
}

/** Asks everyone to rate themselves on the competencies the version just published added. */
async function askToRateAdded(
  db: Database,
  org: Organisation,
  actor: ReturnType<typeof localAdminActor>,
  preview: PublishPreview | null,
): Promise<void> {
  const added = (preview?.competencies ?? []).filter((competency) => competency.fate === "new");
  if (added.length === 0) {
    writeOut("This version adds no competency: nobody was asked to rate anything.");
    return;
  }
  const inUse = await publishedFramework(db, org);
  const asked = await askToRateCompetencies(
    {
      db,
      frameworks: { current: async () => inUse },
      publicUrl: process.env.PATHWAYS_PUBLIC_URL || "http://localhost:3000",
    },
    actor,
    { competencies: added.map((competency) => competency.competencyId) },
  );
  writeOut(asked.sentence);
}

/**
 * `pathways framework publish VERSION_ID`: publishes a stored framework version as the local
 * admin and applies its migration, through the same use case as
 * `POST /api/v1/frameworks/{id}/publish`; `--dry-run` prints what it would change instead
 * (the publish preview), `--map-role OLD=NEW` says where holders of a dropped role go, and
 * `--ask-to-rate` then asks everyone to rate themselves on the competencies the version adds.
 *
 * @example pathways framework publish 3f2a… --dry-run --map-role group-pm=senior-pm
 */
export function frameworkPublishCommand(): Command {
  return withDatabaseOption(
    new Command("publish")
      .description(
        "Publish a stored framework version and apply its migration; the one published before retires.",
      )
      .argument("<version-id>", "the stored version's id (see: pathways framework versions)")
      .option("--org <name>", "organisation name or id (default: the only one)")
      .option("--dry-run", "show whose role, which history and what readiness would change")
      .option(
        "--map-role <old=new>",
        "where holders of a role the new version drops go (repeatable)",
        collectMapping,
        [],
      )
      .option(
        "--ask-to-rate",
        "then ask everyone who can sign in to rate themselves on the competencies it adds",
      ),
  )
    .exitOverride()
    .action((versionId: string, options: PublishOptions) =>
      reportCliErrors(() =>
        withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const actor = localAdminActor(org.id);
          const roleMapping = roleMappingOf(options.mapRole);
          if (options.dryRun) {
            const preview = await previewFrameworkPublish({ db }, actor, versionId, {
              roleMapping,
            });
            for (const line of previewLines(preview)) writeOut(line);
            return;
          }
          const published = await publishFramework({ db, frameworks: noCache }, actor, versionId, {
            roleMapping,
          });
          writeOut(`published ${published.frameworkId} ${published.version} (${published.id})`);
          if (options.askToRate) await askToRateAdded(db, org, actor, published.preview);
        }),
      ),
    );
}
