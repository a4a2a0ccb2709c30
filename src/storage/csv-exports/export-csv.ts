import { eq, min } from "drizzle-orm";
import { orgAnalytics } from "../../engine/analytics/org-analytics.ts";
import type { OrgAnalytics } from "../../engine/analytics/org-analytics-types.ts";
import { teamAnalytics } from "../../engine/analytics/team-analytics.ts";
import type { FrameworkLineage } from "../../engine/profile/framework-lineage.ts";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import { listAssessmentsInLineage } from "../queries/assessments-in-lineage.ts";
import { listPeople } from "../queries/people.ts";
import { teamRecords } from "../queries/team-records.ts";
import { people, roleHistory } from "../schema.ts";
import { peopleExportRows } from "./people-export-rows.ts";
import { ratingsExportRows } from "./ratings-export-rows.ts";
import { teamAnalyticsExportRows } from "./team-analytics-export-rows.ts";
import { writeExportCsv } from "./write-export-csv.ts";

/** The CSV exports there are. */
export const csvExportKinds = ["people", "ratings", "team-analytics"] as const;
/** One of the CSV exports. */
export type CsvExportKind = (typeof csvExportKinds)[number];

/** What an export reads: the organisation, its framework, and for team analytics a manager. */
export interface ExportCsvOptions {
  orgId: string;
  framework: Framework;
  /** The versions whose ratings count: ratings of any other framework are never exported. */
  lineage: FrameworkLineage;
  /** Limits team analytics to this manager's reports, direct and indirect. */
  managerId?: string;
}

// One page large enough for any single organisation this server is meant for.
const everyone = 1_000_000;

async function startDates(db: Database, orgId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ personId: roleHistory.personId, from: min(roleHistory.from) })
    .from(roleHistory)
    .innerJoin(people, eq(people.id, roleHistory.personId))
    .where(eq(people.orgId, orgId))
    .groupBy(roleHistory.personId);
  return new Map(rows.flatMap((row) => (row.from === null ? [] : [[row.personId, row.from]])));
}

// An export is the whole heatmap, not the largest teams an answer lists.
const everyTeam = { heatmapTeamsMax: Number.POSITIVE_INFINITY };

/**
 * Builds one CSV export of an organisation: people, submitted ratings, or per-team competency
 * means from the analytics heatmap.
 *
 * @example const csv = await exportCsv(db, "people", { orgId, framework, lineage });
 */
export async function exportCsv(
  db: Database,
  kind: CsvExportKind,
  options: ExportCsvOptions,
): Promise<string> {
  const { orgId, framework, lineage, managerId } = options;
  if (kind === "team-analytics" && managerId !== undefined) {
    const team = await teamRecords(db, orgId, managerId, lineage);
    return heatmapCsv(teamAnalytics(framework, { ...team, managerId }, everyTeam), framework);
  }
  const everybody = await listPeople(db, { orgId, limit: everyone });
  if (kind === "people") {
    return writeExportCsv(peopleExportRows(everybody, framework, await startDates(db, orgId)));
  }
  const assessments = await listAssessmentsInLineage(db, lineage, {
    orgId,
    status: "submitted",
    limit: everyone,
  });
  if (kind === "ratings") {
    const emails = new Map(everybody.map((person) => [person.id, person.email ?? ""]));
    return writeExportCsv(ratingsExportRows(assessments, emails), { numericColumns: ["level"] });
  }
  return heatmapCsv(
    orgAnalytics(framework, { people: everybody, assessments }, everyTeam),
    framework,
  );
}

function heatmapCsv(analytics: OrgAnalytics, framework: Framework): string {
  return writeExportCsv(teamAnalyticsExportRows(analytics.heatmap, framework), {
    numericColumns: ["people", "mean level", "people rated"],
  });
}
