import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../../storage/database.ts";
import { getPublishedFrameworkVersion } from "../../storage/queries/framework-versions.ts";
import { writeError } from "../output.ts";
import { CliError } from "../resolve-organisation.ts";

/** The framework an organisation works with: its published version; a CliError before any. */
export async function publishedFramework(db: Database, orgId: string): Promise<Framework> {
  const version = await getPublishedFrameworkVersion(db, orgId);
  if (!version) {
    throw new CliError(
      "This organisation has no published framework yet: publish one in the web app or through the API first.",
    );
  }
  return version.document;
}

/** Runs a command's work, turning a CliError into its message on stderr and exit code 1. */
export async function reportCliErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    writeError(error.message);
  }
}
