import type { Framework, PeopleImportPlan } from "../api/types.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";

const firstShown = 20;

/** A dry run's plan: how many people the import creates, updates or leaves, and the first changed rows. */
export function PeopleImportPlanView({
  plan,
  framework,
}: {
  plan: PeopleImportPlan;
  framework: Framework;
}) {
  const labels = frameworkLabels(framework);
  const { create, update, unchanged } = plan.counts;
  const shown = plan.changes.slice(0, firstShown);
  return (
    <section aria-labelledby="import-plan-heading">
      <h3 id="import-plan-heading">What importing this file changes</h3>
      <p role="status">
        {create} to create, {update} to update, {unchanged} unchanged. Nothing is stored until you
        import.
      </p>
      {shown.length > 0 ? (
        <ScrollRegion label="Changed rows">
          <table>
            <caption>
              {shown.length < plan.changesShown
                ? `The first ${shown.length} of ${plan.changesShown} changed rows`
                : "Changed rows"}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Email</th>
                <th scope="col">Change</th>
                <th scope="col">Role</th>
                <th scope="col">What changes</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((change) => (
                <tr key={change.row}>
                  <td>{change.row}</td>
                  <td>{change.email}</td>
                  <td>{change.action === "create" ? "New person" : "Update"}</td>
                  <td>{labels.role(change.roleId)}</td>
                  <td>{change.changes.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}
