import type { Framework } from "../api/types.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import type { ReportRow } from "./reports-table.tsx";
import { type RoleGapKind, roleGapCell } from "./role-gap-cell.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import "./team.css";

const legend: { kind: RoleGapKind; words: string }[] = [
  { kind: "meets", words: "meets what their role expects" },
  { kind: "one-short", words: "up to a level short" },
  { kind: "more-short", words: "more than a level short" },
  { kind: "not-rated", words: "not rated yet, or not expected in their role" },
];

/**
 * Each report against what their own role expects, per competency: meets, up to a level short or
 * more than a level short, never raw levels. Every cell says it in words (and names the person,
 * competency and role to a screen reader), so the colour is never the only cue; a wide table
 * scrolls inside a labelled region.
 */
export function CompetencyHeatmap({
  framework,
  rows,
}: {
  framework: Framework;
  rows: ReportRow[];
}) {
  const labels = frameworkLabels(framework);
  return (
    <>
      <p className="meta">
        Each cell compares a report with what their own role expects, so an Associate PM and a
        Director read on the same terms.
      </p>
      <ScrollRegion label="Gaps against each person's role">
        <table className="heatmap">
          <thead>
            <tr>
              <th scope="col">Person</th>
              {framework.competencies.map((competency) => (
                <th key={competency.id} scope="col">
                  {competency.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ person, fits }) => {
              const fit = fits?.find((entry) => entry.roleId === person.roleId) ?? null;
              const role = person.roleId ? labels.role(person.roleId) : "no role yet";
              return (
                <tr key={person.id}>
                  <th scope="row">
                    {person.name}
                    <span className="meta heatmap-role">{role}</span>
                  </th>
                  {framework.competencies.map((competency) => {
                    const cell = roleGapCell(fits === null ? null : fit, competency.id);
                    return (
                      <td key={competency.id} className={`gap-cell gap-${cell.kind}`}>
                        <span aria-hidden="true">{fits === null ? "…" : cell.words}</span>
                        <span className="visually-hidden">
                          {fits === null
                            ? "Loading"
                            : `${person.name}, ${competency.name}: ${cell.words.toLowerCase()} for ${role}`}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ul className="meta heatmap-legend" aria-label="What the colours mean">
        {legend.map((entry) => (
          <li key={entry.kind}>
            <span className={`gap-swatch gap-${entry.kind}`} aria-hidden="true" /> {entry.words}
          </li>
        ))}
      </ul>
    </>
  );
}
