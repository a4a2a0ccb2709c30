import type { Framework, RoleChange } from "../api/types.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { LevelCriteria } from "./level-criteria.tsx";
import { expectationDifference } from "./role-comparison-row.tsx";
import { SkillsCard } from "./skills-card.tsx";
import { TextList } from "./text-list.tsx";

/** Two roles side by side, with only what differs between them highlighted. */
export function RoleComparison({
  framework,
  change,
}: {
  framework: Framework;
  change: RoleChange;
}) {
  const labels = frameworkLabels(framework);
  const from = framework.roles.find((role) => role.id === change.from);
  const to = framework.roles.find((role) => role.id === change.to);
  const competencies = framework.competencies
    .map((c) => c.id)
    .filter((id) => from?.expectations[id] !== undefined || to?.expectations[id] !== undefined);
  const fresh = new Set(change.newResponsibilities);
  // Marking every item marks nothing: when all are new, one sentence says so instead.
  const allFresh = fresh.size > 0 && fresh.size === (to?.responsibilities.length ?? 0);
  const differing = competencies.filter(
    (id) => from?.expectations[id] !== to?.expectations[id],
  ).length;
  return (
    <div className="comparison">
      <p className="lead">{change.summary}</p>
      <p className="comparison-count">
        {differing === 0
          ? "Both roles expect the same level in every competency."
          : `${differing} of ${competencies.length} expectations differ; only those are highlighted.`}
      </p>
      <section className="card">
        <h2>Expectations per competency</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">{labels.role(change.from)}</th>
                <th scope="col">{labels.role(change.to)}</th>
              </tr>
            </thead>
            <tbody>
              {competencies.map((id) => {
                const before = from?.expectations[id];
                const after = to?.expectations[id];
                const difference = expectationDifference(change, id, before, after);
                return (
                  <tr key={id}>
                    <th scope="row">{labels.competency(id)}</th>
                    <td>{before === undefined ? "—" : labels.level(before)}</td>
                    <td>
                      {difference ? (
                        <mark className="is-new">
                          {after === undefined ? "—" : labels.level(after)}
                          <span className="tag tag-new">{difference.note}</span>
                        </mark>
                      ) : after === undefined ? (
                        "—"
                      ) : (
                        labels.level(after)
                      )}
                      {difference?.asksMore && after !== undefined ? (
                        <span className="descriptor">
                          <LevelCriteria criteria={labels.criteria(id, after)} />
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <div className="side-by-side">
        <section className="card">
          <h2>{labels.role(change.from)}: responsibilities</h2>
          <ul>
            {from?.responsibilities.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h2>{labels.role(change.to)}: responsibilities</h2>
          {allFresh ? <p>Every one of these is new to the role.</p> : null}
          <ul>
            {to?.responsibilities.map((item) =>
              fresh.has(item) && !allFresh ? (
                <li key={item} className="is-new">
                  <span className="tag tag-new">New</span> {item}
                </li>
              ) : (
                <li key={item}>{item}</li>
              ),
            )}
          </ul>
        </section>
      </div>
      <div className="grid">
        <TextList title="What changes" items={change.whatChanges} />
        <SkillsCard skills={change.skillsToDevelop} labels={labels} />
      </div>
    </div>
  );
}
