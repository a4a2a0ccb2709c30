import type { Framework } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { useTrend } from "../hooks/use-insights.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";
import { trendChangeWords } from "./trend-geometry.ts";
import { TrendSparkline } from "./trend-sparkline.tsx";
import "./trend.css";

/** What the points of the trend are, in a sentence: closed cycles by name, or assessments. */
function pointsWords(
  source: "cycles" | "assessments",
  trends: readonly { points: readonly { label: string | null }[] }[],
): string {
  if (source === "assessments") return "Each point is a submitted assessment.";
  const names = [
    ...new Set(trends.flatMap((trend) => trend.points.map((point) => point.label ?? ""))),
  ].filter((name) => name !== "");
  return `Each point is a closed check-in cycle: ${names.join(", ")}.`;
}

/**
 * Per competency, how the level moved over the person's submitted assessments: a sparkline for
 * the eye and the engine's reason in words for everyone.
 *
 * @example
 * <TrendSection framework={framework} labels={labels} personId={profile.personId} />
 */
export function TrendSection({
  framework,
  labels,
  personId,
}: {
  framework: Framework;
  labels: FrameworkLabels;
  personId: string;
}) {
  const levels = framework.scale.map((step) => step.level);
  const min = Math.min(...levels);
  const max = Math.max(...levels);
  return (
    <QueryView query={useTrend(personId)}>
      {({ trends, source }) => (
        <>
          <p className="meta">{pointsWords(source, trends)}</p>
          <ul className="trend-list">
            {trends.map((trend) => (
              <li key={trend.competency} className="trend-item">
                <span className="trend-name">{labels.competency(trend.competency)}</span>
                <TrendSparkline points={trend.points} min={min} max={max} />
                <span className="trend-change">{trendChangeWords(trend.change)}</span>
                <span className="trend-reason meta">{trend.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryView>
  );
}
