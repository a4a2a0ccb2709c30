import { useId, useState } from "react";
import type { Cycle, PromotionCaseSummary } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useCycles } from "../hooks/use-cycles.ts";
import { usePromotionCases } from "../hooks/use-promotion-cases.ts";
import { Link } from "../router/link.tsx";
import "../calibration/calibration.css";

type StatusFilter = "" | PromotionCaseSummary["status"];

function CasesTable({ cases, cycles }: { cases: PromotionCaseSummary[]; cycles: Cycle[] }) {
  const cycleName = (id: string | null) =>
    id === null ? "No cycle" : (cycles.find((cycle) => cycle.id === id)?.name ?? "A past cycle");
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Promotion cases, open ones first</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Toward</th>
            <th scope="col">Cycle</th>
            <th scope="col">Where it stands</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/promotion-cases/${item.id}`}>{item.person.name}</Link>
              </th>
              <td>{item.targetRole.title}</td>
              <td>{cycleName(item.cycleId)}</td>
              <td>{item.decisionWords ? `Decided: ${item.decisionWords}` : "Open"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The promotion cases the viewer may see (admins every case, managers their people's, a person
 * their own once shared), filterable by status and cycle.
 */
export default function PromotionCasesPage() {
  const cases = usePromotionCases();
  const cycles = useCycles();
  const [status, setStatus] = useState<StatusFilter>("");
  const [cycleId, setCycleId] = useState("");
  const statusId = useId();
  const cycleFieldId = useId();
  const knownCycles = cycles.data?.items ?? [];
  return (
    <>
      <h1>Promotion cases</h1>
      <p className="lead">
        Cases argued for a next role, with the committee's decision once it is recorded.
      </p>
      <div className="calibration-filters">
        <div className="field">
          <label htmlFor={statusId}>Show</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            <option value="">Every case</option>
            <option value="open">Open cases</option>
            <option value="decided">Decided cases</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={cycleFieldId}>Cycle</label>
          <select
            id={cycleFieldId}
            value={cycleId}
            onChange={(event) => setCycleId(event.target.value)}
          >
            <option value="">Every cycle</option>
            <option value="none">No cycle</option>
            {knownCycles.map((cycle) => (
              <option key={cycle.id} value={cycle.id}>
                {cycle.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryView query={cases}>
        {({ items }) => {
          const shown = items.filter(
            (item) =>
              (status === "" || item.status === status) &&
              (cycleId === "" || (item.cycleId ?? "none") === cycleId),
          );
          if (items.length === 0) {
            return (
              <EmptyState title="No promotion case to show">
                <p>
                  A manager opens a case from a report's profile; yours appears here once your
                  manager shares it with you.
                </p>
              </EmptyState>
            );
          }
          return (
            <>
              <p aria-live="polite">
                {shown.length === 0
                  ? "No case fits these filters."
                  : `${shown.length} of ${items.length} ${items.length === 1 ? "case" : "cases"} shown.`}
              </p>
              {shown.length > 0 ? <CasesTable cases={shown} cycles={knownCycles} /> : null}
            </>
          );
        }}
      </QueryView>
    </>
  );
}
