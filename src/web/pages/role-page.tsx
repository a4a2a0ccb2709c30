import type { Framework, Role } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { GuidanceNotes } from "../components/guidance-notes.tsx";
import { LevelCriteria } from "../components/level-criteria.tsx";
import { QueryView } from "../components/query-view.tsx";
import { RoleMoves } from "../components/role-moves.tsx";
import { SkillsCard } from "../components/skills-card.tsx";
import { TextList } from "../components/text-list.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";
import type { PageProps } from "../router/routes.ts";

function compareLink(from: string, to: string): string {
  return `/compare?${new URLSearchParams({ from, to })}`;
}

function Expectations({ framework, role }: { framework: Framework; role: Role }) {
  const labels = frameworkLabels(framework);
  const expected = framework.competencies.flatMap(({ id }) => {
    const level = role.expectations[id];
    return level === undefined ? [] : [[id, level] as const];
  });
  return (
    <section className="card">
      <h2>Expectations per competency</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Level</th>
              <th scope="col">What it looks like</th>
            </tr>
          </thead>
          <tbody>
            {expected.map(([competency, level]) => (
              <tr key={competency}>
                <th scope="row">
                  {labels.competency(competency)}
                  {role.mandatory.includes(competency) ? (
                    <span className="tag">must meet</span>
                  ) : null}
                </th>
                <td className="nowrap">{labels.level(level)}</td>
                <td>
                  <LevelCriteria criteria={labels.criteria(competency, level)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RoleDetails({ framework, role }: { framework: Framework; role: Role }) {
  const labels = frameworkLabels(framework);
  const track = framework.tracks.find((candidate) => candidate.id === role.track);
  const below = framework.transitions.filter((t) => t.to === role.id && t.kind === "promotion");
  const above = framework.transitions.filter((t) => t.from === role.id && t.kind === "promotion");
  return (
    <article className="role">
      <p className="eyebrow">{track?.name ?? role.track}</p>
      <h1>{role.title}</h1>
      {role.aliases.length > 0 ? (
        <p className="meta">Also called {role.aliases.join(", ")}</p>
      ) : null}
      <p className="lead">{role.summary}</p>
      {track ? <p className="meta">{track.description}</p> : null}
      <ul className="actions">
        {below.map((t) => (
          <li key={t.from}>
            <Link className="button" to={compareLink(t.from, role.id)}>
              Compare with {labels.role(t.from)}
            </Link>
          </li>
        ))}
        {above.map((t) => (
          <li key={t.to}>
            <Link className="button button-quiet" to={compareLink(role.id, t.to)}>
              What changes for {labels.role(t.to)}
            </Link>
          </li>
        ))}
      </ul>
      <div className="grid">
        <TextList title="What changes from the level below" items={role.whatChanges} />
        <TextList title="Responsibilities" items={role.responsibilities} />
        <TextList title="What success looks like" items={role.success} />
        <SkillsCard skills={role.skillsToDevelop} labels={labels} />
        {role.whoThrives ? <TextList title="Who thrives here" items={[role.whoThrives]} /> : null}
        <TextList title="Product skills that carry over" items={role.carriesOver} />
        <TextList title="Context" items={role.contextNotes} />
      </div>
      <Expectations framework={framework} role={role} />
      <RoleMoves framework={framework} role={role} />
      <GuidanceNotes framework={framework} place="role" track={role.track} />
    </article>
  );
}

/** One role: summary, what changes, responsibilities, success, skills and expectations. */
export default function RolePage({ params }: PageProps) {
  const query = useFramework();
  return (
    <QueryView query={query}>
      {({ framework }) => {
        const role = framework.roles.find((candidate) => candidate.id === params.id);
        if (!role) {
          return (
            <>
              <h1>Role not found</h1>
              <EmptyState title={`The framework has no role "${params.id ?? ""}"`}>
                <p>
                  <Link to="/map">Pick a role on the career map</Link>.
                </p>
              </EmptyState>
            </>
          );
        }
        return <RoleDetails framework={framework} role={role} />;
      }}
    </QueryView>
  );
}
