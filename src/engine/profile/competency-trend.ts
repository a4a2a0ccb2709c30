import type { Framework } from "../../framework/schema.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Assessment } from "../types.ts";
import { formatLevel } from "../words.ts";
import { profileFromLatest } from "./aggregate-profile.ts";
import { bySubmission, latestSubmitted } from "./latest-submitted.ts";

/** One competency's aggregated level over a person's assessment history. */
export interface CompetencyTrend {
  competency: string;
  /** Oldest first; `label` names the point (a closed cycle's name) or is null for an assessment. */
  points: { at: string; level: number; label: string | null }[];
  /** Last level minus first, or null with fewer than two points. */
  change: number | null;
  reason: string;
}

/** What one point of a trend stands for: a submitted assessment or a closed cycle. */
export type TrendPointKind = "assessment" | "cycle";

/** A competency's trend and its reason from its points, oldest first. */
export function trendOf(
  competency: { id: string; name: string },
  points: CompetencyTrend["points"],
  kind: TrendPointKind,
): CompetencyTrend {
  const first = points[0];
  const last = points[points.length - 1];
  const change =
    points.length >= 2 && first && last ? Math.round((last.level - first.level) * 1e6) / 1e6 : null;
  return {
    competency: competency.id,
    points,
    change,
    reason: trendReason(competency.name, points, change, kind),
  };
}

function trendReason(
  name: string,
  points: CompetencyTrend["points"],
  change: number | null,
  kind: TrendPointKind,
): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined)
    return `${name} has not been rated yet, so there is no trend.`;
  if (change === null) {
    return kind === "cycle"
      ? `${name} has one data point so far (${formatLevel(first.level)}, in ${first.label ?? "one cycle"}); the next cycle will show a trend.`
      : `${name} has one data point so far (${formatLevel(first.level)}); another assessment will show a trend.`;
  }
  const span =
    kind === "cycle"
      ? `from ${first.label ?? "the first cycle"} to ${last.label ?? "the last"}`
      : `over ${points.length} assessments`;
  const from = formatLevel(first.level);
  const to = formatLevel(last.level);
  if (Math.abs(change) < 0.05) return `${name} held steady at ${to} ${span}.`;
  return change > 0
    ? `${name} grew from ${from} to ${to} ${span}.`
    : `${name} moved from ${from} to ${to} ${span}, worth a conversation at the next check-in.`;
}

/**
 * Per competency, the aggregated level after each submitted assessment of a person (oldest first)
 * and the change from first to last, with a reason naming the competency.
 *
 * @example competencyTrend(framework, "person-1", assessments)[0].reason
 * // "Product strategy grew from 2 to 3.4 over 3 assessments."
 */
export function competencyTrend(
  framework: Framework,
  personId: string,
  assessments: readonly Assessment[],
  options: Partial<EngineOptions> = {},
): CompetencyTrend[] {
  const settings = resolveOptions(options);
  const history = assessments
    .filter((assessment) => assessment.personId === personId && assessment.submittedAt !== null)
    .sort(bySubmission);
  const series = framework.competencies.map(() => [] as CompetencyTrend["points"]);
  const seen: Assessment[] = [];
  for (const assessment of history) {
    seen.push(assessment);
    const at = assessment.submittedAt ?? "";
    const profile = profileFromLatest(
      framework,
      personId,
      latestSubmitted(personId, seen),
      [],
      settings,
    );
    framework.competencies.forEach((competency, position) => {
      const level = profile.competencies[competency.id]?.level ?? null;
      const points = series[position];
      if (level === null || points === undefined) return;
      const previous = points[points.length - 1];
      // Assessments submitted at the same moment form one point: the picture after all of them.
      if (previous?.at === at) previous.level = level;
      else points.push({ at, level, label: null });
    });
  }
  return framework.competencies.map((competency, position) =>
    trendOf(competency, series[position] ?? [], "assessment"),
  );
}
