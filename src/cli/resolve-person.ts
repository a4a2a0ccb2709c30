import type { FrameworkInUse } from "../app/framework-source.ts";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import type { Organisation } from "../storage/queries/organisations.ts";
import { findPersonByEmail, type StoredPerson } from "../storage/queries/people.ts";
import { CliError } from "./cli-error.ts";
import { publishedFramework } from "./published-framework.ts";
import { resolveOrganisation } from "./resolve-organisation.ts";

/** The person a command is about, their organisation and its published framework. */
export interface ResolvedPerson {
  organisation: Organisation;
  person: StoredPerson;
  framework: Framework;
  frameworkVersionId: string;
  /** The published framework with its lineage, as use cases read it. */
  inUse: FrameworkInUse;
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
  const person = await findPersonByEmail(db, organisation.id, options.email);
  if (!person) {
    throw new CliError(
      `No person in "${organisation.name}" has the email "${options.email}"; check the spelling, or import people first.`,
    );
  }
  const inUse = await publishedFramework(db, organisation);
  return {
    organisation,
    person,
    framework: inUse.framework,
    frameworkVersionId: inUse.versionId,
    inUse,
  };
}
