import type { FrameworkSource } from "../app/framework-source.ts";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import {
  createFrameworkVersion,
  publishFrameworkVersion,
} from "../storage/queries/framework-versions.ts";

/**
 * Imports and publishes the server's default framework (or the starting point chosen at setup) for
 * an organisation, so a new organisation can assess against it straight away.
 *
 * @example
 * await publishDefaultFramework({ db, frameworks, orgId: owner.orgId, importedBy: owner.id });
 */
export async function publishDefaultFramework(options: {
  db: Database;
  frameworks: FrameworkSource;
  orgId: string;
  importedBy: string | null;
  /** A starting point chosen at setup instead of the server's default. */
  chosen?: { framework: Framework; source: string } | undefined;
}): Promise<void> {
  const { framework, source } = options.chosen ?? options.frameworks.defaultFramework;
  const stored = await createFrameworkVersion(options.db, {
    orgId: options.orgId,
    document: framework,
    source,
    importedBy: options.importedBy,
  });
  await publishFrameworkVersion(options.db, options.orgId, stored.id);
  options.frameworks.forget(options.orgId);
}
