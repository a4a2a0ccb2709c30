import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { getPublishedFrameworkVersion } from "../storage/queries/framework-versions.ts";
import type { Organisation } from "../storage/queries/organisations.ts";
import { listPeople, type StoredPerson } from "../storage/queries/people.ts";
import { CliError, resolveOrganisation } from "./resolve-organisation.ts";

// One page large enough for any single organisation this tool is meant for.
const everyone = 1_000_000;

/** The person a command is about, their organisation and its published framework. */
export interface ResolvedPerson {
  organisation: Organisation;
  person: StoredPerson;
  framework: Framework;
  frameworkVersionId: string;
}

/**
 * Finds the person with the given email (ignoring case) in the organisation chosen by `--org`,
 * with that organisation's published framework; a CliError saying how to fix it otherwise.
 *
 * @example
 * const { person, framework } = await resolvePerson(handle.db, { email: "ava@example.com" });
 */
export async function resolvePerson(
  db: Database,
  options: { email: string; org?: string },
): Promise<ResolvedPerson> {
  const organisation = await resolveOrganisation(db, options.org);
  const wanted = options.email.trim().toLowerCase();
  const people = await listPeople(db, { orgId: organisation.id, limit: everyone });
  const person = people.find((candidate) => candidate.email?.toLowerCase() === wanted);
  if (!person) {
    throw new CliError(
      `No person in "${organisation.name}" has the email "${options.email}"; check the spelling, or import people first.`,
    );
  }
  const version = await getPublishedFrameworkVersion(db, organisation.id);
  if (!version) {
    throw new CliError(
      `"${organisation.name}" has no published framework yet: import one with \`pathways framework import\` and publish it.`,
    );
  }
  return { organisation, person, framework: version.document, frameworkVersionId: version.id };
}
