import type { Framework } from "../api/types.ts";
import { replaceAt } from "./replace-at.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type Role = Framework["roles"][number];

/** The skills a role should develop next, each tied to the competency it grows: edit, add, remove. */
export function SkillsToDevelop({
  role,
  path,
  draft,
  onChange,
}: {
  role: Role;
  path: string;
  draft: DraftEditing;
  onChange: (patch: Partial<Role>) => void;
}) {
  const { document, issues } = draft;
  const skills = role.skillsToDevelop;
  const set = (next: Role["skillsToDevelop"]) => onChange({ skillsToDevelop: next });
  return (
    <fieldset className="editor-fieldset">
      <legend>Skills to develop</legend>
      {skills.map((skill, at) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position, so their content cannot key them.
        <div className="editor-item" key={`${skill.competency}-${at}`}>
          <div className="field">
            <label htmlFor={`${path}-skill-${at}`}>Skill {at + 1}: competency it grows</label>
            <select
              id={`${path}-skill-${at}`}
              value={skill.competency}
              onChange={(event) =>
                set(replaceAt(skills, at, { ...skill, competency: event.target.value }))
              }
            >
              {document.competencies.map((competency) => (
                <option key={competency.id} value={competency.id}>
                  {competency.name || competency.id}
                </option>
              ))}
            </select>
          </div>
          <TextField
            label={`Skill ${at + 1}: name`}
            value={skill.name}
            onChange={(name) => set(replaceAt(skills, at, { ...skill, name }))}
            path={`${path}.skillsToDevelop.${at}.name`}
            issues={issues}
          />
          <TextField
            label={`Skill ${at + 1}: description`}
            multiline
            value={skill.description}
            onChange={(description) => set(replaceAt(skills, at, { ...skill, description }))}
            path={`${path}.skillsToDevelop.${at}.description`}
            issues={issues}
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={() => set(skills.filter((_, i) => i !== at))}
          >
            Remove skill {at + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          set([
            ...skills,
            { competency: document.competencies[0]?.id ?? "", name: "", description: "" },
          ])
        }
      >
        Add a skill to develop
      </button>
    </fieldset>
  );
}
