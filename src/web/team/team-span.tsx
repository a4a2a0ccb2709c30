import type { Framework, OrgAnalytics } from "../api/types.ts";
import { ScrollRegion } from "./scroll-region.tsx";

/** Where a span stands against the guideline, in words. */
function standing(status: OrgAnalytics["spanOfControl"][number]["status"]): string {
  switch (status) {
    case "within":
      return "Within the guideline";
    case "above":
      return "More than the guideline";
    case "below":
      return "Fewer than the guideline";
    default:
      return "No guideline applies";
  }
}

/**
 * The span of control in a manager's team: theirs ("You") and that of any manager below them,
 * against the framework's guideline, which applies only to roles that manage people.
 *
 * @example
 * <TeamSpan framework={framework} spans={team.spanOfControl} names={names} managerId={me} />
 */
export function TeamSpan({
  framework,
  spans,
  names,
  managerId,
}: {
  framework: Framework;
  spans: OrgAnalytics["spanOfControl"];
  names: ReadonlyMap<string, string>;
  managerId: string;
}) {
  const guideline = framework.spanOfControl;
  return (
    <section className="card" aria-labelledby="team-span">
      <h2 id="team-span">Span of control</h2>
      <p>
        {guideline
          ? `The framework suggests ${guideline.min} to ${guideline.max} direct reports for roles that manage people; people who lead without managing, such as a Senior PM mentoring one or two PMs, are not held to it.`
          : "The framework sets no guideline for the number of direct reports."}
      </p>
      <ScrollRegion label="Span of control in your team">
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
                <th scope="row">
                  {span.managerId === managerId
                    ? "You"
                    : (names.get(span.managerId) ?? "A manager")}
                </th>
                <td>{span.directReports}</td>
                <td>
                  <span className={`tag span-${span.status}`}>{standing(span.status)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
