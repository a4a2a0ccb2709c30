import { useState } from "react";
import type { Framework } from "../api/types.ts";
import { addRole } from "./add-role.ts";
import { AddRoleForm } from "./add-role-form.tsx";
import { ConfirmRemoval } from "./confirm-removal.tsx";
import { IdField } from "./id-field.tsx";
import { ItemPicker } from "./item-picker.tsx";
import { ListField } from "./list-field.tsx";
import { optionalText } from "./optional-text.ts";
import { removeRole } from "./remove-role.ts";
import { renameRole } from "./rename-id.ts";
import { replaceAt } from "./replace-at.ts";
import { RolePlacementFields } from "./role-placement-fields.tsx";
import { RoleRemovalWords } from "./role-removal-words.tsx";
import { SkillsToDevelop } from "./skills-to-develop.tsx";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type Role = Framework["roles"][number];

/**
 * The role pages of a draft: pick a role, then edit its title, aliases, place on the map,
 * summary and lists; add a role, or remove one once what goes with it is confirmed.
 */
export function RoleEditor({
  draft,
  publishedIds,
}: {
  draft: DraftEditing;
  publishedIds: readonly string[];
}) {
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
      <ItemPicker
        label="Role to edit"
        names={document.roles.map((option) => option.title || option.id)}
        index={index}
        onPick={setIndex}
      />
      <div className="editor-actions">
        <AddRoleForm
          document={document}
          track={role.track}
          onAdd={(place) => {
            const added = addRole(document, place);
            edit(added.document);
            setIndex(added.index);
          }}
        />
        {document.roles.length > 1 ? (
          <ConfirmRemoval
            name={role.title || role.id}
            kind="role"
            consequences={() => (
              <RoleRemovalWords
                removal={removeRole(document, role.id)}
                held={
                  publishedIds.includes(role.id) ||
                  Object.values(document.migration?.roles ?? {}).includes(role.id)
                }
              />
            )}
            onRemove={() => {
              edit(removeRole(document, role.id).document);
              setIndex(Math.min(index, document.roles.length - 2));
            }}
          />
        ) : null}
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
      <RolePlacementFields role={role} path={path} draft={draft} onChange={change} />
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
      <TextField
        label="Who thrives in this role (for product-adjacent roles)"
        multiline
        value={role.whoThrives ?? ""}
        onChange={(text) => change({ whoThrives: optionalText(text) })}
        path={`${path}.whoThrives`}
        issues={issues}
      />
      <ListField
        label="Product skills that carry over (for product-adjacent roles)"
        value={role.carriesOver}
        onChange={(carriesOver) => change({ carriesOver })}
        path={`${path}.carriesOver`}
        issues={issues}
      />
    </div>
  );
}
