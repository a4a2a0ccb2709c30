import type { Framework } from "../../framework/schema.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Assessment, Evidence, Person } from "../types.ts";
import { benchStrength } from "./bench-strength.ts";
import { competencyHeatmap, largestTeams } from "./competency-heatmap.ts";
import { furthestSpans, spanCounts } from "./furthest-spans.ts";
import type { OrgAnalytics } from "./org-analytics-types.ts";
import { type OrgScan, scanOrg } from "./org-scan.ts";
import { raterAlignment, raterLeniency } from "./rater-alignment.ts";
import { roleDistribution } from "./role-distribution.ts";
import { spanOfControl } from "./span-of-control.ts";

/** The people and assessments org analytics looks at (evidence only lets backed ratings weigh more). */
export interface OrgAnalyticsInput {
  people: readonly Person[];
  assessments: readonly Assessment[];
  evidence?: readonly Evidence[];
}

/**
 * Org analytics in one pass: role and track distribution, competency heatmap per team, bench
 * strength per role, self-vs-manager alignment, rater leniency and span of control. Profiles and
 * readiness follow `aggregateProfile` and `roleFit`, computed over typed arrays so that a large
 * organisation takes well under a second.
 *
 * @example
 * const org = orgAnalytics(framework, { people, assessments });
 * org.bench.find((role) => role.roleId === "group-pm")?.ready; // 4
 */
export function orgAnalytics(
  framework: Framework,
  input: OrgAnalyticsInput,
  options: Partial<EngineOptions> = {},
): OrgAnalytics {
  const settings = resolveOptions(options);
  const scan = scanOrg(framework, input.people, input.assessments, input.evidence ?? [], settings);
  return analyticsOfScan(framework, scan, settings);
}

/**
 * Org analytics from a scan, however it was filled: read from the assessments (`scanOrg`) or from
 * the maintained per-person aggregates (`scanFromAggregates`).
 */
export function analyticsOfScan(
  framework: Framework,
  scan: OrgScan,
  settings: Readonly<EngineOptions>,
): OrgAnalytics {
  const distribution = roleDistribution(framework, scan.roleOf);
  const alignment = raterAlignment(scan);
  const { leniency, raters } = raterLeniency(scan, settings.leniencyRatersMax);
  const count = scan.people.length;
  const heatmap = competencyHeatmap(framework, scan);
  const spans = spanOfControl(framework, scan.people);
  return {
    people: count,
    distribution,
    heatmap: largestTeams(heatmap, settings.heatmapTeamsMax),
    heatmapTeams: heatmap.length,
    bench: benchStrength(framework, scan, settings),
    alignment,
    leniency,
    leniencyRaters: raters,
    spanOfControl: furthestSpans(spans, framework.spanOfControl, settings.spanManagersMax),
    spanOfControlManagers: spans.length,
    spanOfControlCounts: spanCounts(spans),
    reason: `${count === 1 ? "1 person" : `${count} people`} analysed against ${framework.name} ${framework.version}. ${distribution.reason}`,
  };
}
