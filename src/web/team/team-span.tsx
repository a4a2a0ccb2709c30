import type { Framework, OrgAnalytics } from "../api/types.ts";
import { SpanRows } from "../components/span-rows.tsx";
import { ScrollRegion } from "./scroll-region.tsx";

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
            <SpanRows
              spans={spans}
              nameOf={(span) =>
                span.managerId === managerId ? "You" : (names.get(span.managerId) ?? "A manager")
              }
            />
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
