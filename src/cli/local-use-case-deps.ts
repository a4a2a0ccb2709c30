import type { GrowthReportDeps } from "../app/growth-report.ts";
import type { Database } from "../storage/database.ts";
import type { ResolvedPerson } from "./resolve-person.ts";

/**
 * What a use case needs when the CLI calls it: the open database and the organisation's
 * published framework already resolved, read afresh each run (no cache).
 *
 * @example
 * const report = await growthReport(localUseCaseDeps(db, resolved), localAdminActor(orgId), id);
 */
export function localUseCaseDeps(db: Database, resolved: ResolvedPerson): GrowthReportDeps {
  const { inUse } = resolved;
  return { db, frameworks: { current: async () => inUse }, now: () => new Date() };
}
