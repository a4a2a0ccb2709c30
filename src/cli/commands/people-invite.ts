import { Command } from "commander";
import { type InviteOutcome, invitePeopleAs } from "../../app/accounts/invite-people.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { readOutbox } from "../../app/mail/read-outbox.ts";
import { accountSecrets } from "../../server/auth/account-secrets.ts";
import type { Database } from "../../storage/database.ts";
import { findPersonByEmail } from "../../storage/queries/people.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface InviteOptions extends DatabaseOptions {
  org?: string;
  everyoneNew?: boolean;
}

/** Where the links in mails lead: the address people open Pathways at. */
function publicUrl(): string {
  return process.env.PATHWAYS_PUBLIC_URL || "http://localhost:3000";
}

/** The person of each email in the organisation; a CliError naming every email nobody has. */
async function peopleOf(db: Database, orgId: string, emails: string[], orgName: string) {
  const found = await Promise.all(emails.map((email) => findPersonByEmail(db, orgId, email)));
  const unknown = emails.filter((_, index) => !found[index]);
  if (unknown.length > 0) {
    throw new CliError(
      `Nobody in "${orgName}" has the email ${unknown.join(", ")}; check the spelling, or import people first. Nobody was invited.`,
    );
  }
  return found.flatMap((person) => (person ? [person.id] : []));
}

/** The link of each invitation mail just queued, by address, read back from the outbox. */
async function linksOf(
  db: Database,
  actor: ReturnType<typeof localAdminActor>,
  outcome: InviteOutcome,
): Promise<Map<string, string>> {
  // The mails of this invitation are the newest ones: one per person invited.
  const mails = await readOutbox(db, actor, {}, { limit: outcome.invited.length });
  const links = new Map<string, string>();
  for (const mail of mails) {
    if (mail.kind === "invitation" && mail.link && !links.has(mail.to)) {
      links.set(mail.to, mail.link);
    }
  }
  return links;
}

function describeOutcome(outcome: InviteOutcome, links: Map<string, string> | null): string[] {
  const lines: string[] = [];
  const count = outcome.invited.length;
  lines.push(
    count === 0
      ? "Nobody was invited."
      : `Invited ${count} ${count === 1 ? "person" : "people"}; each link works once, until ${outcome.invited[0]?.expiresAt.toUTCString()}:`,
  );
  for (const one of outcome.invited) {
    const link = links?.get(one.email);
    lines.push(`- ${one.name} <${one.email}>${link ? ` ${link}` : ""}`);
  }
  if (outcome.skipped.length > 0) {
    lines.push(`Left out ${outcome.skipped.length}:`);
    for (const one of outcome.skipped) lines.push(`- ${one.name} ${one.reason}`);
  }
  if (count > 0) {
    lines.push(
      links
        ? "No SMTP_URL is set, so the mails are kept: pass each link on yourself, or find them on the Outbox page."
        : "The mails go out through SMTP_URL while `pathways serve` runs.",
    );
  }
  return lines;
}

/**
 * `pathways people invite EMAIL... | --everyone-new`: invites people to create their accounts as
 * the local admin, through the same use case as the People page: a mail with a single-use link
 * for each, queued for the server to send; without SMTP the links are printed.
 *
 * @example pathways people invite ava@acme.example ben@acme.example
 */
export function peopleInviteCommand(): Command {
  return withDatabaseOption(
    new Command("invite")
      .description(
        "Invite people to create their accounts: each gets a mail with a single-use link that works for 7 days.",
      )
      .argument("[emails...]", "the emails of the people to invite")
      .option(
        "--everyone-new",
        "invite everyone who has an email but no account nor invitation yet",
      )
      .option("--org <name>", "organisation name or id (default: the only one)"),
  ).action((emails: string[], options: InviteOptions) =>
    reportCliErrors(() =>
      withDatabase(options, async ({ db }) => {
        if (emails.length > 0 === Boolean(options.everyoneNew)) {
          throw new CliError(
            "Name the people to invite by email, or give --everyone-new (not both); e.g. pathways people invite ava@acme.example",
          );
        }
        const organisation = await resolveOrganisation(db, options.org);
        const actor = localAdminActor(organisation.id);
        const whom = options.everyoneNew
          ? ({ everyoneUninvited: true } as const)
          : { personIds: await peopleOf(db, organisation.id, emails, organisation.name) };
        const deps = { db, now: () => new Date(), secrets: accountSecrets, publicUrl: publicUrl() };
        const outcome = await invitePeopleAs(deps, actor, whom);
        const kept = !process.env.SMTP_URL;
        const links = kept && outcome.invited.length > 0 ? await linksOf(db, actor, outcome) : null;
        for (const line of describeOutcome(outcome, links)) writeOut(line);
      }),
    ),
  );
}
