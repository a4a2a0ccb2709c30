import { useId } from "react";
import type { AccountStatus, Framework } from "../api/types.ts";
import type { DirectoryFilter } from "../hooks/use-people-directory.ts";

const statusLabels: Record<AccountStatus, string> = {
  none: "No account",
  invited: "Invited",
  active: "Active",
  deactivated: "Deactivated",
};

/** The People page's search box and filters by account status, team and role. */
export function PeopleFilters({
  framework,
  filter,
  onChange,
}: {
  framework: Framework;
  filter: DirectoryFilter;
  onChange: (filter: DirectoryFilter) => void;
}) {
  const id = useId();
  const set = (key: keyof DirectoryFilter, value: string) =>
    onChange({ ...filter, [key]: value === "" ? undefined : value, cursor: undefined });
  return (
    <search className="people-filters form">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search by name or email</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filter.search ?? ""}
          onChange={(event) => set("search", event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Account</label>
        <select
          id={`${id}-status`}
          value={filter.status ?? ""}
          onChange={(event) => set("status", event.target.value)}
        >
          <option value="">Any</option>
          {Object.entries(statusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-team`}>Team</label>
        <input
          id={`${id}-team`}
          value={filter.team ?? ""}
          onChange={(event) => set("team", event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={filter.roleId ?? ""}
          onChange={(event) => set("roleId", event.target.value)}
        >
          <option value="">Any</option>
          {framework.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.title}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
