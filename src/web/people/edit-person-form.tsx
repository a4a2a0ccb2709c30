import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { DirectoryPerson, Framework } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { RolePicker } from "../components/role-picker.tsx";
import { usePeopleDirectory } from "../hooks/use-people-directory.ts";

/** Role, manager, team and email of a person, changed by an admin with the import's checks. */
export function EditPersonForm({
  framework,
  person,
}: {
  framework: Framework;
  person: DirectoryPerson;
}) {
  const client = useQueryClient();
  const managerId = useId();
  const [roleId, setRoleId] = useState(person.roleId ?? "");
  const [manager, setManager] = useState(person.managerId ?? "");
  const candidates = usePeopleDirectory({});
  const save = useMutation({
    mutationFn: (body: {
      roleId?: string;
      managerId: string | null;
      team: string | null;
      email: string | null;
    }) =>
      answer(api.PATCH("/api/v1/people/{id}", { params: { path: { id: person.personId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.people }),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim() || null;
    save.mutate({
      ...(roleId ? { roleId } : {}),
      managerId: manager || null,
      team: text("team"),
      email: text("email"),
    });
  }
  const others = (candidates.data?.items ?? []).filter((one) => one.personId !== person.personId);
  return (
    <section className="card" aria-labelledby="edit-person-heading">
      <h2 id="edit-person-heading">Role, manager, team and email</h2>
      <form className="form" onSubmit={submit} noValidate>
        <RolePicker framework={framework} label="Role" value={roleId} onChange={setRoleId} />
        <div className="field">
          <label htmlFor={managerId}>Manager</label>
          <select
            id={managerId}
            value={manager}
            onChange={(event) => setManager(event.target.value)}
          >
            <option value="">No manager</option>
            {person.managerId && !others.some((one) => one.personId === person.managerId) ? (
              <option value={person.managerId}>{person.managerName}</option>
            ) : null}
            {others.map((one) => (
              <option key={one.personId} value={one.personId}>
                {one.name}
              </option>
            ))}
          </select>
        </div>
        <FormField label="Team" path="team" defaultValue={person.team ?? ""} error={save.error} />
        <FormField
          label="Email"
          path="email"
          type="email"
          defaultValue={person.email ?? ""}
          error={save.error}
        />
        {save.error ? <ErrorState error={save.error} /> : null}
        {save.isSuccess ? (
          <p className="notice" role="status">
            Saved.
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save changes"}
        </button>
      </form>
    </section>
  );
}
