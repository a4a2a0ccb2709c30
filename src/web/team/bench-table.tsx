import type { Framework, OrgAnalytics } from "../api/types.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { ScrollRegion } from "./scroll-region.tsx";

/** Who could step into each role: people ready or close, by name, with the engine's reason. */
export function BenchTable({
  framework,
  bench,
  names,
}: {
  framework: Framework;
  bench: OrgAnalytics["bench"];
  names: ReadonlyMap<string, string>;
}) {
  const labels = frameworkLabels(framework);
  // Long lists come capped: say how many more there are rather than suggest the list is whole.
  const named = (ids: string[], count: number) => {
    const listed = ids.map((id) => names.get(id) ?? id).join(", ");
    if (listed === "") return "nobody yet";
    return count > ids.length ? `${listed} and ${count - ids.length} more` : listed;
  };
  const filled = bench.filter((role) => role.ready + role.close > 0);
  if (filled.length === 0) {
    return <p className="meta">Nobody is ready or close for another role yet.</p>;
  }
  return (
    <ScrollRegion label="Bench per role">
      <table>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Ready</th>
            <th scope="col">Close</th>
          </tr>
        </thead>
        <tbody>
          {filled.map((role) => (
            <tr key={role.roleId}>
              <th scope="row">{labels.role(role.roleId)}</th>
              <td>
                {role.ready}: {named(role.readyPeople, role.ready)}
              </td>
              <td>
                {role.close}: {named(role.closePeople, role.close)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
