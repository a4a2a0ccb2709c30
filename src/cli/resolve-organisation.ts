import type { Database } from "../storage/database.ts";
import { listOrganisations, type Organisation } from "../storage/queries/organisations.ts";
import { CliError } from "./cli-error.ts";

/**
 * Finds the organisation a command acts on: the one named by `--org` (id or exact name), or the
 * only organisation there is.
 *
 * @example
 * const org = await resolveOrganisation(handle.db, options.org);
 */
export async function resolveOrganisation(db: Database, wanted?: string): Promise<Organisation> {
  const all = await listOrganisations(db);
  if (all.length === 0) {
    throw new CliError(
      "This database has no organisation yet: start `pathways serve` and create one with the setup link, or run `pathways serve --demo`.",
    );
  }
  if (wanted === undefined) {
    if (all.length === 1 && all[0]) return all[0];
    const names = all.map((org) => `"${org.name}"`).join(", ");
    throw new CliError(
      `This database has ${all.length} organisations (${names}); choose one with --org NAME.`,
    );
  }
  const found = all.find((org) => org.id === wanted || org.name === wanted);
  if (!found) {
    const names = all.map((org) => `"${org.name}"`).join(", ");
    throw new CliError(`No organisation is called or has the id "${wanted}"; known: ${names}.`);
  }
  return found;
}
