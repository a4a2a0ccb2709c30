import type { Cycle } from "../api/types.ts";
import { AdminOnly } from "../components/admin-only.tsx";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { ratersWords, windowWords } from "../cycles/cycle-words.ts";
import { OpenCycleForm } from "../cycles/open-cycle-form.tsx";
import { useCycles } from "../hooks/use-cycles.ts";
import { usePeople } from "../hooks/use-team.ts";
import { Link } from "../router/link.tsx";
import "../cycles/cycles.css";

function CyclesTable({ cycles }: { cycles: Cycle[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Check-in cycles, open ones first</caption>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">Window</th>
            <th scope="col">Asks for</th>
            <th scope="col">People</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => (
            <tr key={cycle.id}>
              <th scope="row">
                <Link to={`/cycles/${cycle.id}`}>{cycle.name}</Link>
              </th>
              <td>{windowWords(cycle)}</td>
              <td>{ratersWords(cycle.raters)}</td>
              <td>{cycle.participants}</td>
              <td>{cycle.status === "open" ? "Open" : "Closed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** For admins: the organisation's check-in cycles, and a form to open one. */
export default function CyclesPage() {
  const cycles = useCycles();
  const people = usePeople();
  return (
    <>
      <h1>Check-in cycles</h1>
      <AdminOnly>
        <p className="lead">
          A cycle asks a group of people for their self-assessment, their manager's view and peer
          feedback within a window. Closing it keeps everyone's profile and readiness as they stood.
        </p>
        <section className="card" aria-labelledby="cycles-list">
          <h2 id="cycles-list">Cycles</h2>
          <QueryView query={cycles}>
            {({ items }) =>
              items.length === 0 ? (
                <EmptyState title="No cycle yet">
                  <p>Open the first one below.</p>
                </EmptyState>
              ) : (
                <CyclesTable cycles={items} />
              )
            }
          </QueryView>
        </section>
        <section className="card" aria-labelledby="open-cycle">
          <h2 id="open-cycle">Open a cycle</h2>
          <QueryView query={people}>{({ items }) => <OpenCycleForm people={items} />}</QueryView>
        </section>
      </AdminOnly>
    </>
  );
}
