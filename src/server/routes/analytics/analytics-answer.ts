import type { OrgAnalytics } from "../../../engine/analytics/org-analytics-types.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { AnalyticsAggregateTexts } from "../../../storage/queries/analytics-aggregate-texts.ts";
import { analyticsOfAggregateTexts } from "../../../storage/queries/analytics-of-aggregate-texts.ts";
import { type PreparedJson, prepareJson } from "../../prepared-json.ts";

/** What an analytics answer is computed from: the framework and the aggregates as read. */
export interface AnalyticsAnswerInput {
  framework: Framework;
  texts: AnalyticsAggregateTexts;
  /** For a team's answer, whose team it is. */
  managerId?: string;
}

/** The parts of the organisation's analytics its page shows. */
export type AnalyticsSummaryParts = Pick<
  OrgAnalytics,
  | "people"
  | "distribution"
  | "spanOfControl"
  | "spanOfControlManagers"
  | "spanOfControlCounts"
  | "reason"
>;

/** The whole answer, serialised and gzipped, and the parts a summary shows. */
export interface AnalyticsAnswer {
  body: PreparedJson;
  summary: AnalyticsSummaryParts;
}

/**
 * An analytics answer from the aggregates: the engine's analytics (with the manager for a team),
 * serialised and gzipped in the same step, so a worker thread does all of it and hands back
 * bytes instead of a large object graph.
 *
 * @example const { body } = analyticsAnswer({ framework, texts });
 */
export function analyticsAnswer(input: AnalyticsAnswerInput): AnalyticsAnswer {
  const analytics = analyticsOfAggregateTexts(input.framework, input.texts);
  const answer =
    input.managerId === undefined ? analytics : { ...analytics, managerId: input.managerId };
  const { people, distribution, spanOfControl, spanOfControlManagers, spanOfControlCounts } =
    analytics;
  return {
    body: prepareJson(JSON.stringify(answer)),
    summary: {
      people,
      distribution,
      spanOfControl,
      spanOfControlManagers,
      spanOfControlCounts,
      reason: analytics.reason,
    },
  };
}
