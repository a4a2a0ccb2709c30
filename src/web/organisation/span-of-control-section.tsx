import { useState } from "react";
import type { Framework, OrgAnalytics } from "../api/types.ts";
import { SpanRows } from "../components/span-rows.tsx";
import { useOrgSpanPages } from "../hooks/use-analytics.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";
import "./organisation.css";

const managersWord = (count: number) =>
  count === 1 ? "1 manager" : `${count.toLocaleString("en")} managers`;

/** How many managers stand where against the guideline, in one sentence. */
function countsSentence(total: number, counts: OrgAnalytics["spanOfControlCounts"]): string {
  if (counts["no-guideline"] === total) return `${managersWord(total)} in all.`;
  const parts = [
    `${counts.within.toLocaleString("en")} within the guideline`,
    `${counts.above.toLocaleString("en")} with more direct reports`,
    `${counts.below.toLocaleString("en")} with fewer`,
  ];
  return `Of ${managersWord(total)}, ${parts.join(", ")}.`;
}

/**
 * Each manager's number of direct reports against the framework's span-of-control guideline: the
 * managers furthest outside it first, and every manager page by page on request.
 */
export function SpanOfControlSection({
  framework,
  spans,
  total,
  counts,
  names,
}: {
  framework: Framework;
  spans: OrgAnalytics["spanOfControl"];
  total: number;
  counts: OrgAnalytics["spanOfControlCounts"];
  names: ReadonlyMap<string, string>;
}) {
  const guideline = framework.spanOfControl;
  const [showAll, setShowAll] = useState(false);
  const pages = useOrgSpanPages(showAll);
  const all = pages.data?.pages.flatMap((page) => page.items);
  const unlisted = total - spans.length;
  return (
    <section className="card" aria-labelledby="span">
      <h2 id="span">Span of control</h2>
      <p>
        {guideline
          ? `The framework suggests ${guideline.min} to ${guideline.max} direct reports per manager: enough to stay close to each person.`
          : "The framework sets no guideline for the number of direct reports."}{" "}
        {countsSentence(total, counts)}
      </p>
      {unlisted > 0 && !all ? (
        <p>The {managersWord(spans.length)} furthest from the guideline are listed first.</p>
      ) : null}
      <ScrollRegion label="Span of control per manager">
        <table>
          <thead>
            <tr>
              <th scope="col">Manager</th>
              <th scope="col">Direct reports</th>
              <th scope="col">Against the guideline</th>
            </tr>
          </thead>
          <tbody>
            {all ? (
              <SpanRows spans={all} nameOf={(span) => span.name} />
            ) : (
              <SpanRows spans={spans} nameOf={(span) => names.get(span.managerId) ?? "A manager"} />
            )}
          </tbody>
        </table>
      </ScrollRegion>
      {unlisted > 0 && !showAll ? (
        <button type="button" onClick={() => setShowAll(true)}>
          Show every manager ({managersWord(total)})
        </button>
      ) : null}
      {showAll && pages.hasNextPage ? (
        <button
          type="button"
          disabled={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {pages.isFetchingNextPage ? "Loading more managers…" : "Show more managers"}
        </button>
      ) : null}
      {pages.isError ? (
        <p role="alert">The full list could not be loaded. Reload the page to try again.</p>
      ) : null}
    </section>
  );
}
