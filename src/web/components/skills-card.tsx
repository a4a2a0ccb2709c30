import type { FrameworkLabels } from "../lib/framework-labels.ts";

/** A role's skills to develop, each tagged with the competency it grows; nothing when empty. */
export function SkillsCard({
  skills,
  labels,
}: {
  skills: readonly { competency: string; name: string; description: string }[];
  labels: FrameworkLabels;
}) {
  if (skills.length === 0) return null;
  return (
    <section className="card">
      <h2>Skills to develop</h2>
      <dl>
        {skills.map((skill) => (
          <div key={skill.name}>
            <dt>
              {skill.name} <span className="tag">{labels.competency(skill.competency)}</span>
            </dt>
            <dd>{skill.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
