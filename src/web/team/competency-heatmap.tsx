import type { Framework } from "../api/types.ts";
import { heatColour } from "./heat-colour.ts";
import type { ReportRow } from "./reports-table.tsx";
import { ScrollRegion } from "./scroll-region.tsx";
import "./team.css";

/**
 * Each report's aggregated level per competency as a table, shaded from pale (low) to deep
 * blue (high); every cell also says its level in words, so the colour is never the only cue.
 */
export function CompetencyHeatmap({
  framework,
  rows,
}: {
  framework: Framework;
  rows: ReportRow[];
}) {
  const max = Math.max(...framework.scale.map((step) => step.level), 1);
  return (
    <>
      <ScrollRegion label="Competency heatmap">
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
            {rows.map(({ person, profile }) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                {framework.competencies.map((competency) => {
                  const level = profile?.competencies[competency.id]?.level ?? null;
                  const colour = heatColour(level, max);
                  return (
                    <td key={competency.id} style={colour}>
                      {level === null ? "not rated" : level.toFixed(1)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="meta heatmap-legend">
        Levels 1 to {max}: paler is lower, deeper blue is higher; grey means nobody has rated it.
      </p>
    </>
  );
}
