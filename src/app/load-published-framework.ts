import { frameworkLineage } from "../engine/profile/framework-lineage.ts";
import type { Database } from "../storage/database.ts";
import { listFrameworkDocuments } from "../storage/queries/framework-versions.ts";
import type { FrameworkInUse } from "./framework-source.ts";

/**
 * The organisation's published framework with its lineage among the stored versions, or null
 * before the first publish. The server caches it; the CLI reads it afresh each run.
 *
 * @example (await loadPublishedFramework(db, orgId))?.lineage.steps.length // 3
 */
export async function loadPublishedFramework(
  db: Database,
  orgId: string,
): Promise<FrameworkInUse | null> {
  const rows = await listFrameworkDocuments(db, orgId);
  const published = rows.find((row) => row.status === "published");
  if (!published) return null;
  const steps = rows.map((row) => ({ versionId: row.id, framework: row.document }));
  const publishedStep = { versionId: published.id, framework: published.document };
  return {
    framework: published.document,
    version: published.document.version,
    versionId: published.id,
    lineage: frameworkLineage(publishedStep, steps),
  };
}
