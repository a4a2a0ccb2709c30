import { useState } from "react";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { type AuditFilters, useAuditLog } from "../hooks/use-audit-log.ts";
import { usePeople } from "../hooks/use-team.ts";

/** The actions an admin filters by, in words; the log may hold more. */
const actionChoices: [string, string][] = [
  ["invitation:create", "Invitations sent"],
  ["invitation:accept", "Invitations accepted"],
  ["invitation:revoke", "Invitations withdrawn"],
  ["password:reset", "Passwords reset"],
  ["password:change", "Passwords changed"],
  ["account:role", "Organisation roles changed"],
  ["account:transfer-ownership", "Ownership handed over"],
  ["account:deactivate", "Accounts deactivated"],
  ["account:reactivate", "Accounts reactivated"],
  ["person:erase", "People's data deleted on request"],
  ["token:create", "Tokens created"],
  ["token:revoke", "Tokens revoked"],
  ["sso:sign-in", "Single sign-on sign-ins"],
  ["person:create", "People added"],
  ["person:update", "People changed"],
  ["person:delete", "People removed"],
  ["people:import", "People imported"],
  ["assessment:submit", "Assessments submitted"],
  ["export:people", "People exported"],
  ["framework:publish", "Frameworks published"],
];

const empty: AuditFilters = { personId: "", action: "", from: "", to: "", cursor: "" };

/** `/admin/audit`: who did what to whom, and when, filtered by person, action and dates. */
export default function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>(empty);
  const [pages, setPages] = useState<string[]>([]);
  const log = useAuditLog(filters);
  const people = usePeople();
  const change = (field: keyof AuditFilters, value: string) => {
    setPages([]);
    setFilters({ ...filters, [field]: value, cursor: "" });
  };
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every change and sensitive read in your organisation, newest first: who did what to whom,
        and when.
      </p>
      <form className="audit-filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-person">Person</label>
          <select
            id="audit-person"
            value={filters.personId}
            onChange={(event) => change("personId", event.target.value)}
          >
            <option value="">Everyone</option>
            {(people.data?.items ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">What happened</label>
          <select
            id="audit-action"
            value={filters.action}
            onChange={(event) => change("action", event.target.value)}
          >
            <option value="">Anything</option>
            {actionChoices.map(([action, words]) => (
              <option key={action} value={action}>
                {words}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input
            id="audit-from"
            type="date"
            value={filters.from}
            onChange={(event) => change("from", event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to">Until (not included)</label>
          <input
            id="audit-to"
            type="date"
            value={filters.to}
            onChange={(event) => change("to", event.target.value)}
          />
        </div>
      </form>
      <QueryView query={log}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="Nothing recorded for these filters">
              <p>Try a wider date range or another person or action.</p>
            </EmptyState>
          ) : (
            <>
              <ol className="audit-entries">
                {page.items.map((entry) => (
                  <li key={entry.id}>
                    <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>{" "}
                    {entry.summary}
                    {entry.actor.via === "command line" ? " (at the command line)" : ""}
                  </li>
                ))}
              </ol>
              <nav aria-label="Audit log pages">
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={pages.length === 0}
                  onClick={() => {
                    const previous = pages.slice(0, -1);
                    setPages(previous);
                    setFilters({ ...filters, cursor: previous.at(-1) ?? "" });
                  }}
                >
                  Newer entries
                </button>{" "}
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={page.nextCursor === null}
                  onClick={() => {
                    const next = page.nextCursor ?? "";
                    setPages([...pages, next]);
                    setFilters({ ...filters, cursor: next });
                  }}
                >
                  Older entries
                </button>
              </nav>
            </>
          )
        }
      </QueryView>
    </>
  );
}
