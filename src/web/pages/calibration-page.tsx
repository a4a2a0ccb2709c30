import { useId } from "react";
import type { Calibration, Cycle } from "../api/types.ts";
import { CalibrationCandidateCard } from "../calibration/calibration-candidate-card.tsx";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { windowWords } from "../cycles/cycle-words.ts";
import { useCalibration, useCycles } from "../hooks/use-cycles.ts";
import { Link } from "../router/link.tsx";
import { navigate } from "../router/navigation.ts";
import type { PageProps } from "../router/routes.ts";
import "../calibration/calibration.css";

function CyclePicker({ cycles, cycleId }: { cycles: Cycle[]; cycleId: string }) {
  const pickerId = useId();
  return (
    <div className="calibration-filters">
      <div className="field">
        <label htmlFor={pickerId}>Cycle</label>
        <select
          id={pickerId}
          value={cycleId}
          onChange={(event) => navigate(`/cycles/${event.target.value}/calibration`)}
        >
          {cycles.map((cycle) => (
            <option key={cycle.id} value={cycle.id}>
              {cycle.name} ({cycle.status === "open" ? "open" : "closed"})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function CalibrationView({
  calibration,
  refetch,
}: {
  calibration: Calibration;
  refetch: () => void;
}) {
  const { cycle, roles, managers } = calibration;
  return (
    <>
      <p>
        {windowWords(cycle)} · <Link to={`/cycles/${cycle.id}`}>who has done their part</Link>
      </p>
      <p className="muted">{calibration.scope}</p>
      {roles.length === 0 ? (
        <EmptyState title="No candidate to discuss yet">
          <p>
            Nobody in this cycle has a promotion case or is ready or close for the next role on
            their track.
          </p>
        </EmptyState>
      ) : null}
      {managers.length > 0 ? (
        <section className="card" aria-labelledby="calibration-managers">
          <h2 id="calibration-managers">How each manager rates</h2>
          <p className="muted">
            Correct for it when comparing candidates: a generous manager's ratings lift their
            people's fit, a strict one's hold it down.
          </p>
          <ul>
            {managers.map((manager) => (
              <li key={manager.id}>{manager.leniency}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {roles.map((group) => {
        const headingId = `calibration-role-${group.role.id}`;
        return (
          <section key={group.role.id} className="card" aria-labelledby={headingId}>
            <h2 id={headingId}>Candidates for {group.role.title}</h2>
            <ul className="calibration-candidates">
              {group.candidates.map((candidate) => (
                <CalibrationCandidateCard
                  key={`${candidate.person.id} ${candidate.case?.id ?? "found"}`}
                  candidate={candidate}
                  onDecided={refetch}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/**
 * A cycle's calibration: candidates grouped by target role, side by side, with each manager's
 * leniency, and the committee's decision recorded in place. `/calibration` opens the latest
 * open cycle's.
 */
export default function CalibrationPage({ params }: PageProps) {
  const cycles = useCycles();
  const items = cycles.data?.items ?? [];
  const cycleId = params.id ?? items.find((cycle) => cycle.status === "open")?.id ?? items[0]?.id;
  const calibration = useCalibration(cycleId ?? "");
  return (
    <>
      <h1>Calibration{calibration.data ? `: ${calibration.data.cycle.name}` : ""}</h1>
      {items.length > 1 && cycleId ? <CyclePicker cycles={items} cycleId={cycleId} /> : null}
      {cycles.isSuccess && cycleId === undefined ? (
        <EmptyState title="No check-in cycle yet">
          <p>Calibration compares the candidates of a cycle; open a cycle first.</p>
        </EmptyState>
      ) : (
        <QueryView query={calibration}>
          {(answer) => (
            <CalibrationView calibration={answer} refetch={() => void calibration.refetch()} />
          )}
        </QueryView>
      )}
    </>
  );
}
