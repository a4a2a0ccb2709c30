import type { Framework, OrgAnalytics } from "../api/types.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";
import "./organisation.css";

const statusWords = {
  below: "Fewer than the guideline",
  within: "Within the guideline",
  above: "More than the guideline",
  "no-guideline": "No guideline",
} as const;

/** Each manager's number of direct reports against the framework's span-of-control guideline. */
export function SpanOfControlSection({
  framework,
  spans,
  names,
}: {
  framework: Framework;
  spans: OrgAnalytics["spanOfControl"];
  names: ReadonlyMap<string, string>;
}) {
  const guideline = framework.spanOfControl;
  return (
    <section className="card" aria-labelledby="span">
      <h2 id="span">Span of control</h2>
      <p>
        {guideline
          ? `The framework suggests ${guideline.min} to ${guideline.max} direct reports per manager: enough to stay close to each person.`
          : "The framework sets no guideline for the number of direct reports."}
      </p>
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
            {spans.map((span) => (
              <tr key={span.managerId}>
                <th scope="row">{names.get(span.managerId) ?? "A manager"}</th>
                <td>{span.directReports}</td>
                <td>
                  <span className={`tag span-${span.status}`}>{statusWords[span.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
