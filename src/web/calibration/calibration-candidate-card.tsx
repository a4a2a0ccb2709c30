import type { CalibrationCandidate } from "../api/types.ts";
import { ReadinessTag } from "../components/readiness-tag.tsx";
import { CaseDecisionForm } from "../promotion-cases/case-decision-form.tsx";
import { Link } from "../router/link.tsx";

function CaseLine({ candidate }: { candidate: CalibrationCandidate }) {
  const item = candidate.case;
  if (!item) {
    return (
      <p>
        No promotion case yet: the engine finds them {candidate.fit.readiness}.{" "}
        <Link to={`/people/${candidate.person.id}/profile`}>{candidate.person.name}'s profile</Link>
      </p>
    );
  }
  return (
    <p>
      <Link to={`/promotion-cases/${item.id}`}>
        {item.decisionWords ? `Decided: ${item.decisionWords}` : "Promotion case open"}
      </Link>
      {item.decisionNote ? ` — ${item.decisionNote}` : ""}
    </p>
  );
}

/**
 * One candidate as the committee compares them: the case (or that there is none yet), the fit and
 * its reason, the confidence, the gaps left, their manager and how that manager rates, and the
 * decision form when the viewer decides.
 *
 * @example <CalibrationCandidateCard candidate={candidate} onDecided={refetch} />
 */
export function CalibrationCandidateCard({
  candidate,
  onDecided,
}: {
  candidate: CalibrationCandidate;
  onDecided: () => void;
}) {
  const { person, fit, confidence, gaps, manager } = candidate;
  return (
    <li className="calibration-candidate" aria-label={person.name}>
      <h3>{person.name}</h3>
      <p className="muted">Now {candidate.currentRole.title}</p>
      <p>
        <ReadinessTag readiness={fit.readiness} lowConfidence={confidence.level === "low"} />
      </p>
      <CaseLine candidate={candidate} />
      <dl>
        <dt>Fit</dt>
        <dd>{fit.reason}</dd>
        <dt>Confidence</dt>
        <dd>{confidence.summary}</dd>
        <dt>Gaps left</dt>
        <dd>
          {gaps.length === 0 ? (
            "None: every expectation is met."
          ) : (
            <ul>
              {gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Manager</dt>
        <dd>{manager ? `${manager.name}. ${manager.leniency}` : "Reports to nobody."}</dd>
      </dl>
      {candidate.case && candidate.can.decide ? (
        <CaseDecisionForm
          caseId={candidate.case.id}
          onDecided={onDecided}
          legend={`Decision on ${person.name}`}
        />
      ) : null}
    </li>
  );
}
