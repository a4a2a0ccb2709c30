import type { FrameworkInUse } from "../app/framework-source.ts";
import { loadPublishedFramework } from "../app/load-published-framework.ts";
import type { Database } from "../storage/database.ts";
import type { Organisation } from "../storage/queries/organisations.ts";
import { CliError } from "./cli-error.ts";

/**
 * The framework an organisation works with (its published version) and that version's id; a
 * CliError saying how to publish one when there is none.
 *
 * @example
 * const { framework } = await publishedFramework(handle.db, org);
 */
export async function publishedFramework(
  db: Database,
  organisation: Organisation,
): Promise<FrameworkInUse & { versionId: string }> {
  const inUse = await loadPublishedFramework(db, organisation.id);
  if (!inUse || inUse.versionId === null) {
    throw new CliError(
      `"${organisation.name}" has no published framework yet: check one with \`pathways framework import\`, then publish it in the web app or through the API.`,
    );
  }
  return { ...inUse, versionId: inUse.versionId };
}
