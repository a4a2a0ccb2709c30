import { useState } from "react";
import type { DirectoryEntry, Framework } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { ErrorState } from "../components/error-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useInvitations } from "../hooks/use-invitations.ts";
import { type DirectoryFilter, usePeopleDirectory } from "../hooks/use-people-directory.ts";
import { AccountStatusLabel } from "../people/account-status-label.tsx";
import { InviteOutcomeView } from "../people/invite-outcome-view.tsx";
import { PeopleFilters } from "../people/people-filters.tsx";
import { Link } from "../router/link.tsx";

function PeopleTable({
  framework,
  rows,
  selected,
  onToggle,
}: {
  framework: Framework;
  rows: DirectoryEntry[];
  selected: Set<string>;
  onToggle: (personId: string) => void;
}) {
  const roleTitle = new Map(framework.roles.map((role) => [role.id, role.title]));
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Manager</th>
            <th scope="col">Team</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.personId}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${row.name}`}
                  checked={selected.has(row.personId)}
                  onChange={() => onToggle(row.personId)}
                />
              </td>
              <th scope="row">
                <Link to={`/people/${row.personId}`}>{row.name}</Link>
                {row.email ? <div className="meta">{row.email}</div> : null}
              </th>
              <td>{row.roleId ? (roleTitle.get(row.roleId) ?? row.roleId) : "No role yet"}</td>
              <td>{row.managerName ?? "No manager"}</td>
              <td>{row.team ?? "No team"}</td>
              <td>
                <AccountStatusLabel entry={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Directory({ framework }: { framework: Framework }) {
  const [filter, setFilter] = useState<DirectoryFilter>({});
  const [history, setHistory] = useState<(string | undefined)[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const page = usePeopleDirectory(filter);
  const { invite } = useInvitations();
  const toggle = (personId: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(personId)) next.add(personId);
      return next;
    });
  const change = (next: DirectoryFilter) => {
    setHistory([]);
    setFilter(next);
  };
  return (
    <>
      <PeopleFilters framework={framework} filter={filter} onChange={change} />
      <p className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={selected.size === 0 || invite.isPending}
          onClick={() =>
            invite.mutate({ personIds: [...selected] }, { onSuccess: () => setSelected(new Set()) })
          }
        >
          {invite.isPending ? "Inviting…" : `Invite ${selected.size} selected`}
        </button>
      </p>
      {invite.data ? <InviteOutcomeView outcome={invite.data} /> : null}
      {invite.error ? <ErrorState error={invite.error} /> : null}
      <QueryView query={page}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="Nobody fits these filters">
              <p>Change the search or the filters, or import people on the Organisation page.</p>
            </EmptyState>
          ) : (
            <>
              <PeopleTable
                framework={framework}
                rows={data.items}
                selected={selected}
                onToggle={toggle}
              />
              <nav aria-label="Pages of people" className="actions">
                <button
                  type="button"
                  className="button"
                  disabled={history.length === 0}
                  onClick={() => {
                    setFilter({ ...filter, cursor: history.at(-1) });
                    setHistory(history.slice(0, -1));
                  }}
                >
                  Previous page
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={!data.nextCursor}
                  onClick={() => {
                    setHistory([...history, filter.cursor]);
                    setFilter({ ...filter, cursor: data.nextCursor ?? undefined });
                  }}
                >
                  Next page
                </button>
              </nav>
            </>
          )
        }
      </QueryView>
    </>
  );
}

/** People (admins): everyone with role, manager, team and account; select people to invite. */
export default function PeoplePage() {
  const framework = useFramework();
  return (
    <>
      <h1>People</h1>
      <p className="lead">
        Everyone in the organisation and where their account stands. Select people to invite them;
        open a person to change their role, manager, team or email.
      </p>
      <QueryView query={framework}>
        {({ framework }) => <Directory framework={framework} />}
      </QueryView>
    </>
  );
}
