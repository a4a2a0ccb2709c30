import { type FormEvent, useId, useState } from "react";
import type { Framework, TitleMapping } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { frameworkLabels } from "../lib/framework-labels.ts";

function MapTitleForm({
  title,
  framework,
  busy,
  onMap,
}: {
  title: string;
  framework: Framework;
  busy: boolean;
  onMap: (mapping: TitleMapping) => void;
}) {
  const [roleId, setRoleId] = useState("");
  const selectId = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (roleId) onMap({ title, roleId });
  }
  return (
    <form className="form map-title" onSubmit={submit}>
      <div className="field">
        <label htmlFor={selectId}>Role for the job title "{title}"</label>
        <select id={selectId} value={roleId} onChange={(event) => setRoleId(event.target.value)}>
          <option value="">Choose a role</option>
          {framework.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy || roleId === ""}>
        Map "{title}" and check again
      </button>
    </form>
  );
}

/**
 * The job titles an import could not match, each with a role to map it to, and the mappings
 * already saved.
 */
export function PeopleImportTitles({
  unmatched,
  mappings,
  framework,
  busy,
  error,
  onMap,
}: {
  unmatched: readonly string[];
  mappings: readonly TitleMapping[];
  framework: Framework;
  busy: boolean;
  error: unknown;
  onMap: (mapping: TitleMapping) => void;
}) {
  const labels = frameworkLabels(framework);
  return (
    <section aria-labelledby="title-mappings-heading">
      <h3 id="title-mappings-heading">Job titles and roles</h3>
      <p>
        Job titles match a role by its name or aliases. Map any other title to a role here; Pathways
        never guesses.
      </p>
      {unmatched.map((title) => (
        <MapTitleForm key={title} title={title} framework={framework} busy={busy} onMap={onMap} />
      ))}
      {error ? <ErrorState error={error} /> : null}
      {mappings.length > 0 ? (
        <table>
          <caption>Saved job title mappings</caption>
          <thead>
            <tr>
              <th scope="col">Job title</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {mappings.map((mapping) => (
              <tr key={mapping.title}>
                <td>{mapping.title}</td>
                <td>{labels.role(mapping.roleId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No job titles are mapped yet.</p>
      )}
    </section>
  );
}
