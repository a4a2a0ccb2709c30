import type { FrameworkLineage } from "../../engine/profile/framework-lineage.ts";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import { computeAnalyticsPeople } from "./analytics-aggregates.ts";

/**
 * What a submit runs in its own transaction so the assessed person's analytics aggregates are
 * current at commit; without a stored published version it does nothing (the database's trigger
 * has marked the person, and the next analytics read computes them).
 *
 * @example await submitAssessment(db, { orgId, id, afterSubmit: keepAnalyticsCurrent(orgId, inUse) });
 */
export function keepAnalyticsCurrent(
  orgId: string,
  inUse: { framework: Framework; versionId: string | null; lineage: FrameworkLineage },
): (tx: Database, submitted: { personId: string }) => Promise<void> {
  return async (tx, submitted) => {
    const { versionId } = inUse;
    if (versionId === null) return;
    await computeAnalyticsPeople(tx, orgId, { ...inUse, versionId }, [submitted.personId]);
  };
}
