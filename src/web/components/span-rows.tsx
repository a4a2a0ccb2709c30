import type { OrgAnalytics } from "../api/types.ts";
import "./span-rows.css";

type Span = OrgAnalytics["spanOfControl"][number];

/** Where a span stands against the guideline, in words. */
const standingWords: Record<Span["status"], string> = {
  within: "Within the guideline",
  above: "More than the guideline",
  below: "Fewer than the guideline",
  "no-guideline": "No guideline applies",
};

/**
 * The rows of a span-of-control table, one per manager: who, how many direct reports, and where
 * that stands against the framework's guideline. The Team and Organisation pages both use it.
 *
 * @example
 * <tbody><SpanRows spans={spans} nameOf={(span) => names.get(span.managerId) ?? "A manager"} /></tbody>
 */
export function SpanRows<Row extends Span>({
  spans,
  nameOf,
}: {
  spans: readonly Row[];
  nameOf: (span: Row) => string;
}) {
  return spans.map((span) => (
    <tr key={span.managerId}>
      <th scope="row">{nameOf(span)}</th>
      <td>{span.directReports}</td>
      <td>
        <span className={`tag span-${span.status}`}>{standingWords[span.status]}</span>
      </td>
    </tr>
  ));
}
