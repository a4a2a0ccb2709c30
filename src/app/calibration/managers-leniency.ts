import { managerLeniency } from "../../engine/analytics/manager-leniency.ts";
import type { Database } from "../../storage/database.ts";
import type { ComputePersonAggregates } from "../../storage/queries/analytics-aggregates.ts";
import { currentAnalyticsAggregates } from "../../storage/queries/analytics-from-aggregates.ts";
import { parseAnalyticsAggregates } from "../../storage/queries/parse-analytics-aggregates.ts";
import type { FrameworkInUse } from "../framework-source.ts";
import type { CalibrationManager } from "./calibration-types.ts";

/**
 * The leniency of the given managers in words, from the organisation's analytics aggregates
 * (brought up to date first), each set against every manager of the organisation. Only words
 * leave here: the numbers stay inside the engine.
 *
 * @example
 * const [ben] = await managersLeniency(db, orgId, inUse, [{ id: ben.id, name: "Ben" }]);
 */
export async function managersLeniency(
  db: Database,
  orgId: string,
  inUse: FrameworkInUse,
  managers: readonly { id: string; name: string }[],
  compute?: ComputePersonAggregates,
): Promise<CalibrationManager[]> {
  if (managers.length === 0) return [];
  const { framework, versionId, lineage } = inUse;
  // Only the server's default framework outside any organisation has no stored version.
  const texts =
    versionId === null
      ? null
      : await currentAnalyticsAggregates(
          db,
          orgId,
          { framework, versionId, lineage },
          undefined,
          compute,
        );
  const aggregates = texts ? parseAnalyticsAggregates(texts, framework.competencies.length) : null;
  const allManagers = (aggregates?.people ?? []).flatMap((person) =>
    person.managerId ? [person.managerId] : [],
  );
  const words = managerLeniency(aggregates?.leniency ?? [], managers, allManagers);
  return managers.map((manager, at) => ({
    ...manager,
    leniency: words[at]?.words ?? "",
  }));
}
