import type { FrameworkSource } from "../app/framework-source.ts";
import type { Database } from "../storage/database.ts";
import {
  createFrameworkVersion,
  publishFrameworkVersion,
} from "../storage/queries/framework-versions.ts";

/**
 * Imports and publishes the server's default framework for an organisation, so a new
 * organisation can assess against it straight away.
 *
 * @example
 * await publishDefaultFramework({ db, frameworks, orgId: owner.orgId, importedBy: owner.id });
 */
export async function publishDefaultFramework(options: {
  db: Database;
  frameworks: FrameworkSource;
  orgId: string;
  importedBy: string | null;
}): Promise<void> {
  const { framework, source } = options.frameworks.defaultFramework;
  const stored = await createFrameworkVersion(options.db, {
    orgId: options.orgId,
    document: framework,
    source,
    importedBy: options.importedBy,
  });
  await publishFrameworkVersion(options.db, options.orgId, stored.id);
  options.frameworks.forget(options.orgId);
}
