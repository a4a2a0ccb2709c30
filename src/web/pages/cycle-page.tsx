import { useId, useState } from "react";
import type { CycleCompletion } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { CloseCycleButton } from "../cycles/close-cycle-button.tsx";
import { CompletionTable } from "../cycles/completion-table.tsx";
import { ratersWords, windowWords } from "../cycles/cycle-words.ts";
import { type CompletionFilters, useCycleCompletion } from "../hooks/use-cycles.ts";
import { useMe } from "../hooks/use-me.ts";
import type { PageProps } from "../router/routes.ts";
import "../cycles/cycles.css";

function Completion({ completion, admin }: { completion: CycleCompletion; admin: boolean }) {
  const { cycle, people } = completion;
  const open = cycle.status === "open";
  return (
    <>
      <p>
        {windowWords(cycle)} · asks for {ratersWords(cycle.raters)} · {cycle.participants}{" "}
        {cycle.participants === 1 ? "person" : "people"} · {open ? "open" : "closed"}
      </p>
      <p aria-live="polite">
        {people.length === 0
          ? "Nobody to show with these filters."
          : `${completion.complete} of ${people.length} shown have done everything the cycle asks.`}
      </p>
      {people.length > 0 ? (
        <CompletionTable cycleId={cycle.id} open={open} people={people} />
      ) : null}
      {admin && open ? <CloseCycleButton cycle={cycle} /> : null}
    </>
  );
}

/** A cycle's completion: everyone for admins, their own people for managers, with filters. */
export default function CyclePage({ params, query }: PageProps) {
  const cycleId = params.id ?? "";
  const { data: me } = useMe();
  const admin = me?.user.role === "admin" || me?.user.role === "owner";
  const [team, setTeam] = useState("");
  const [status, setStatus] = useState<CompletionFilters["status"]>(undefined);
  const managerId = query.get("managerId") ?? undefined;
  const completion = useCycleCompletion(cycleId, { team: team.trim(), status, managerId });
  const teamId = useId();
  const statusId = useId();
  return (
    <>
      <h1>{completion.data?.cycle.name ?? "Cycle completion"}</h1>
      <div className="completion-filters">
        <div className="field">
          <label htmlFor={teamId}>Team</label>
          <input
            id={teamId}
            value={team}
            placeholder="Every team"
            onChange={(event) => setTeam(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={statusId}>Show</label>
          <select
            id={statusId}
            value={status ?? ""}
            onChange={(event) =>
              setStatus((event.target.value || undefined) as CompletionFilters["status"])
            }
          >
            <option value="">Everyone</option>
            <option value="incomplete">People with something still to do</option>
            <option value="complete">People who are done</option>
          </select>
        </div>
      </div>
      <QueryView query={completion}>
        {(answer) =>
          answer.cycle.participants === 0 ? (
            <EmptyState title="Nobody is in this cycle" />
          ) : (
            <Completion completion={answer} admin={admin} />
          )
        }
      </QueryView>
    </>
  );
}
