import { useId } from "react";
import type { PublishPreview, RoleMapping } from "../api/types.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";

type Bucket = keyof PublishPreview["readiness"]["before"];
type UnmappedRole = PublishPreview["unmappedRoles"][number];

const bucketLabels: Record<Bucket, string> = {
  ready: "Ready",
  close: "Close",
  stretch: "Stretch",
  none: "No next role",
};

const changeWords: Record<PublishPreview["roleChanges"][number]["kind"], string> = {
  renamed: "Role renamed",
  merged: "Merged into another role",
  mapped: "Moved by your choice",
  removed: "Role removed",
};

const ratings = (count: number) => (count === 1 ? "1 rating" : `${count} ratings`);
const people = (count: number) => (count === 1 ? "1 person" : `${count} people`);

/** One role the new version drops that people hold, and where the admin sends them. */
function RoleChoice({
  role,
  choices,
  chosen,
  onMap,
}: {
  role: UnmappedRole;
  choices: PublishPreview["roleChoices"];
  chosen: string | undefined;
  onMap: (roleId: string, to: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        Where do the {people(role.people.length)} who are {role.title} go?
      </label>
      <p className="field-hint">{role.sentence}</p>
      <select
        id={id}
        value={chosen ?? ""}
        onChange={(event) => onMap(role.roleId, event.target.value || null)}
      >
        <option value="">Choose a role of the new version</option>
        {choices.map((choice) => (
          <option key={choice.roleId} value={choice.roleId}>
            {choice.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function RoleChanges({ changes }: { changes: PublishPreview["roleChanges"] }) {
  if (changes.length === 0) return <p className="meta">Nobody's role changes.</p>;
  return (
    <ScrollRegion label="People whose role changes">
      <table>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role today</th>
            <th scope="col">Role after publishing</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.personId}>
              <th scope="row">{change.name}</th>
              <td>{change.fromTitle}</td>
              <td>{change.toTitle ?? "None yet: choose one above"}</td>
              <td>{changeWords[change.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function CompetencyHistories({ competencies }: { competencies: PublishPreview["competencies"] }) {
  return (
    <ScrollRegion label="What happens to each competency's history">
      <table>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">What happens to its history</th>
            <th scope="col">Ratings today</th>
          </tr>
        </thead>
        <tbody>
          {competencies.map((competency) => (
            <tr key={`${competency.fate}-${competency.competencyId}`}>
              <th scope="row">{competency.name}</th>
              <td>{competency.sentence}</td>
              <td>{competency.fate === "new" ? "Not rated yet" : ratings(competency.ratings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ReadinessChanges({ readiness }: { readiness: PublishPreview["readiness"] }) {
  const buckets = Object.keys(bucketLabels) as Bucket[];
  return (
    <>
      <table>
        <caption>People by readiness for their next role</caption>
        <thead>
          <tr>
            <th scope="col">Readiness</th>
            <th scope="col">Today</th>
            <th scope="col">After publishing</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">{bucketLabels[bucket]}</th>
              <td>{readiness.before[bucket]}</td>
              <td>{readiness.after[bucket]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {readiness.moves.length === 0 ? (
        <p className="meta">Nobody's readiness for their next role changes.</p>
      ) : (
        <ul className="diff-list">
          {readiness.moves.map((move) => (
            <li key={`${move.from}-${move.to}-${move.why}`}>{move.sentence}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * What publishing a version would change, before anything does: the summary in sentences, the
 * roles that would leave people without one (each with a choice of where they go), whose role
 * changes, what happens to each competency's history and how readiness moves.
 *
 * @example
 * <PublishPreviewView preview={preview} roleMapping={mapping} onMap={(from, to) => …} />
 */
export function PublishPreviewView({
  preview,
  roleMapping,
  onMap,
}: {
  preview: PublishPreview;
  roleMapping: RoleMapping;
  onMap: (roleId: string, to: string | null) => void;
}) {
  // A role stays listed once mapped, so the choice can be changed again.
  const mappedRoles = new Set(Object.keys(roleMapping));
  const toChoose = preview.roleChanges
    .filter((change) => mappedRoles.has(change.fromRoleId) && change.kind === "mapped")
    .reduce<UnmappedRole[]>((roles, change) => {
      const known = roles.find((role) => role.roleId === change.fromRoleId);
      if (known) known.people.push(change.name);
      else
        roles.push({
          roleId: change.fromRoleId,
          title: change.fromTitle,
          people: [change.name],
          sentence: "",
        });
      return roles;
    }, [])
    .map((role) => ({
      ...role,
      sentence: `The new version has no ${role.title} role; ${role.people.join(", ")} will take the role chosen here.`,
    }));
  const roles = [...preview.unmappedRoles, ...toChoose];
  return (
    <div className="publish-preview">
      <h3>What publishing changes</h3>
      <ul className="diff-list">
        {preview.summary.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {roles.length > 0 ? (
        <fieldset className="fieldset">
          <legend>Roles the new version drops</legend>
          {roles.map((role) => (
            <RoleChoice
              key={role.roleId}
              role={role}
              choices={preview.roleChoices}
              chosen={roleMapping[role.roleId]}
              onMap={onMap}
            />
          ))}
        </fieldset>
      ) : null}
      <h3>People whose role changes</h3>
      <RoleChanges changes={preview.roleChanges} />
      <h3>Competencies and their history</h3>
      <CompetencyHistories competencies={preview.competencies} />
      <h3>Readiness for the next role</h3>
      <ReadinessChanges readiness={preview.readiness} />
    </div>
  );
}
