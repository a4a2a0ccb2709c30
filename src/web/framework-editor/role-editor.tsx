import { useId, useState } from "react";
import type { Framework } from "../api/types.ts";
import { IdField } from "./id-field.tsx";
import { ListField } from "./list-field.tsx";
import { renameRole } from "./rename-id.ts";
import { replaceAt } from "./replace-at.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type Role = Framework["roles"][number];

/** The role pages of a draft: pick a role, then edit its title, aliases, summary and lists. */
export function RoleEditor({
  draft,
  publishedIds,
}: {
  draft: DraftEditing;
  publishedIds: readonly string[];
}) {
  const pickId = useId();
  const [index, setIndex] = useState(0);
  const { document, issues, edit } = draft;
  const role = document.roles[index];
  if (!role) return null;
  const path = `roles.${index}`;
  const change = (patch: Partial<Role>) =>
    edit({ ...document, roles: replaceAt(document.roles, index, { ...role, ...patch }) });
  const list = (
    key: "aliases" | "whatChanges" | "responsibilities" | "success" | "contextNotes",
    label: string,
  ) => (
    <ListField
      label={label}
      value={role[key]}
      onChange={(value) => change({ [key]: value })}
      path={`${path}.${key}`}
      issues={issues}
    />
  );
  return (
    <div className="editor-section-body">
      <div className="field">
        <label htmlFor={pickId}>Role to edit</label>
        <select
          id={pickId}
          value={index}
          onChange={(event) => setIndex(Number(event.target.value))}
        >
          {document.roles.map((option, at) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position, so their content cannot key them.
            <option key={`${option.id}-${at}`} value={at}>
              {option.title || option.id}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Title"
        value={role.title}
        onChange={(title) => change({ title })}
        path={`${path}.title`}
        issues={issues}
      />
      <IdField
        label="Role id"
        value={role.id}
        onRename={(to) => edit(renameRole(document, role.id, to, publishedIds))}
        path={`${path}.id`}
        issues={issues}
      />
      {list("aliases", "Other titles (aliases)")}
      <TextField
        label="Summary"
        multiline
        value={role.summary}
        onChange={(summary) => change({ summary })}
        path={`${path}.summary`}
        issues={issues}
      />
      {list("whatChanges", "What changes from the role before")}
      {list("responsibilities", "Responsibilities")}
      {list("success", "What success looks like")}
      <SkillsToDevelop role={role} path={path} draft={draft} onChange={change} />
      {list("contextNotes", "Context notes")}
    </div>
  );
}

function SkillsToDevelop({
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
