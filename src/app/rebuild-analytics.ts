import type { Database } from "../storage/database.ts";
import type { AnalyticsFramework } from "../storage/queries/analytics-aggregates.ts";
import {
  type AnalyticsRebuild,
  rebuildAnalyticsAggregates,
} from "../storage/queries/rebuild-analytics-aggregates.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { organisationWide, refuseUnless } from "./refusal.ts";

/**
 * Computes the organisation's analytics aggregates again from every submitted assessment of the
 * published framework's lineage (admins only, as org analytics are); resumes a rebuild that was
 * stopped half way. Audited with how many people it computed.
 *
 * @example await rebuildAnalyticsAs({ db }, localAdminActor(orgId), inUse);
 */
export async function rebuildAnalyticsAs(
  deps: { db: Database },
  actor: Extract<Actor, { kind: "user" }>,
  inUse: AnalyticsFramework,
): Promise<AnalyticsRebuild> {
  refuseUnless(actor, "analytics:org", organisationWide(actor.orgId));
  const outcome = await rebuildAnalyticsAggregates(deps.db, actor.orgId, inUse);
  await recordAuditEntry(deps.db, actor, {
    action: "analytics:rebuild",
    targetType: "organisation",
    targetId: actor.orgId,
    detail: { ...outcome },
  });
  return outcome;
}
