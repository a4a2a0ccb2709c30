import { Command } from "commander";
import { localAdminActor, localAdminUserId } from "../../app/local-admin-actor.ts";
import { type AuditLogQuery, readAuditLog } from "../../app/read-audit-log.ts";
import type { Database } from "../../storage/database.ts";
import type { Organisation } from "../../storage/queries/organisations.ts";
import { findPersonByEmail } from "../../storage/queries/people.ts";
import { findUserByEmail } from "../../storage/queries/users.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { writeJson, writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface AuditOptions extends DatabaseOptions {
  org?: string;
  action?: string;
  actor?: string;
  person?: string;
  since?: string;
  until?: string;
  limit: string;
  json?: boolean;
}

const momentPattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

function moment(option: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (!momentPattern.test(value) || Number.isNaN(at.getTime())) {
    throw new CliError(
      `${option} "${value}" is not a date: use a date such as 2026-06-01 or a time such as 2026-06-01T09:30:00Z.`,
    );
  }
  return at;
}

function pageSize(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new CliError(
      `--limit "${value}" must be a whole number from 1 to 1000, e.g. --limit 50.`,
    );
  }
  return limit;
}

async function buildQuery(
  db: Database,
  org: Organisation,
  options: AuditOptions,
  times: Pick<AuditLogQuery, "from" | "to">,
): Promise<AuditLogQuery> {
  const query: AuditLogQuery = { action: options.action, ...times };
  if (options.actor === "cli") query.actorUserId = localAdminUserId;
  else if (options.actor !== undefined) {
    const user = await findUserByEmail(db, options.actor);
    if (!user || user.orgId !== org.id) {
      throw new CliError(
        `--actor: no account of "${org.name}" signs in as "${options.actor}"; use an account's email, or "cli" for the command line.`,
      );
    }
    query.actorUserId = user.id;
  }
  if (options.person !== undefined) {
    const person = await findPersonByEmail(db, org.id, options.person);
    if (!person) {
      throw new CliError(`--person: nobody in "${org.name}" has the email "${options.person}".`);
    }
    query.targetType = "person";
    query.targetId = person.id;
  }
  return query;
}

function when(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}

/**
 * `pathways audit`: the organisation's audit trail, newest first, as a table or JSON; read as the
 * local admin, through the same use case as `GET /api/v1/audit`.
 *
 * @example pathways audit --action export:people --since 2026-06-01
 */
export function auditCommand(): Command {
  return withDatabaseOption(
    new Command("audit")
      .description(commandSummaries.audit)
      .option("--org <name>", "organisation name or id (default: the only one)")
      .option("--action <action>", "only this action, e.g. export:people or person:update")
      .option("--actor <email>", 'only what this account did; "cli" for the command line')
      .option("--person <email>", "only what was done to this person")
      .option("--since <date>", "only entries at or after this date or time (UTC)")
      .option("--until <date>", "only entries before this date or time (UTC)")
      .option("--limit <n>", "how many entries, newest first (1 to 1000)", "50")
      .option("--json", "print JSON"),
  )
    .exitOverride()
    .action((options: AuditOptions) =>
      reportCliErrors(async () => {
        // Bad options are explained before the database is opened.
        const limit = pageSize(options.limit);
        const times = {
          from: moment("--since", options.since),
          to: moment("--until", options.until),
        };
        await withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const query = await buildQuery(db, org, options, times);
          const entries = await readAuditLog(db, localAdminActor(org.id), query, { limit });
          if (options.json) return writeJson(entries);
          if (entries.length === 0) return writeOut("No audit entries match.");
          writeOut(`${"When".padEnd(20)}  What happened`);
          for (const entry of entries) writeOut(`${when(entry.at).padEnd(20)}  ${entry.summary}`);
        });
      }),
    );
}
