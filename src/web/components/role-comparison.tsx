import type { Framework, RoleChange } from "../api/types.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { LevelCriteria } from "./level-criteria.tsx";
import { SkillsCard } from "./skills-card.tsx";
import { TextList } from "./text-list.tsx";

function levelChangeNote(change: RoleChange, competency: string): string | null {
  const rising = change.rising.find((r) => r.competency === competency);
  if (rising) return `New: up from ${rising.from}`;
  if (change.newExpectations.some((e) => e.competency === competency)) return "New expectation";
  return null;
}

/** Two roles side by side, with only what the second one newly asks highlighted. */
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
  return (
    <div className="comparison">
      <p className="lead">{change.summary}</p>
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
                const note = levelChangeNote(change, id);
                const before = from?.expectations[id];
                const after = to?.expectations[id];
                return (
                  <tr key={id}>
                    <th scope="row">{labels.competency(id)}</th>
                    <td>{before === undefined ? "—" : labels.level(before)}</td>
                    <td className={note ? "is-new" : undefined}>
                      {after === undefined ? "—" : labels.level(after)}
                      {note ? <span className="tag tag-new">{note}</span> : null}
                      {note && after !== undefined ? (
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
          <ul>
            {to?.responsibilities.map((item) =>
              fresh.has(item) ? (
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
