import { useState } from "react";
import type { Framework } from "../api/types.ts";
import { addCompetency } from "./add-competency.ts";
import { AddCompetencyForm } from "./add-competency-form.tsx";
import { CompetencyRemovalWords } from "./competency-removal-words.tsx";
import { ConfirmRemoval } from "./confirm-removal.tsx";
import { IdField } from "./id-field.tsx";
import { ItemPicker } from "./item-picker.tsx";
import { ListField } from "./list-field.tsx";
import { removeCompetency, rolesExpecting } from "./remove-competency.ts";
import { renameCompetency } from "./rename-id.ts";
import { replaceAt } from "./replace-at.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type Competency = Framework["competencies"][number];

/** A descriptor as one text: a sentence, or its criteria a line each. */
const descriptorText = (value: Competency["levels"][string] | undefined) =>
  Array.isArray(value) ? value.join("\n") : (value ?? "");

/** Several lines are a list of criteria; one line is a sentence. */
function descriptorValue(text: string): Competency["levels"][string] {
  const lines = text.split("\n").filter((line) => line.trim().length > 0);
  return lines.length > 1 ? lines : text;
}

/**
 * The competencies of a draft: pick one, then edit its name, area, description, what each level
 * looks like and the growth actions towards each level; add a competency, or remove one once
 * what goes with it is confirmed.
 */
export function CompetencyEditor({
  draft,
  publishedIds,
}: {
  draft: DraftEditing;
  publishedIds: readonly string[];
}) {
  const [index, setIndex] = useState(0);
  const { document, issues, edit } = draft;
  const competency = document.competencies[index];
  if (!competency) return null;
  const path = `competencies.${index}`;
  const change = (patch: Partial<Competency>) =>
    edit({
      ...document,
      competencies: replaceAt(document.competencies, index, { ...competency, ...patch }),
    });
  return (
    <div className="editor-section-body">
      <ItemPicker
        label="Competency to edit"
        names={document.competencies.map((option) => option.name || option.id)}
        index={index}
        onPick={setIndex}
      />
      <div className="editor-actions">
        <AddCompetencyForm
          document={document}
          area={competency.area}
          onAdd={(named) => {
            const added = addCompetency(document, named);
            edit(added.document);
            setIndex(added.index);
          }}
        />
        {document.competencies.length > 1 ? (
          <ConfirmRemoval
            name={competency.name || competency.id}
            kind="competency"
            consequences={() => (
              <CompetencyRemovalWords
                roles={rolesExpecting(document, competency.id)}
                rated={
                  publishedIds.includes(competency.id) ||
                  Object.values(document.migration?.competencies ?? {})
                    .flat()
                    .includes(competency.id)
                }
              />
            )}
            onRemove={() => {
              edit(removeCompetency(document, competency.id));
              setIndex(Math.min(index, document.competencies.length - 2));
            }}
          />
        ) : null}
      </div>
      <TextField
        label="Name"
        value={competency.name}
        onChange={(name) => change({ name })}
        path={`${path}.name`}
        issues={issues}
      />
      <IdField
        label="Competency id"
        value={competency.id}
        onRename={(to) => edit(renameCompetency(document, competency.id, to, publishedIds))}
        path={`${path}.id`}
        issues={issues}
      />
      <TextField
        label="Area"
        value={competency.area}
        onChange={(area) => change({ area })}
        path={`${path}.area`}
        issues={issues}
      />
      <TextField
        label="Description"
        multiline
        value={competency.description}
        onChange={(description) => change({ description })}
        path={`${path}.description`}
        issues={issues}
      />
      {document.scale.map((step) => {
        const key = String(step.level);
        return (
          <fieldset className="editor-fieldset" key={key}>
            <legend>
              Level {step.level}, {step.label}
            </legend>
            <TextField
              label={`What level ${step.level} looks like`}
              hint="One sentence, or up to seven observable criteria a line each."
              multiline
              value={descriptorText(competency.levels[key])}
              onChange={(text) =>
                change({ levels: { ...competency.levels, [key]: descriptorValue(text) } })
              }
              path={`${path}.levels.${key}`}
              issues={issues}
            />
            <ListField
              label={`Growth actions towards level ${step.level}`}
              value={competency.growth[key] ?? []}
              onChange={(actions) => {
                const { [key]: _dropped, ...rest } = competency.growth;
                change({ growth: actions.length > 0 ? { ...rest, [key]: actions } : rest });
              }}
              path={`${path}.growth.${key}`}
              issues={issues}
            />
          </fieldset>
        );
      })}
    </div>
  );
}
